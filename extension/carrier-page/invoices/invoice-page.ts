/**
 * Whether a page lists invoices, asked on every carrier page by the script that runs there (the invoice
 * reader itself is loaded only when the answer is yes): kept apart from parse-invoices.ts so that script
 * carries this one pattern, not the reader's words.
 */
import { invoicePageHeading } from '../portal/selectors.ts';
import { visibleLines } from '../reading/visible-text.ts';

/** Longer headings are sentences about invoices, not a page's title. */
const MAX_HEADING = 80;

const says = (h: Element) => {
  const text = visibleLines(h).join(' ');
  return text.length <= MAX_HEADING && invoicePageHeading.re.test(text);
};

/**
 * True when the page presents itself as a list of invoices: its title, or its main heading. A page whose `<h1>`
 * names something else ("I tuoi servizi") is not made an invoice page by one of its boxes ("Il mio conto");
 * a page with no `<h1>` is named by its other headings.
 */
export function looksLikeInvoicePage(doc: Document): boolean {
  if (invoicePageHeading.re.test(doc.title)) return true;
  const main = [...doc.querySelectorAll('h1')].filter((h) => visibleLines(h).length > 0);
  if (main.some(says)) return true;
  if (main.length > 0) return false;
  return [...doc.querySelectorAll('h2, [role="heading"]')].some(says);
}
