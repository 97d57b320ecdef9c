/** content/market: the sourced market averages the bill comparison uses, validated like the rest of content/. */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../shared/catalog/load.ts';
import { buildCompareCatalog } from '../../shared/catalog/compare-catalog.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const content = loadContent(ROOT);

describe('the market averages', () => {
  test('FTTH and mobile averages of 2025, each with its source page and the date it held', () => {
    const ftth = content.market.filter((m) => m.data.kind === 'fixed' && m.data.technology === 'FTTH');
    const mobile = content.market.filter((m) => m.data.kind === 'mobile');
    expect(ftth.length).toBeGreaterThan(0);
    expect(mobile.length).toBeGreaterThan(0);
    for (const m of [...ftth, ...mobile]) {
      expect(m.data.source.asOf.startsWith('2025-'), m.id).toBe(true);
      expect(m.data.source.url, m.id).toMatch(/^https:\/\//);
      expect(m.data.monthlyPrice, m.id).toBeGreaterThan(0);
    }
    // Every kind has an average for a line whose technology the invoices do not tell.
    expect(content.market.some((m) => m.data.kind === 'fixed' && m.data.forUnknownTechnology)).toBe(true);
  });

  test('a bad market file fails with the file, the field and what was expected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentinella-market-'));
    try {
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      writeFileSync(
        join(dir, 'content', 'market', 'sbagliato.md'),
        '---\nlabel: offerte\nkind: fixed\ntechnology: 5G\nmonthlyPrice: "25,99 €"\nmethod: m\nsource:\n  title: x\n  url: https://x.it/\n  asOf: 2025-01-01\n  checked: 2026-01-01\n---\n',
      );
      let problems: string[] = [];
      try {
        loadContent(dir);
      } catch (e) {
        problems = (e as ContentError).problems;
      }
      expect(problems.some((p) => p.startsWith('content/market/sbagliato.md: monthlyPrice: expected an amount in euros'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the extension bundles consumer offers only, with what the 24-month total needs', () => {
    const compare = buildCompareCatalog(content);
    const business = new Set(content.offers.filter((o) => o.data.customers === 'business' || o.data.vat === 'excluded').map((o) => o.id));
    expect(compare.offers.some((o) => business.has(o.id))).toBe(false);
    expect(compare.offers.length).toBe(content.offers.length - business.size - content.offers.filter((o) => !business.has(o.id) && content.operators.find((c) => c.id === o.data.carrier)?.data.segment === 'business').length);
    expect(Object.keys(compare.offers[0]!).sort()).toEqual(expect.arrayContaining(['activation', 'asOf', 'device', 'kind', 'monthlyPrice', 'technology']));
    expect(compare.market).toHaveLength(content.market.length);
  });
});
