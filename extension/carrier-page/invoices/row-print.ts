/**
 * A fingerprint of one invoice row as it stands: the page's address, the columns it is read with, its text and
 * its links. A row whose fingerprint the archive already holds, with that invoice archived in full, is not
 * read again on a later visit (a page of 1,000 invoices with one new reads one row). Any change in the row,
 * in its columns or in a link gives another fingerprint, and the row is read.
 */

/** 53 bits of a string (cyrb53): enough that two different rows of one page never share a print in practice. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The page and columns part of the last prints, hashed once for all the rows of a grid. */
let lastContext = { pageUrl: '', columns: '', hash: hash53('\n') };

/** The row's fingerprint: read with one text call and one look at its links, not cell by cell. */
export function rowPrint(pageUrl: string, columns: string, row: Element): string {
  if (lastContext.pageUrl !== pageUrl || lastContext.columns !== columns) lastContext = { pageUrl, columns, hash: hash53(`${pageUrl}\n${columns}`) };
  let text = `${lastContext.hash}\n${row.textContent ?? ''}`;
  const links = row.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) text += `\n${links[i]!.getAttribute('href') ?? ''}`;
  return hash53(text);
}

/** What a read knows of the rows of earlier visits, and what it tells the archive back. */
export interface RowPrints {
  /** Prints of rows whose invoice is archived in full: skipped. */
  known: ReadonlySet<string>;
  /** Filled by the read: prints of the rows skipped as known. */
  skipped: string[];
  /** Filled by the read: each row read, its print and the number of the invoice it gave. */
  read: [print: string, number: string][];
}

export function rowPrints(known: Iterable<string> = []): RowPrints {
  return { known: new Set(known), skipped: [], read: [] };
}
