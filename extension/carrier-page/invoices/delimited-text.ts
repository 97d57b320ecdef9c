/**
 * Invoices listed as delimited text, one per line, under a line that names the fields ("data_emissione;
 * numero_documento;descrizione;importo;data_addebito;stato;pdf"), as a portal shows a list "in a format for
 * spreadsheets" inside a `<pre>`. The delimiter is the one that makes the first line name an invoice's number
 * and amount; a field in double quotes may hold the delimiter ("Giga 250; rinnovo mensile"); lines starting
 * with "#" are comments, and a line with another number of fields is none of the list's.
 */
import { fieldForLabel, type InvoiceField } from './field-values.ts';

/** The values one line gives, by field, as printed. */
export type LineValues = Partial<Record<InvoiceField, string>>;

const DELIMITERS = [';', '\t', '|', ','];
/** The fewest fields a header names for its lines to be a list of invoices. */
const MIN_NAMED = 3;

/** One line's fields, split at `delimiter` outside double quotes ("" inside quotes is one quote). */
export function splitFields(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

/** The field each heading names ("numero_documento" → number), with the delimiter that splits it so; null when none makes a list of invoices. */
function readHeader(line: string): { delimiter: string; fields: (InvoiceField | null)[] } | null {
  for (const delimiter of DELIMITERS) {
    if (!line.includes(delimiter)) continue;
    const fields = splitFields(line, delimiter).map((name) => fieldForLabel(name.replace(/[_.]+/g, ' ')));
    if (fields.includes('number') && fields.includes('amount') && fields.filter(Boolean).length >= MIN_NAMED) return { delimiter, fields };
  }
  return null;
}

/**
 * The invoices of a block of delimited lines, each with the index of its line in `lines`; empty when no line
 * names the fields first.
 */
export function delimitedRecords(lines: readonly string[]): { line: number; values: LineValues }[] {
  let header: ReturnType<typeof readHeader> = null;
  const out: { line: number; values: LineValues }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (!text || text.startsWith('#')) continue;
    if (!header) {
      header = readHeader(text);
      continue;
    }
    const parts = splitFields(text, header.delimiter);
    if (parts.length !== header.fields.length) continue;
    const values: LineValues = {};
    header.fields.forEach((field, k) => {
      if (field && values[field] === undefined && parts[k]) values[field] = parts[k];
    });
    if (values.number) out.push({ line: i, values });
  }
  return out;
}
