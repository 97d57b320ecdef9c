/**
 * Keeps the invoice capture out of the script that runs on every carrier page: when the page is (or becomes,
 * after single-page navigation) an invoice list, asks for the capture's own script, which then starts the
 * invoice-capture feature here. Other pages never load the invoice reader, and neither does a return visit to
 * an invoice page the archive already holds in full, unchanged (its fingerprint, page-signature.ts, is known):
 * then nothing is read until the page changes.
 */
import type { Feature } from '../feature-types.ts';
import { looksLikeInvoicePage } from '../invoices/invoice-page.ts';
import { pageSignature, pageText } from '../invoices/page-signature.ts';
import { loadFeature } from '../run-features.ts';
import { oneAtATime } from '../../lib/one-at-a-time.ts';
import { send } from '../../lib/send.ts';

export const invoiceCaptureLoader: Feature = {
  id: 'invoice-capture-loader',
  async start({ ctx, watcher, report }) {
    /** Set once the capture's script is asked for: from then on it follows the page itself. */
    let loaded = false;
    /** The fingerprint last found archived in full: the same page again needs no second question. */
    let knownSignature = '';

    const checkOnce = async () => {
      if (loaded || ctx.isInvalid || !looksLikeInvoicePage(document)) return;
      const signature = await pageSignature(pageText(document, location.href));
      if (signature === knownSignature) return;
      // A failed question (the worker busy, an old archive) is no reason to skip: the page is read.
      const known = await send<'archive:page-known'>({ type: 'archive:page-known', signature }).then(
        (answer) => answer.known,
        () => false,
      );
      if (known) {
        knownSignature = signature;
        return;
      }
      if (loaded || ctx.isInvalid) return;
      loaded = true;
      if (!(await loadFeature('invoice-capture'))) loaded = false;
    };
    const check = oneAtATime(checkOnce, () => ctx.isInvalid || loaded);
    const run = () => check().catch((error: unknown) => {
      loaded = false;
      report(error);
    });

    const unsubscribe = watcher.subscribe(() => void run());
    ctx.onInvalidated(unsubscribe);
    // The first pass ends once the capture's own first pass has, when this is an invoice page to read.
    await run();
  },
};
