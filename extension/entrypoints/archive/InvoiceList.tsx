/** Every invoice, in one section per carrier and line, newest first, with its document and a delete that asks first. */
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import catalog from 'virtual:sentinella-catalog';
import { formatEuro } from '../../../shared/money.ts';
import { formatItalianDateShort } from '../../../shared/dates.ts';
import { getDocument } from '../../lib/archive/archive.ts';
import type { InvoiceRecord } from '../../lib/archive/types.ts';
import { groupInvoices, type InvoiceGroup } from '../../lib/archive/invoice-groups.ts';
import { t, uiLanguage } from '../../lib/i18n.ts';
import { archiveDb, databaseError, filtered, notice, remove, unavailable } from './store.ts';
import { fileName, openFile, saveFile } from './download.ts';

const confirming = signal<string | null>(null);
/** Rows shown: the newest first, more on request (a long table costs seconds of layout). */
export const PAGE_SIZE = 200;
const shown = signal(PAGE_SIZE);
const carrierNames = new Map(catalog.operators.map((o) => [o.id, o.name]));
const carrierName = (id: string) => carrierNames.get(id) ?? id;

async function withDocument(inv: InvoiceRecord, action: 'open' | 'save') {
  let doc;
  try {
    doc = await getDocument(await archiveDb(), inv.id);
  } catch (error) {
    // A read that fails is not a missing document: say which.
    notice.value = { kind: 'error', text: t('archiveDocumentUnreadable', [inv.number, databaseError(error)]) };
    return;
  }
  if (!doc) {
    notice.value = { kind: 'error', text: t('archiveDocumentMissing', inv.number) };
    return;
  }
  if (action === 'open') openFile(doc.bytes, doc.type);
  else saveFile(fileName('fattura', inv.id, doc.type === 'application/pdf' ? 'pdf' : 'bin'), doc.bytes, doc.type);
}

function DocumentCell({ inv }: { inv: InvoiceRecord }) {
  if (inv.document.state === 'stored') {
    return (
      <span class="doc-actions">
        <button type="button" class="link" onClick={() => void withDocument(inv, 'open')} aria-label={t('archiveOpenDocumentOf', inv.number)}>{t('archiveOpen')}</button>
        <button type="button" class="link" onClick={() => void withDocument(inv, 'save')} aria-label={t('archiveDownloadDocumentOf', inv.number)}>{t('archiveDownload')}</button>
      </span>
    );
  }
  // The title is the reason recorded when the document was fetched, in the words of that moment.
  if (inv.document.state === 'failed') return <span class="muted" title={inv.document.lastError}>{t('archiveDocumentRetry')}</span>;
  return <span class="muted">{inv.documentUrl ? t('archiveDocumentWaiting') : t('archiveDocumentNoLink')}</span>;
}

/** The real confirm step: the safe choice takes focus once, when the question appears. */
function ConfirmDelete({ inv }: { inv: InvoiceRecord }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <span class="confirm" role="group" aria-label={t('archiveConfirmDeleteOf', inv.number)}>
      {t('archiveConfirmDelete')}{' '}
      <button type="button" class="danger" data-action="confirm-delete" onClick={() => { confirming.value = null; void remove(inv.id); }}>{t('archiveDeleteForGood')}</button>{' '}
      <button type="button" data-action="cancel-delete" ref={cancel} onClick={() => (confirming.value = null)}>{t('archiveCancel')}</button>
    </span>
  );
}

function Row({ inv }: { inv: InvoiceRecord }) {
  const asking = confirming.value === inv.id;
  const lang = uiLanguage();
  return (
    <tr
      data-invoice-id={inv.number}
      data-carrier={inv.carrier}
      data-line={inv.line ?? ''}
      data-amount-cents={inv.amountCents ?? ''}
      data-due-date={inv.dueDate ?? ''}
      data-status={inv.status ?? ''}
      data-has-document={String(inv.document.state === 'stored')}
    >
      <th scope="row">{inv.number}</th>
      <td>{inv.period ?? inv.periodMonth ?? '—'}</td>
      <td>{inv.issueDate ? formatItalianDateShort(inv.issueDate, lang) : '—'}</td>
      <td>{inv.dueDate ? formatItalianDateShort(inv.dueDate, lang) : '—'}</td>
      <td class="num">{inv.amountCents === null ? '—' : formatEuro(inv.amountCents)}</td>
      <td>
        <span class={`status status-${inv.status ?? 'unknown'}`}>{inv.status === 'paid' ? t('archivePaid') : inv.status === 'unpaid' ? t('archiveUnpaid') : t('archiveStatusUnknown')}</span>
        {inv.history.length > 1 && (
          <span class="muted history" title={inv.history.map((h) => t('archiveHistoryStep', [formatItalianDateShort(h.at.slice(0, 10), lang), h.status === 'paid' ? t('archiveHistoryPaid') : h.status === 'unpaid' ? t('archiveHistoryUnpaid') : '?'])).join(' → ')}>
            {' '}{t('archiveHistoryCount', String(inv.history.length))}
          </span>
        )}
      </td>
      <td><DocumentCell inv={inv} /></td>
      <td>
        {asking ? (
          <ConfirmDelete inv={inv} />
        ) : (
          <button type="button" class="link" data-action="delete" onClick={() => (confirming.value = inv.id)} aria-label={t('archiveDeleteInvoiceOf', inv.number)}>{t('archiveDelete')}</button>
        )}
      </td>
    </tr>
  );
}

function groupTitle(group: Pick<InvoiceGroup, 'carrier' | 'line'>): string {
  return group.line === null ? t('archiveGroupNoLine', carrierName(group.carrier)) : t('archiveGroupLine', [carrierName(group.carrier), group.line]);
}

/**
 * One carrier and line: its heading, its count and total (of every invoice filtered, shown or not), and the
 * rows among those shown. A group with none of them still says it is there and how to see it.
 */
function Group({ group, rows, index }: { group: InvoiceGroup; rows: InvoiceRecord[]; index: number }) {
  const id = `invoice-group-${index}`;
  const count = group.count === 1 ? t('archiveGroupOne') : t('archiveGroupMany', String(group.count));
  return (
    <section class="invoice-group" aria-labelledby={id} data-testid="invoice-group" data-carrier={group.carrier} data-line={group.line ?? ''} data-count={group.count} data-total-cents={group.cents}>
      <h3 id={id}>{groupTitle(group)}</h3>
      <p class="group-sum" data-testid="group-sum">
        {t('archiveGroupSum', [count, formatEuro(group.cents)])}
        {rows.length > 0 && rows.length < group.count ? ` ${t('archiveGroupShown', String(rows.length))}` : ''}
      </p>
      {rows.length === 0 ? <p class="muted" data-testid="group-hidden">{t('archiveGroupNoneShown')}</p> : <div class="table-wrap">
        <table class="invoices" aria-labelledby={id}>
          <thead>
            <tr><th scope="col">{t('archiveNumber')}</th><th scope="col">{t('archivePeriod')}</th><th scope="col">{t('archiveIssued')}</th><th scope="col">{t('archiveDue')}</th><th scope="col" class="num">{t('archiveAmount')}</th><th scope="col">{t('archiveStatus')}</th><th scope="col">{t('archiveDocument')}</th><th scope="col"><span class="sr-only">{t('archiveActions')}</span></th></tr>
          </thead>
          <tbody>
            {rows.map((inv) => <Row key={inv.id} inv={inv} />)}
          </tbody>
        </table>
      </div>}
    </section>
  );
}

export function InvoiceList() {
  const list = filtered.value;
  if (unavailable.value) return <p role="alert" class="error" data-testid="archive-unavailable">{unavailable.value}</p>;
  if (list.length === 0) return <p class="empty">{t('archiveEmpty')}</p>;
  // The newest rows across every group are shown first (the budget is rows, not groups); counts and totals
  // are each group's whole.
  const visible = list.slice(0, shown.value);
  const rest = list.length - visible.length;
  const groups = groupInvoices(list, carrierName);
  const isShown = rest > 0 ? new Set(visible.map((inv) => inv.id)) : null;
  return (
    <div class="invoice-list" data-testid="invoice-list">
      {groups.map((g, i) => <Group key={g.key} group={g} rows={isShown ? g.invoices.filter((inv) => isShown.has(inv.id)) : g.invoices} index={i} />)}
      {rest > 0 && (
        <p class="more">
          {t('archiveShownOf', [String(visible.length), String(list.length)])}{' '}
          <button type="button" onClick={() => (shown.value += PAGE_SIZE)}>{t('archiveShowMore', String(Math.min(rest, PAGE_SIZE)))}</button>{' '}
          <button type="button" data-action="show-all" onClick={() => (shown.value = Infinity)}>{t('archiveShowAll', String(list.length))}</button>
        </p>
      )}
    </div>
  );
}
