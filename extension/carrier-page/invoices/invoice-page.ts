/**
 * Whether a page lists invoices, asked on every carrier page by the script that runs there (the invoice
 * reader itself is loaded only when the answer is yes): kept apart from parse-invoices.ts so that script
 * carries this one pattern, not the reader's words.
 */
import { invoicePageHeading } from '../portal/selectors.ts';
import { visibleLines } from '../reading/visible-text.ts';

/** Longer headings are sentences about invoices, not a page's title. */
const MAX_HEADING = 80;

/** True when the page presents itself as a list of invoices (its title or a main heading). */
export function looksLikeInvoicePage(doc: Document): boolean {
  if (invoicePageHeading.re.test(doc.title)) return true;
  for (const h of doc.querySelectorAll('h1, h2, [role="heading"]')) {
    const text = visibleLines(h).join(' ');
    if (text.length <= MAX_HEADING && invoicePageHeading.re.test(text)) return true;
  }
  return false;
}
