/**
 * The consumer rules (content/rules/diritti.md) are written once: changing the file changes what the extension
 * bundles, and a missing or malformed file fails the build with the file and the field.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../shared/catalog/load.ts';
import { catalogPlugin } from '../../extension/build/catalog-plugin.ts';
import { refundPath, refundShort } from '../../extension/lib/archive/paid-extras.ts';
import { sitePaths } from '../../shared/site-paths.ts';

vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));

const ROOT = join(import.meta.dirname, '..', '..');
const RULES = 'content/rules/diritti.md';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentinella-rules-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (change: (text: string) => string) => writeFileSync(join(dir, RULES), change(readFileSync(join(dir, RULES), 'utf8')));

function rulesModule(root: string): unknown {
  const plugin = catalogPlugin(root);
  const load = plugin.load as (this: object, id: string) => string;
  const code = load.call({}, '\0virtual:sentinella-catalog/rules');
  return JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
}

test('the extension bundles the rules as content states them, without their sources', () => {
  edit((t) => t.replace('months: 6', 'months: 3').replace('days: 60', 'days: 45'));
  expect(rulesModule(dir)).toEqual({
    refund: { months: 3 },
    conciliation: { name: 'ConciliaWeb', url: 'https://conciliaweb.agcom.it/' },
    withdrawal: { days: 45, article: expect.stringContaining('98-septiesdecies') },
  });
});

test("the archive's refund words carry the content's window and conciliation", () => {
  const { rules } = loadContent(ROOT);
  expect(refundShort()).toBe(`Rimborso: reclamo scritto all'operatore entro ${rules.refund.months} mesi, poi ${rules.conciliation.name}.`);
  expect(refundPath()).toContain(`entro ${rules.refund.months} mesi dall'addebito`);
});

test('a rule without its number names the file and the field', () => {
  edit((t) => t.replace('  months: 6\n', ''));
  expect(() => loadContent(dir)).toThrow(ContentError);
  try {
    loadContent(dir);
  } catch (e) {
    expect((e as ContentError).problems).toEqual([`${RULES}: refund.months: required field is missing (expected a number)`]);
  }
});

test('without the rules file the build says which file is missing', () => {
  rmSync(join(dir, RULES));
  expect(() => loadContent(dir)).toThrow(/content\/rules\/diritti\.md: \(file\): required file is missing/);
});

test("the extension's read-more links follow the site's own page addresses", () => {
  expect(sitePaths.service('tim-losai')).toBe('/servizi-a-pagamento/tim-losai/');
  expect(sitePaths.services).toBe('/servizi-a-pagamento/');
});
