/** The popup's view of the invoice archive: how many, the latest, unpaid ones due soon, and the way in. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatEuro } from '../../../shared/money.ts';
import { formatItalianDateShort, today } from '../../../shared/dates.ts';
import { t, uiLanguage } from '../../lib/i18n.ts';
import { openArchive } from '../../lib/archive/db.ts';
import { lastCapture, lastError, listInvoices } from '../../lib/archive/archive.ts';
import { unpaidDueSoon, unpaidOverdue } from '../../lib/archive/summaries.ts';
import type { CaptureSummary, InvoiceRecord } from '../../lib/archive/types.ts';
import './invoice-summary.css';

const state = signal<{ invoices: InvoiceRecord[]; capture?: CaptureSummary; error?: string } | undefined>(undefined);

async function load() {
  const db = await openArchive();
  const [invoices, capture, error] = await Promise.all([listInvoices(db), lastCapture(db), lastError(db)]);
  db.close();
  state.value = { invoices, capture, error: error?.message };
}

/** "3 fatture archiviate, 1 nuova": the count, and how many the last visit added. */
function countText(count: number, added: number | undefined): string {
  const n = String(count);
  if (added === undefined) return count === 1 ? t('invoicesArchivedOne') : t('invoicesArchivedMany', n);
  if (count === 1) return added === 1 ? t('popupCountOneNewOne') : t('popupCountOneNewMany', String(added));
  return added === 1 ? t('popupCountManyNewOne', n) : t('popupCountManyNewMany', [n, String(added)]);
}

function LatestInvoice({ invoice }: { invoice: InvoiceRecord }) {
  const lang = uiLanguage();
  const day = invoice.issueDate ? formatItalianDateShort(invoice.issueDate, lang) : null;
  const amount = invoice.amountCents !== null ? formatEuro(invoice.amountCents) : null;
  const text =
    day && amount ? t('popupLatestDayAmount', [invoice.number, day, amount])
    : day ? t('popupLatestDay', [invoice.number, day])
    : amount ? t('popupLatestAmount', [invoice.number, amount])
    : t('popupLatest', invoice.number);
  return <p>{text}</p>;
}

export function InvoiceSummary() {
  useEffect(() => void load().catch(() => (state.value = { invoices: [], error: t('popupArchiveError') })), []);
  const s = state.value;
  if (!s) return null;
  const lang = uiLanguage();
  const latest = s.invoices[0];
  const due = unpaidDueSoon(s.invoices, today());
  const overdue = unpaidOverdue(s.invoices, today()).length;
  const added = s.capture?.added ?? 0;
  return (
    <section class="invoice-summary" aria-labelledby="invoice-summary-title" data-testid="invoice-summary">
      <h2 id="invoice-summary-title">{t('archiveTitle')}</h2>
      <p data-testid="invoice-count">{countText(s.invoices.length, s.capture ? added : undefined)}</p>
      {latest && <LatestInvoice invoice={latest} />}
      {due.length > 0 && (
        <>
          <p>{t('popupDueSoon')}</p>
          <ul class="due" data-testid="invoices-due">
            {due.slice(0, 3).map((inv) => (
              <li key={inv.id}>
                {t('popupDueItem', [formatItalianDateShort(inv.dueDate!, lang), inv.amountCents !== null ? formatEuro(inv.amountCents) : t('popupAmountUnknown'), inv.number])}
              </li>
            ))}
          </ul>
          {due.length > 3 && <p>{t('popupDueMore', String(due.length - 3))}</p>}
        </>
      )}
      {overdue > 0 && (
        <p data-testid="invoices-overdue">{overdue === 1 ? t('popupOverdueOne') : t('popupOverdueMany', String(overdue))}</p>
      )}
      {s.error && <p role="alert">{s.error}</p>}
      <p>
        <a href="archive.html" target="_blank" rel="noopener" data-testid="open-archive">{t('popupOpenArchive')}</a>
      </p>
    </section>
  );
}
