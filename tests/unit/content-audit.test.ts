/**
 * The audit of content/ against its sources (issue 13), one test per finding, so a fix cannot silently come
 * back undone: missing costs, business prices apart, unsupported claims, old articles that looked current.
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../shared/catalog/load.ts';
import { offerCost, rankOffers } from '../../shared/offer-cost.ts';

const content = loadContent(join(import.meta.dirname, '..', '..'));
const offer = (id: string) => content.offers.find((o) => o.id === id)!;
const service = (id: string) => content.services.find((s) => s.id === id)!;

describe('offers', () => {
  test("ho.'s launch offer counts the 9,99 € for SIM and activation, from a dated second source", () => {
    const ho = offer('ho-mobile-30-giga').data;
    expect(ho.activation.amount).toBe(9.99);
    expect(offerCost(ho).totalCents).toBe(24 * 699 + 999);
    expect(ho.moreSources.map((s) => s.asOf)).toEqual(['2018-06-22']);
  });
  test('TIM Business prices are marked ex-VAT, for business customers, and never ranked with consumer offers', () => {
    const biz = offer('tim-business-tutto');
    expect(biz.data).toMatchObject({ customers: 'business', vat: 'excluded' });
    expect(rankOffers(content.offers, '2017-01-01').map((o) => o.id)).not.toContain('tim-business-tutto');
  });
});

describe('claims without a source are gone', () => {
  test('no way off TIM Prime Go through 187 for 3 € (no source gives it)', () => {
    expect(service('tim-prime-go').data.switchOff.filter((w) => w.number === '187' || w.cost === 3)).toEqual([]);
  });
  test('no page says Fastweb does not block premium services without dating that claim and citing the 2021 rule', () => {
    for (const g of content.guides) {
      for (const paragraph of g.body.split(/\n\s*\n/).filter((p) => /Fastweb/.test(p) && /non (li )?blocca/.test(p))) {
        expect(paragraph, g.file).toMatch(/2019/);
        expect(paragraph, g.file).toMatch(/10\/21\/CONS/);
      }
      for (const f of g.data.faq) expect(`${f.q} ${f.a}`, g.file).not.toMatch(/Fastweb[^.]*non li blocca/);
    }
  });
});

describe('old articles no longer look current', () => {
  test('a guide source whose address carries a publication year says that year in asOf', () => {
    for (const g of content.guides) {
      for (const s of g.data.sources) {
        const year = /\/(20[0-2]\d)\/\d{2}\/\d{2}\//.exec(s.url)?.[1];
        if (!year) continue;
        expect(s.asOf?.slice(0, 4), `${g.file}: ${s.url}`).toBe(year);
      }
    }
  });
  test('prices of services carry the day their source says they held, never later than the day they were checked', () => {
    for (const s of content.services) for (const p of s.data.prices) expect(p.asOf <= p.checked, `${s.file} ${p.amount}`).toBe(true);
  });
});
