/**
 * The archive's price-rise notice as a user sees it: named after the announced change when one matches.
 * A happy-dom window is made by hand: the build-time catalog modules load in the Node environment only.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { Window } from 'happy-dom';
import { render } from 'preact';

const window = new Window();
Object.assign(globalThis, { window, document: window.document });
const document = window.document as unknown as Document;
import { PriceRiseNotices } from '../../extension/entrypoints/archive/PriceRiseNotices.tsx';
import { invoices } from '../../extension/entrypoints/archive/store.ts';
import type { InvoiceRecord } from '../../extension/lib/archive/types.ts';

function rec(number: string, month: string, canoneCents: number, line: string): InvoiceRecord {
  return {
    id: `tim:${number}`, carrier: 'tim', number, period: null, periodMonth: month, issueDate: `${month}-05`, amountCents: canoneCents + 500, dueDate: `${month}-26`,
    status: 'paid', line, documentUrl: null, items: [{ label: 'Canone TIM Fibra', amountCents: canoneCents }, { label: 'Rata modem', amountCents: 500 }],
    firstSeen: '2026-01-01T00:00:00Z', lastSeen: '2026-01-01T00:00:00Z', history: [], document: { state: 'none', attempts: 0 },
  };
}

afterEach(() => {
  render(null, document.body);
  invoices.value = [];
});

describe('PriceRiseNotices', () => {
  test('a rise matching an announced change names it, gives its deadline and a letter to its PEC and address', () => {
    invoices.value = [rec('A1', '2026-02', 2990, '0612345678'), rec('A2', '2026-03', 3289, '0612345678')];
    render(<PriceRiseNotices />, document.body);
    const notice = document.querySelector('[data-testid="price-rise"]')!;
    expect(notice.getAttribute('data-price-change-id')).toBe('tim-fisso-2026-03');
    expect(notice.getAttribute('data-deadline')).toBe('2026-03-31');
    expect(notice.getAttribute('data-basis')).toBe('recurring');
    expect(notice.textContent).toContain('entro il 31 marzo 2026');
    expect(notice.querySelector('[data-testid="letter-pec"]')!.textContent).toBe('disattivazioni_clientiprivati@pec.telecomitalia.it');
    expect(notice.querySelector('[data-testid="letter-address"]')!.textContent).toContain('Casella Postale 111');
    expect((notice.querySelector('textarea') as HTMLTextAreaElement).value).toMatch(/Spett\.le TIM – Servizio Clienti[\s\S]*0612345678[\s\S]*fattura n\. A2/);
  });

  test('a rise no announced change explains says only what the invoices show: no change named, no letter', () => {
    invoices.value = [rec('B1', '2026-09', 2990, '0612345678'), rec('B2', '2026-10', 3289, '0612345678')];
    render(<PriceRiseNotices />, document.body);
    const notice = document.querySelector('[data-testid="price-rise"]')!;
    expect(notice.hasAttribute('data-price-change-id')).toBe(false);
    expect(notice.querySelector('[data-testid="no-announced-change"]')).not.toBeNull();
    expect(notice.querySelector('textarea')).toBeNull();
    expect(notice.textContent).toContain('da 34,90\u00a0€ (settembre 2026) a 37,89\u00a0€ (ottobre 2026)');
    expect(notice.textContent).toContain('Canone TIM Fibra da 29,90\u00a0€ a 32,89\u00a0€');
  });
});
