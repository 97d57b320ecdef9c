/**
 * Reads every invoice a portal page shows, by meaning rather than markup: tables whose column headings
 * name invoice fields, and containers (cards, list items, definition lists) whose labels do.
 * Pure: takes a root node and the page URL, returns data; never changes the page.
 */
import { cleanText } from '../../../shared/text.ts';
import { invoicesPage } from '../portal/selectors.ts';
import type { InvoiceItem, ParsedInvoice } from '../../lib/archive/types.ts';
import { fieldForLabel, parseAmount, parseDay, parseLine, parseNumber, parseStatus, periodMonth, type InvoiceField } from './field-values.ts';

type Root = Document | Element;

function text(node: Node | null | undefined): string {
  return cleanText(node?.textContent ?? '');
}

/** The text directly inside an element, without its children's. */
function ownText(el: Element): string {
  let s = '';
  for (const n of el.childNodes) if (n.nodeType === 3) s += n.textContent;
  return cleanText(s);
}

/** The document link inside `scope`, absolute and on the page's own origin only. */
function documentUrl(scope: Element, pageUrl: string): string | null {
  const origin = new URL(pageUrl).origin;
  for (const a of scope.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    const words = `${text(a)} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('title') ?? ''} ${href}`;
    if (!a.hasAttribute('download') && !invoicesPage.documentLink.test(words)) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (url.origin === origin) return url.href;
  }
  return null;
}

/** Detail lines with an amount printed inside the invoice (list items), e.g. paid extras. */
function items(scope: Element): InvoiceItem[] {
  const out: InvoiceItem[] = [];
  for (const li of scope.querySelectorAll('li')) {
    if (li.querySelector('li')) continue;
    const t = text(li);
    const cents = parseAmount(t);
    if (cents === null) continue;
    const label = cleanText(t.replace(/[-−]?\s*(?:€\s*)?\d[\d.]*,\d{2}\s*(?:€|euro)?/i, '').replace(/[:\-–]\s*$/, ''));
    if (label && !fieldForLabel(label)) out.push({ label, amountCents: cents });
  }
  return out;
}

function build(values: Partial<Record<InvoiceField, string>>, scope: Element, pageUrl: string): ParsedInvoice | null {
  const number = values.number ? parseNumber(values.number) : null;
  if (!number) return null;
  const amountCents = values.amount ? parseAmount(values.amount) : null;
  const issueDate = values.issueDate ? parseDay(values.issueDate) : null;
  const period = values.period ? cleanText(values.period) || null : null;
  return {
    number,
    period,
    periodMonth: (period && periodMonth(period)) ?? issueDate?.slice(0, 7) ?? null,
    issueDate,
    amountCents,
    dueDate: values.dueDate ? parseDay(values.dueDate) : null,
    status: values.status ? parseStatus(values.status) : null,
    line: values.line ? parseLine(values.line) : null,
    documentUrl: documentUrl(scope, pageUrl),
    items: items(scope),
  };
}

/** Invoices in tables whose headings name at least the number and the amount. */
function fromTables(root: Root, pageUrl: string, seen: Set<Element>): ParsedInvoice[] {
  const out: ParsedInvoice[] = [];
  for (const table of root.querySelectorAll('table')) {
    const rows = [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table);
    const headerRow = rows.find((r) => r.querySelector('th')) ?? rows[0];
    if (!headerRow) continue;
    const columns = new Map<number, InvoiceField>();
    let col = 0;
    for (const cell of headerRow.children) {
      const field = fieldForLabel(text(cell));
      if (field && ![...columns.values()].includes(field)) columns.set(col, field);
      col += Number(cell.getAttribute('colspan') ?? 1) || 1;
    }
    const fields = [...columns.values()];
    if (!fields.includes('number') || !fields.includes('amount')) continue;
    seen.add(table);
    for (const row of rows) {
      if (row === headerRow || row.querySelector('th:not([scope="row"])')) continue;
      const values: Partial<Record<InvoiceField, string>> = {};
      let c = 0;
      for (const cell of row.children) {
        const field = columns.get(c);
        // A cell's own label (responsive tables repeat it in data-label) wins over the column's.
        const own = fieldForLabel(cell.getAttribute('data-label') ?? '') ?? field;
        if (own) values[own] = text(cell);
        c += Number(cell.getAttribute('colspan') ?? 1) || 1;
      }
      const invoice = build(values, row, pageUrl);
      if (invoice) out.push(invoice);
    }
  }
  return out;
}

/** The value a label element introduces: the text right after it, its next sibling, or its parent's remaining text. */
function valueOf(label: Element): string {
  let after = '';
  for (let n = label.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      after += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    if (cleanText(after) || labelField(n as Element)) break;
    return text(n);
  }
  if (cleanText(after)) return cleanText(after).replace(/^[:\s]+/, '');
  const next = label.nextElementSibling;
  return next ? text(next) : '';
}

interface Label {
  field: InvoiceField;
  /** The value written in the same element ("Totale: 59,00 €", "Fattura n. 4B123"), if any. */
  inline: string | null;
}

/** The label of an element, if its own words name an invoice field ("Importo", "Scadenza:", "Fattura n. 4B123"). */
function labelField(el: Element): Label | null {
  const own = ownText(el);
  if (!own || own.length > 80) return null;
  const colon = own.indexOf(':');
  if (colon > 0) {
    const field = fieldForLabel(own.slice(0, colon));
    const rest = cleanText(own.slice(colon + 1) + ' ' + (el.children.length ? [...el.children].map((c) => text(c)).join(' ') : ''));
    if (field) return { field, inline: rest || null };
  }
  const whole = fieldForLabel(own);
  if (whole) return { field: whole, inline: null };
  // A label followed by its value in the same words: "Fattura n. 4B123", "Da pagare entro 15/10/2026".
  const words = own.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const field = fieldForLabel(words.slice(0, k).join(' '));
    const rest = words.slice(k).join(' ');
    if (field && /\d/.test(rest)) return { field, inline: rest };
  }
  return null;
}

/** A short element whose words are a status ("Pagata", "Da pagare"), for cards that show a bare badge. */
function statusBadge(container: Element): string | undefined {
  for (const el of container.querySelectorAll('*')) {
    const t = text(el);
    if (t.length <= 30 && parseStatus(t)) return t;
  }
  return undefined;
}

/** Invoices in containers (cards, list items) whose labels name the number and the amount. */
function fromLabelledContainers(root: Root, pageUrl: string, seen: Set<Element>): ParsedInvoice[] {
  const scope = root.nodeType === 9 ? (root as Document).body ?? (root as Document).documentElement : (root as Element);
  if (!scope) return [];
  const labels: (Label & { el: Element })[] = [];
  for (const el of scope.querySelectorAll('*')) {
    if (el.closest('[data-sentinella-own]') || [...seen].some((t) => t.contains(el))) continue;
    if (/^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TABLE|THEAD|TBODY|TR)$/.test(el.tagName)) continue;
    const found = labelField(el);
    if (found) labels.push({ el, ...found });
  }
  const numberLabels = labels.filter((l) => l.field === 'number');
  const out: ParsedInvoice[] = [];
  const used = new Set<Element>();
  for (const numberLabel of numberLabels) {
    // The invoice's container: the widest ancestor holding this number label and no other.
    let container: Element | null = null;
    for (let a = numberLabel.el.parentElement; a && a !== scope.parentElement; a = a.parentElement) {
      const others = numberLabels.filter((l) => l !== numberLabel && a.contains(l.el));
      if (others.length > 0) break;
      container = a;
      if (a === scope) break;
    }
    if (!container || used.has(container)) continue;
    const values: Partial<Record<InvoiceField, string>> = {};
    for (const l of labels) {
      if (!container.contains(l.el) || values[l.field] !== undefined) continue;
      values[l.field] = l.inline ?? valueOf(l.el);
    }
    if (values.amount === undefined) continue;
    // Cards often show the status as a bare badge ("Pagata") rather than a labelled value.
    if (values.status === undefined) values.status = statusBadge(container);
    const invoice = build(values, container, pageUrl);
    if (invoice) {
      used.add(container);
      out.push(invoice);
    }
  }
  return out;
}

/** Every invoice shown under `root`, once each (by number), in page order. */
export function parseInvoices(root: Root, pageUrl: string): ParsedInvoice[] {
  const seen = new Set<Element>();
  const all = [...fromTables(root, pageUrl, seen), ...fromLabelledContainers(root, pageUrl, seen)];
  const byNumber = new Map<string, ParsedInvoice>();
  for (const inv of all) if (!byNumber.has(inv.number)) byNumber.set(inv.number, inv);
  return [...byNumber.values()];
}

/** True when the page presents itself as a list of invoices (title or a heading). */
export function looksLikeInvoicePage(doc: Document): boolean {
  if (invoicesPage.pageHeading.test(doc.title)) return true;
  for (const h of doc.querySelectorAll('h1, h2, [role="heading"]')) if (invoicesPage.pageHeading.test(text(h))) return true;
  return false;
}
