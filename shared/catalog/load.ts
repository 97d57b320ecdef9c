/**
 * Reads and validates everything in content/ (Node only: used by both builds and by tests).
 * Every problem is reported with the file, the field and what was expected; all problems at once.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { z } from 'zod';
import { guideSchema, marketAverageSchema, offerSchema, operatorSchema, priceChangeSchema, rulesSchema, serviceSchema, slug } from '../schemas/index.ts';
import type { Guide, MarketAverage, Offer, Operator, PriceChange, Rules, Service } from '../schemas/index.ts';

export interface Entry<T> {
  /** The file name without .md: the id used in links and references. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: T;
  /** The Markdown body after the frontmatter. */
  body: string;
}

export interface Content {
  operators: Entry<Operator>[];
  services: Entry<Service>[];
  offers: Entry<Offer>[];
  guides: Entry<Guide>[];
  /** Market averages (content/market): what offers of a kind cost on average, for the bill comparison. */
  market: Entry<MarketAverage>[];
  /** content/price-changes: carriers' announced price rises for existing customers. */
  priceChanges: Entry<PriceChange>[];
  /** content/rules/diritti.md: the consumer rules both faces quote (refund window, conciliation, withdrawal). */
  rules: Rules;
}

/** The one file under content/rules/ the faces read. */
export const RULES_ID = 'diritti';

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Content is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a Markdown file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error('expected the file to start with a frontmatter block between --- lines');
  return { data: parseYaml(m[1]!), body: m[2]!.trim() };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  const json = JSON.stringify(value);
  return json && json.length > 60 ? `${json.slice(0, 57)}...` : String(json);
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One line per zod issue: "file: field: message (got value)". */
export function formatIssues(file: string, data: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(frontmatter)';
    let message = issue.message;
    const value = valueAt(data, issue.path);
    if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: remove or rename`;
    else if (issue.code === 'invalid_type' && value === undefined) return `${file}: ${field}: required field is missing (expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`})`;
    const got = issue.code === 'unrecognized_keys' ? '' : ` (got ${describe(value)})`;
    return `${file}: ${field}: ${message}${got}`;
  });
}

/**
 * Reads one folder. Files that exist but fail validation go into `broken` (by folder), so references
 * to them are not reported a second time as unknown.
 */
function readCollection<T>(root: string, folder: string, schema: z.ZodType<T>, problems: string[], brokenIds: Map<string, Set<string>>): Entry<T>[] {
  const broken = new Set<string>();
  brokenIds.set(folder, broken);
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  const entries: Entry<T>[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const path = join(dir, name);
    const file = relative(root, path);
    const id = name.slice(0, -3);
    if (!slug.safeParse(id).success) {
      problems.push(`${file}: (file name): expected lower case words joined by dashes, e.g. tim-prime-go.md`);
      continue;
    }
    let raw: { data: unknown; body: string };
    try {
      raw = splitFrontmatter(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push(`${file}: (frontmatter): ${(e as Error).message.split('\n')[0]}`);
      broken.add(id);
      continue;
    }
    const parsed = schema.safeParse(raw.data ?? {});
    if (!parsed.success) {
      problems.push(...formatIssues(file, raw.data, parsed.error));
      broken.add(id);
      continue;
    }
    entries.push({ id, file, data: parsed.data, body: raw.body });
  }
  return entries;
}

/** Checks that every carrier, service and guide a file names exists. */
export function checkReferences(content: Content, broken: Map<string, Set<string>> = new Map()): string[] {
  const problems: string[] = [];
  const ids = (folder: string, entries: Entry<unknown>[]) => new Set([...entries.map((e) => e.id), ...(broken.get(folder) ?? [])]);
  const operators = ids('operators', content.operators);
  const services = ids('services', content.services);
  const guides = ids('guides', content.guides);
  const known = (set: Set<string>) => [...set].sort().join(', ') || 'none';
  for (const e of content.services) {
    if (!operators.has(e.data.carrier)) problems.push(`${e.file}: carrier: unknown carrier "${e.data.carrier}": expected one of ${known(operators)}`);
  }
  for (const e of content.offers) {
    if (!operators.has(e.data.carrier)) problems.push(`${e.file}: carrier: unknown carrier "${e.data.carrier}": expected one of ${known(operators)}`);
  }
  for (const e of content.priceChanges ?? []) {
    if (!operators.has(e.data.carrier)) problems.push(`${e.file}: carrier: unknown carrier "${e.data.carrier}": expected one of ${known(operators)}`);
  }
  for (const e of content.guides) {
    if (e.data.carrier !== 'tutti' && !operators.has(e.data.carrier)) {
      problems.push(`${e.file}: carrier: unknown carrier "${e.data.carrier}": expected "tutti" or one of ${known(operators)}`);
    }
    e.data.services.forEach((s, i) => {
      if (!services.has(s)) problems.push(`${e.file}: services.${i}: unknown service "${s}": expected one of ${known(services)}`);
    });
    e.data.related.forEach((g, i) => {
      if (!guides.has(g)) problems.push(`${e.file}: related.${i}: unknown guide "${g}": expected one of ${known(guides)}`);
    });
  }
  return problems;
}

/** Loads every collection under `root/content`, throwing one ContentError that lists every problem. */
export function loadContent(root: string): Content {
  const problems: string[] = [];
  const brokenIds = new Map<string, Set<string>>();
  const content: Content = {
    operators: readCollection(root, 'operators', operatorSchema, problems, brokenIds),
    services: readCollection(root, 'services', serviceSchema, problems, brokenIds),
    offers: readCollection(root, 'offers', offerSchema, problems, brokenIds),
    guides: readCollection(root, 'guides', guideSchema, problems, brokenIds),
    market: readCollection(root, 'market', marketAverageSchema, problems, brokenIds),
    priceChanges: readCollection(root, 'price-changes', priceChangeSchema, problems, brokenIds),
    rules: undefined as unknown as Rules,
  };
  const rules = readCollection(root, 'rules', rulesSchema, problems, brokenIds).find((e) => e.id === RULES_ID);
  if (rules) content.rules = rules.data;
  else if (!brokenIds.get('rules')?.has(RULES_ID)) problems.push(`content/rules/${RULES_ID}.md: (file): required file is missing (expected the consumer rules: refund, conciliation, withdrawal)`);
  problems.push(...checkReferences(content, brokenIds));
  if (problems.length) throw new ContentError(problems);
  return content;
}

let last: { root: string; stamp: string; content: Content } | undefined;

/** Every file under root/content with its size and time: the same stamp means the same content. */
function contentStamp(root: string): string {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return '';
  const parts: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const s = statSync(join(dir, name));
    if (s.isFile()) parts.push(`${name}:${s.size}:${s.mtimeMs}`);
  }
  return parts.join('|');
}

/**
 * loadContent, read once while content/ does not change: the manifest, every catalog slice and every site
 * collection of one build share a single pass; an edited file (dev mode) is read again, with the rest.
 */
export function loadContentOnce(root: string): Content {
  const stamp = contentStamp(root);
  if (last?.root !== root || last.stamp !== stamp) last = { root, stamp, content: loadContent(root) };
  return last.content;
}
