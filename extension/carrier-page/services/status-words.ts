/**
 * How a row's words are read for its status and its section, in one place for the detector (row-reader.ts)
 * and for the light check of every carrier page (may-show-extras.ts), so the two can never read them apart.
 */
import { visibleLines } from '../reading/visible-text.ts';

/** Status and control words are short; a longer line is a sentence about them. */
export const MAX_WORD_LINE = 40;

/** What names a list or section: headings, table captions, fieldset legends. */
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], caption, legend';

/**
 * The forms a status takes on a line: the line without a leading "Stato:", and the part after its last " · "
 * ("Fornito da ClipNet · Disattivato il 02/10/2026"), when there is one.
 */
export function statusForms(line: string): string[] {
  const status = line.replace(/^stato\s*:?\s*/i, '');
  const at = status.lastIndexOf(' · ');
  return at >= 0 ? [status, status.slice(at + 3)] : [status];
}

/** A title or label given as a status ("Servizio attivo", "Stato: attivo"), without its leading noun. */
export function titleStatus(title: string): string {
  return title.replace(/^(?:servizio|opzione|abbonamento|stato)\s*:?\s+/i, '');
}

/** Label text of a section: aria-label, or the text of the elements aria-labelledby names; null without. */
export function sectionLabel(el: Element): string | null {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (!by) return null;
  const doc = el.ownerDocument;
  const text = by
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .filter((n): n is HTMLElement => n !== null)
    .map((n) => visibleLines(n).join(' '))
    .join(' ');
  return text || null;
}
