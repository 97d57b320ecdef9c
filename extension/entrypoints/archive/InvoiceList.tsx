/** Every invoice, in one section per carrier and line, newest first, with its document and a delete that asks first. */
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import catalog from 'virtual:sentinella-catalog';
import { formatEuro } from '../../../shared/money.ts';
import { formatItalianDateShort } from '../../../shared/dates.ts';
import { getDocument } from '../../lib/archive/archive.ts';
import type { InvoiceRecord } from '../../lib/archive/types.ts';
import { groupInvoices, type InvoiceGroup } from '../../lib/archive/invoice-groups.ts';
import { t } from '../../lib/i18n.ts';
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
    notice.value = { kind: 'error', text: `Il documento della fattura ${inv.number} non si apre: ${databaseError(error)}.` };
    return;
  }
  if (!doc) {
    notice.value = { kind: 'error', text: `Il documento della fattura ${inv.number} non è nell'archivio.` };
    return;
  }
  if (action === 'open') openFile(doc.bytes, doc.type);
  else saveFile(fileName('fattura', inv.id, doc.type === 'application/pdf' ? 'pdf' : 'bin'), doc.bytes, doc.type);
}

function DocumentCell({ inv }: { inv: InvoiceRecord }) {
  if (inv.document.state === 'stored') {
    return (
      <span class="doc-actions">
        <button type="button" class="link" onClick={() => void withDocument(inv, 'open')} aria-label={`Apri il documento della fattura ${inv.number}`}>Apri</button>
        <button type="button" class="link" onClick={() => void withDocument(inv, 'save')} aria-label={`Scarica il documento della fattura ${inv.number}`}>Scarica</button>
      </span>
    );
  }
  if (inv.document.state === 'failed') return <span class="muted" title={inv.document.lastError}>Documento non ancora salvato: riprovo alla prossima visita</span>;
  return <span class="muted">{inv.documentUrl ? 'In attesa' : 'Nessun link'}</span>;
}

/** The real confirm step: the safe choice takes focus once, when the question appears. */
function ConfirmDelete({ inv }: { inv: InvoiceRecord }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <span class="confirm" role="group" aria-label={`Conferma eliminazione della fattura ${inv.number}`}>
      Eliminare la fattura e il suo documento? Non si può annullare.{' '}
      <button type="button" class="danger" data-action="confirm-delete" onClick={() => { confirming.value = null; void remove(inv.id); }}>Elimina definitivamente</button>{' '}
      <button type="button" data-action="cancel-delete" ref={cancel} onClick={() => (confirming.value = null)}>Annulla</button>
    </span>
  );
}

function Row({ inv }: { inv: InvoiceRecord }) {
  const asking = confirming.value === inv.id;
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
      <td>{inv.issueDate ? formatItalianDateShort(inv.issueDate) : '—'}</td>
      <td>{inv.dueDate ? formatItalianDateShort(inv.dueDate) : '—'}</td>
      <td class="num">{inv.amountCents === null ? '—' : formatEuro(inv.amountCents)}</td>
      <td>
        <span class={`status status-${inv.status ?? 'unknown'}`}>{inv.status === 'paid' ? 'Pagata' : inv.status === 'unpaid' ? 'Da pagare' : 'Non indicato'}</span>
        {inv.history.length > 1 && (
          <span class="muted history" title={inv.history.map((h) => `${h.at.slice(0, 10)}: ${h.status === 'paid' ? 'pagata' : h.status === 'unpaid' ? 'da pagare' : '?'}`).join(' → ')}>
            {' '}({inv.history.length} stati)
          </span>
        )}
      </td>
      <td><DocumentCell inv={inv} /></td>
      <td>
        {asking ? (
          <ConfirmDelete inv={inv} />
        ) : (
          <button type="button" class="link" data-action="delete" onClick={() => (confirming.value = inv.id)} aria-label={`Elimina la fattura ${inv.number}`}>Elimina</button>
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
            <tr><th scope="col">Numero</th><th scope="col">Periodo</th><th scope="col">Emessa il</th><th scope="col">Scadenza</th><th scope="col" class="num">Importo</th><th scope="col">Stato</th><th scope="col">Documento</th><th scope="col"><span class="sr-only">Azioni</span></th></tr>
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
  if (list.length === 0) return <p class="empty">Nessuna fattura da mostrare. Apri la pagina delle fatture del tuo portale (MyTIM, La Mia Fattura) e Sentinella le archivierà qui.</p>;
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
          Mostrate {visible.length} fatture su {list.length}.{' '}
          <button type="button" onClick={() => (shown.value += PAGE_SIZE)}>Mostra altre {Math.min(rest, PAGE_SIZE)}</button>{' '}
          <button type="button" data-action="show-all" onClick={() => (shown.value = Infinity)}>Mostra tutte ({list.length})</button>
        </p>
      )}
    </div>
  );
}
