/**
 * The phone line a row of the services list belongs to, when the page says it: the row itself
 * ("Linea 335 100 2000"), the label of a group around it, a heading or line caption before it, else the
 * page's title ("Le tue opzioni - Linea 333 123 4567"). Digits only, as invoices show lines.
 */
import { visibleText } from '../reading/visible-text.ts';

/** "linea" followed closely by a phone number (spaces or dots between the digits). */
const LINE = /\blinea\b[^\d+]{0,25}(\+?\d[\d .]{5,16}\d)/i;
/** Elements before a row that may name its line. */
const CAPTION = 'h1, h2, h3, h4, h5, h6, [role="heading"], caption, legend, label, dt, p';
/** Longer texts are paragraphs, not a line's caption. */
const MAX_CAPTION = 100;

function lineIn(text: string | null | undefined): string | null {
  const m = text ? LINE.exec(text) : null;
  return m ? m[1]!.replace(/[ .]/g, '') : null;
}

function captionLine(el: Element): string | null {
  if (!el.matches(CAPTION)) return null;
  const words = visibleText(el);
  return words.length <= MAX_CAPTION ? lineIn(words) : null;
}

export function rowLine(row: Element): string | null {
  const own = lineIn(visibleText(row));
  if (own) return own;
  for (let el: Element | null = row; el && el !== el.ownerDocument.documentElement; el = el.parentElement) {
    const label = lineIn(el.getAttribute('aria-label'));
    if (label) return label;
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const found = captionLine(prev);
      if (found) return found;
    }
  }
  return lineIn(row.ownerDocument.title);
}
