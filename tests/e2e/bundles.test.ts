/**
 * What the built content scripts carry, read from the builds (.output/chrome-mv3 and .output/firefox-mv2): the
 * script of every carrier page holds neither the invoice reader's words nor the detector's code, and no bundle
 * holds the portal words' examples (they are for the tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { invoicePageHeading, invoicesPage, servicesPage, type Pattern } from '../../extension/carrier-page/portal/selectors.ts';
import { portalPatterns } from '../support/portal-patterns.ts';

const OUTPUT = join(import.meta.dirname, '..', '..', '.output');

const patterns = (group: object, prefix: string): Pattern[] => portalPatterns(group, prefix).map(([, p]) => p);

for (const build of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join(OUTPUT, build, 'content-scripts');
  describe(`content scripts of the ${build} build`, { skip: existsSync(dir) ? false : `no ${build} build (npm run build)` }, () => {
    const script = (name: string) => readFileSync(join(dir, `${name}.js`), 'utf8');

    test('the script of every carrier page carries the invoice page check but none of the invoice reader\'s words', () => {
      const content = script('content');
      assert.ok(content.includes(invoicePageHeading.re.source));
      const reader = patterns(invoicesPage, 'invoicesPage').filter((p) => p !== invoicesPage.pageHeading && !p.re.source.includes('\\p{'));
      assert.ok(reader.length > 20);
      assert.deepEqual(reader.filter((p) => content.includes(p.re.source)).map((p) => p.re.source.slice(0, 60)), []);
      assert.ok(script('invoice-capture').includes(invoicesPage.ledgerMovement.re.source));
    });

    test('no bundle carries the examples of the portal words', () => {
      const examples = [...patterns(servicesPage, 'servicesPage'), ...patterns(invoicesPage, 'invoicesPage')].flatMap((p) => [...p.examples.match, ...p.examples.noMatch]).filter((s) => s.length >= 24);
      assert.ok(examples.length > 50);
      for (const name of ['content', 'paid-extras-spotlight', 'invoice-capture']) {
        const code = script(name);
        assert.deepEqual(examples.filter((s) => code.includes(JSON.stringify(s).slice(1, -1))), [], name);
      }
    });
  });
}
