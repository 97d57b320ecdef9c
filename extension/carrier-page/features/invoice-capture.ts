/**
 * On the portal's invoice pages: reads every invoice shown (again when the page changes) and sends them to
 * the background worker in one message per batch, then fetches the documents the archive still lacks. Once
 * a page is archived in full (every invoice, every document), its fingerprint goes to the archive, so that a
 * return visit to the same page does not load this script at all (invoice-capture-loader.ts).
 * Writes nothing into the carrier page. Off when the user switched "archive automatically" off.
 */
import type { Feature } from '../feature-types.ts';
import { looksLikeInvoicePage } from '../invoices/invoice-page.ts';
import { createInvoiceMemo, parseInvoices } from '../invoices/parse-invoices.ts';
import { fetchDocument } from '../invoices/fetch-document.ts';
import { pageSignature, pageText } from '../invoices/page-signature.ts';
import { rowPrints } from '../invoices/row-print.ts';
import { archiveAutomatically } from '../../lib/archive/settings.ts';
import { send } from '../../lib/send.ts';
import { oneAtATime } from '../../lib/one-at-a-time.ts';

export const invoiceCapture: Feature = {
  id: 'invoice-capture',
  async start({ ctx, watcher, report }) {
    let lastBatch = '';
    /** Rows read on this visit: after a page change only the rows that changed are read again. */
    const memo = createInvoiceMemo();
    /** The row prints the archive knows for the page's address, asked once per address. */
    let knownFor: { url: string; prints: string[] } | undefined;
    /** Documents tried on this visit: a failure waits for the next visit. */
    const tried = new Set<string>();

    const captureOnce = async () => {
      if (!looksLikeInvoicePage(document) || !(await archiveAutomatically.getValue())) return;
      const url = location.href;
      // Rows the archive holds in full from an earlier visit to this address are not read again.
      if (knownFor?.url !== url) knownFor = { url, prints: (await send<'archive:known-rows'>({ type: 'archive:known-rows', url }).catch(() => ({ prints: [] }))).prints };
      const rows = rowPrints(knownFor.prints);
      // The page as read, for its fingerprint: taken in the same task as the reading, so they agree.
      const text = pageText(document, url);
      const invoices = parseInvoices(document, url, memo, rows);
      const batch = JSON.stringify([invoices, rows.skipped]);
      if ((invoices.length === 0 && rows.skipped.length === 0) || batch === lastBatch) return;
      // Every row known (the page changed elsewhere): nothing to store, only the page to remember.
      const result = invoices.length > 0 ? await send<'archive:capture'>({ type: 'archive:capture', invoices }) : { needDocuments: [] };
      // Remembered only once stored: a batch the archive refused is sent again when the page next settles.
      lastBatch = batch;
      let complete = true;
      for (const { id, url } of result.needDocuments) {
        if (tried.has(id) || ctx.isInvalid) {
          complete = false;
          continue;
        }
        tried.add(id);
        const doc = await fetchDocument(id, url);
        const { stored } = await send<'archive:document'>({ type: 'archive:document', ...doc });
        complete &&= doc.ok && stored;
      }
      // The background checks the archive itself before it remembers the page.
      if (complete && !ctx.isInvalid) {
        await send<'archive:page-read'>({ type: 'archive:page-read', signature: await pageSignature(text), numbers: invoices.map((i) => i.number), url, read: rows.read, skipped: rows.skipped });
      }
    };

    // A page that changes while a batch is being stored is read again once that batch is done.
    const capture = oneAtATime(captureOnce, () => ctx.isInvalid);
    const run = () => capture().catch(report);

    const unsubscribe = watcher.subscribe((_reason, changed) => {
      memo.forget(changed);
      void run();
    });
    ctx.onInvalidated(unsubscribe);
    await run();
  },
};
