/** The real carriers and paid-services catalog: what the site and the extension rely on. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent, type Entry } from '../../shared/catalog/load.ts';
import { hostMatchPatterns } from '../../shared/catalog/catalog.ts';
import type { Service } from '../../shared/schemas/index.ts';
import { normalizeName } from '../../shared/text.ts';

// SENTINELLA_CONTENT_ROOT: check content/ from elsewhere, as the builds and vitest.config.ts allow.
const ROOT = process.env.SENTINELLA_CONTENT_ROOT ?? join(import.meta.dirname, '..', '..');
const content = loadContent(ROOT);
const services = content.services;
const operators = content.operators;

/** Ids other helpers link to: they must never disappear or be renamed. */
const OPERATOR_IDS = ['tim', 'tim-business', 'vodafone', 'windtre', 'iliad', 'fastweb', 'ho-mobile', 'kena', 'very-mobile', 'postemobile', 'coopvoce'];
const SERVICE_IDS = [
  'tim-prime-go',
  'tim-losai',
  'tim-giga-di-scorta',
  'tim-sempre-connesso',
  'tim-business-safe-web-mobile',
  'vodafone-rete-sicura',
  'vodafone-chiamami',
  'windtre-ti-ho-cercato',
  'windtre-sms-my-wind',
  'tim-base-e-chat',
  'tim-safe-web-plus',
  'windtre-security-pro',
  'windtre-piu-sicuri-mobile',
];
const FREE_VAS_DIGITS = '800442299';
const digits = (n: string | undefined) => (n ?? '').replace(/\D/g, '');
const today = new Date().toISOString().slice(0, 10);

/** Every normalised name that two different services share, with the services that claim it. */
function sharedNames(entries: Entry<Service>[]): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const e of entries) {
    for (const name of new Set([e.data.name, ...e.data.aliases].map(normalizeName))) {
      const other = owner.get(name);
      if (other && other !== e.id) clashes.push(`${name}: ${other} and ${e.id}`);
      else owner.set(name, e.id);
    }
  }
  return clashes;
}

describe('the catalog has every carrier and service other pages link to', () => {
  test('operator ids', () => {
    expect(operators.map((o) => o.id)).toEqual(expect.arrayContaining(OPERATOR_IDS));
  });
  test('service ids', () => {
    expect(services.map((s) => s.id)).toEqual(expect.arrayContaining(SERVICE_IDS));
  });
  test('every carrier a service names exists', () => {
    const ids = new Set(operators.map((o) => o.id));
    expect(services.filter((s) => !ids.has(s.data.carrier)).map((s) => `${s.id} → ${s.data.carrier}`)).toEqual([]);
  });
  test('the extension runs only on the customer areas a public source confirms: TIM, TIM Business, iliad, Fastweb, Vodafone and WINDTRE', () => {
    const withHosts = operators.filter((o) => o.data.portal.hosts.length > 0).map((o) => o.id).sort();
    expect(withHosts).toEqual(['fastweb', 'iliad', 'tim', 'tim-business', 'vodafone', 'windtre']);
  });
  test('every host the extension runs on is traceable to a dated https source in content/operators', () => {
    for (const { id, data } of operators) {
      for (const host of data.portal.hosts) {
        const areas = data.portal.areas.filter((a) => a.host === host);
        expect(areas.length, `${id}: ${host}`).toBeGreaterThan(0);
        for (const a of areas) {
          expect(a.source.url, `${id}: ${host}`).toMatch(/^https:\/\//);
          expect(a.source.checked <= today, `${id}: ${host}`).toBe(true);
        }
      }
    }
  });
  test('a customer area that lives under a path of a wider host is matched only below that path', () => {
    expect(hostMatchPatterns(content)).toEqual(expect.arrayContaining(['https://www.iliad.it/account/*', 'https://fastweb.it/myfastweb/*', 'https://www.vodafone.it/area-utente/*']));
    expect(hostMatchPatterns(content).filter((p) => /^https:\/\/(www\.)?(iliad|fastweb|vodafone|windtre)\.it\/\*$/.test(p))).toEqual([]);
  });
  test('a carrier without a confirmed web area says why on its page', () => {
    expect(operators.filter((o) => o.data.portal.hosts.length === 0 && !o.data.portal.appOnly && !o.data.portal.note).map((o) => o.id)).toEqual([]);
  });
});

describe.each(services.map((s) => [s.id, s] as const))('%s', (_id, { data, body }) => {
  test('has a free way to switch it off, listed before any costly one (or its page says the sources give none)', () => {
    const costs = data.switchOff.map((w) => w.cost);
    if (costs[0] !== 0) expect(body).toMatch(/le fonti non (dicono|indicano)/);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });
  test('a way described as free costs nothing', () => {
    const saysFree = data.switchOff.filter((w) => /\bgratis\b|gratuit/i.test(w.label));
    expect(saysFree.filter((w) => w.cost !== 0).map((w) => w.label)).toEqual([]);
  });
  test('a costly way says what it costs and why', () => {
    for (const w of data.switchOff.filter((w) => w.cost > 0)) expect(w.note, w.label).toBeTruthy();
  });
  test("800 44 22 99 is never listed among a carrier option's ways off (it covers third-party subscriptions only)", () => {
    expect(data.switchOff.filter((w) => digits(`${w.number ?? ''}${w.label}`).includes(FREE_VAS_DIGITS)).map((w) => w.label)).toEqual([]);
  });
  test('every price and source is dated, not in the future, and on an https page', () => {
    for (const p of [...data.prices, ...data.sources.map((s) => ({ ...s, source: s.url }))]) {
      expect(p.source).toMatch(/^https:\/\//);
      expect(p.checked <= today, `${p.source} checked ${p.checked}`).toBe(true);
    }
  });
  test('prices are listed newest first', () => {
    const dates = data.prices.map((p) => p.checked);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('names on a portal or invoice point to one service only', () => {
  test('no two services share a name or alias after normalisation', () => {
    expect(sharedNames(services)).toEqual([]);
  });
  test('the check catches a clash (e.g. "Lo Sai" and "LOSAI")', () => {
    const losai = services.find((s) => s.id === 'tim-losai')!;
    const copy = { ...losai, id: 'copy', data: { ...losai.data, name: 'Altro', aliases: ['LOSAI'] } };
    expect(sharedNames([losai, copy])).toEqual(['losai: tim-losai and copy']);
  });
});

describe('operators', () => {
  test.each(operators.map((o) => [o.id, o] as const))('%s: sources dated and on https pages', (_id, { data }) => {
    for (const s of data.sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.checked <= today).toBe(true);
    }
    expect(data.portal.url).toMatch(/^https:\/\//);
  });
});
