/**
 * Keeps the invoice capture out of the script that runs on every carrier page: when the page is (or becomes,
 * after single-page navigation) an invoice list, asks for the capture's own script, which then starts the
 * invoice-capture feature here. Other pages never load the invoice reader.
 */
import type { Feature } from '../feature-types.ts';
import { looksLikeInvoicePage } from '../invoices/invoice-page.ts';
import { loadFeature } from '../run-features.ts';

export const invoiceCaptureLoader: Feature = {
  id: 'invoice-capture-loader',
  async start({ ctx, watcher, report }) {
    let loading: Promise<void> | undefined;
    const check = () => {
      if (loading || ctx.isInvalid || !looksLikeInvoicePage(document)) return;
      loading = loadFeature('invoice-capture').then(
        (loaded) => {
          if (!loaded) loading = undefined;
        },
        (error: unknown) => {
          loading = undefined;
          report(error);
        },
      );
    };
    const unsubscribe = watcher.subscribe(check);
    ctx.onInvalidated(unsubscribe);
    check();
    // The first pass ends once the capture's own first pass has, when this is an invoice page.
    await loading;
  },
};
