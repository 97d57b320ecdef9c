/**
 * The portal pages written apart from the readers (tests/fixtures/unseen/<kind>/NAME.html), each with what a
 * careful person reads on it (NAME.expected.json): one loader for the unit and the browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'unseen');

/** What a line page shows: the paid extras, in page order, and the rows that are not. */
export interface ExpectedServices {
  url: string;
  /** Why the detector cannot read this page yet: then it must report nothing that is not a paid extra on it. */
  unread?: string;
  paidExtras: { name: string; catalogId: string | null; cents: number | null; period: string | null }[];
  notExtras: string[];
}

/** What an invoice page shows: its invoices, in page order, and what is not one. */
export interface ExpectedInvoices {
  url: string;
  /** The carrier whose customer area the page is (content/operators). */
  carrier: string;
  /** Why the reader cannot read this page yet: then it must give no invoice that the page does not show as given. */
  unread?: string;
  invoices: { number: string; issueDate: string | null; amountCents: number | null; dueDate: string | null; status: string | null; documentUrl: string | null }[];
  notInvoices: string[];
}

interface Expected {
  services: ExpectedServices;
  invoices: ExpectedInvoices;
}

export interface UnseenPage<K extends keyof Expected> {
  /** NAME, without ".html". */
  name: string;
  html: string;
  url: URL;
  expected: Expected[K];
}

/** Every unseen page of `kind`, by name. */
export function unseenPages<K extends keyof Expected>(kind: K): UnseenPage<K>[] {
  const dir = join(ROOT, kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.html'.length);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected[K];
      return { name, html: readFileSync(join(dir, f), 'utf8'), url: new URL(expected.url), expected };
    });
}
