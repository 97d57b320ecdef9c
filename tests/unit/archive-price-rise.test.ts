/** Price rises from recurring charges, matched to the announced price changes in content/price-changes. */
import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { join } from 'node:path';
import { announcedChangeFor, findPriceRises } from '../../extension/lib/archive/price-rise.ts';
import { announcedNotice, riseFacts } from '../../extension/lib/archive/price-rise-notice.ts';
import { withdrawalLetter } from '../../extension/lib/archive/withdrawal-letter.ts';
import { loadContent } from '../../shared/catalog/load.ts';
import { priceChangeSlice } from '../../shared/price-changes.ts';
import type { InvoiceItem, InvoiceRecord } from '../../extension/lib/archive/types.ts';

const changes = priceChangeSlice(loadContent(join(import.meta.dirname, '..', '..')).priceChanges);

function rec(number: string, month: string, items: InvoiceItem[], over: Partial<InvoiceRecord> = {}): InvoiceRecord {
  const total = items.reduce((s, i) => s + i.amountCents, 0);
  return {
    id: `tim:${number}`, carrier: 'tim', number, period: null, periodMonth: month, issueDate: `${month}-05`, amountCents: total, dueDate: `${month}-26`,
    status: 'paid', line: '0612345678', documentUrl: null, items, firstSeen: '2026-01-01T00:00:00Z', lastSeen: '2026-01-01T00:00:00Z',
    history: [], document: { state: 'none', attempts: 0 }, ...over,
  };
}
const canone = (cents: number): InvoiceItem => ({ label: 'Canone TIM Fibra', amountCents: cents });
const modem = { label: 'Rata modem', amountCents: 500 };

describe('recurring charges, not totals', () => {
  test('a one-off item inflating the total is not a rise when the recurring charges stay the same', () => {
    const invoices = [
      rec('1', '2026-01', [canone(2990), modem]),
      rec('2', '2026-02', [canone(2990), modem, { label: 'Contributo di attivazione', amountCents: 3999 }]),
      rec('3', '2026-03', [canone(2990), modem]),
    ];
    expect(findPriceRises(invoices)).toEqual([]);
  });

  test('the canone going up is found even when a one-off item leaves the total lower', () => {
    const invoices = [
      rec('1', '2026-02', [canone(2990), modem, { label: 'Costo una tantum cambio offerta', amountCents: 1000 }]),
      rec('2', '2026-03', [canone(3289), modem]),
      rec('3', '2026-04', [canone(3289), modem]),
    ];
    const [rise, ...others] = findPriceRises(invoices);
    expect(others).toEqual([]);
    expect(rise).toMatchObject({ basis: 'recurring', oldCents: 3490, newCents: 3789, yearlyIncreaseCents: 3588 });
    expect(rise!.after.amountCents!).toBeLessThan(rise!.before.amountCents!);
    expect(rise!.risen).toEqual([{ label: 'Canone TIM Fibra', oldCents: 2990, newCents: 3289 }]);
    const facts = riseFacts(rise!, 'TIM');
    expect(facts).toContain('Canone TIM Fibra da 29,90\u00a0€ a 32,89\u00a0€');
    expect(facts).toContain('una tantum non sono contati');
  });

  test('a recurring charge that goes back down the next month is not a rise', () => {
    const invoices = [rec('1', '2026-02', [canone(2990)]), rec('2', '2026-03', [canone(3289)]), rec('3', '2026-04', [canone(2990)])];
    expect(findPriceRises(invoices)).toEqual([]);
  });
});

describe('matching an announced change', () => {
  const fixedMarch = [rec('1', '2026-02', [canone(2990)]), rec('2', '2026-03', [canone(3289)])];

  test('a TIM fixed line rising in March 2026 is the change of 1 March 2026, with its deadline and letter', () => {
    const [rise] = findPriceRises(fixedMarch);
    const change = announcedChangeFor(rise!, changes);
    expect(change?.id).toBe('tim-fisso-2026-03');
    expect(change?.deadline).toBe('2026-03-31');
    const text = announcedNotice(change!, 'TIM', '2026-03-10');
    expect(text).toContain('entro il 31 marzo 2026');
    expect(text).toContain('mancano 21 giorni');
    const letter = withdrawalLetter(rise!, change!, 'TIM', '2026-03-10');
    expect(letter).toContain('PEC: disattivazioni_clientiprivati@pec.telecomitalia.it');
    expect(letter).toContain('Casella Postale 111, 00054 Fiumicino');
    expect(letter).toContain('Oggetto: Modifica delle condizioni contrattuali');
    expect(letter).toContain('linea / codice cliente 0612345678');
    expect(letter).toContain('fattura n. 2 del 5 marzo 2026');
  });

  test('the same dates on a mobile line match the mobile change instead, with the mobile PEC', () => {
    const mobile = fixedMarch.map((i) => ({ ...i, line: '3351234567' }));
    const change = announcedChangeFor(findPriceRises(mobile)[0]!, changes);
    expect(change?.id).toBe('tim-mobile-2026-03');
    expect(change?.letter.pec).toBe('telecomitalia@pec.telecomitalia.it');
  });

  test('another carrier, or dates no announced change covers, match nothing', () => {
    const vodafone = fixedMarch.map((i) => ({ ...i, carrier: 'vodafone' }));
    expect(announcedChangeFor(findPriceRises(vodafone)[0]!, changes)).toBeUndefined();
    const autumn = [rec('1', '2026-09', [canone(2990)]), rec('2', '2026-10', [canone(3289)])];
    expect(announcedChangeFor(findPriceRises(autumn)[0]!, changes)).toBeUndefined();
  });
});
