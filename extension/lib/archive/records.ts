/**
 * The archive's records, each shape written once as a zod/mini schema with a doc comment on every field:
 * an invoice as a portal page shows it, its detail lines, its status history and document state, the
 * archived invoice, a paid extra as the spotlight saw it and its sighting record. Everything else follows
 * from here: the TypeScript types (re-exported by types.ts), the lenient cleaners of what content scripts
 * send (clean-invoices.ts, clean-seen-extras.ts keep what fits these schemas) and the strict check of a
 * backup file (backup.ts refuses what does not).
 *
 * A field's schema says what a value must be anywhere (its kind, a day or month that exists, a price of zero
 * or more); what only one source needs stays with it: the message limits and the key's agreement with its
 * service and line in the cleaners, the carriers and their hosts and the older files' fields in backup.ts.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../../../shared/calendar-date.ts';
import type { Period } from '../../../shared/money.ts';
import { invoiceId } from './types.ts';

// Extension pages forbid code built from strings (CSP): zod validates without compiling validators at run time.
z.config({ jitless: true });

/** A day written YYYY-MM-DD that exists on the calendar ("2026-02-30" does not). */
const day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine(isCalendarDate, { error: (issue) => `la data ${String(issue.input)} non esiste` }),
);

/** A month written YYYY-MM, 01 to 12. */
const month = z.string().check(
  z.regex(/^\d{4}-\d{2}$/),
  z.refine((value) => /^\d{4}-(?:0[1-9]|1[0-2])$/.test(value), { error: (issue) => `il mese ${String(issue.input)} non esiste` }),
);

/** A moment Sentinella wrote (an ISO timestamp): it must read back as a date. */
const moment = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { error: (issue) => `il momento "${String(issue.input)}" non è una data` }));

/** An amount in euro cents (a whole number; negative for a refund). */
const cents = z.int();

/** A count, a size or a price seen: a whole number, zero or more. */
const count = z.int().check(z.minimum(0));

export const invoiceStatus = z.enum(['paid', 'unpaid']);

/** One detail line printed with an invoice (e.g. "TIM Safe Web Mobile 2,00 €"), when the portal shows them. */
export const invoiceItem = z.object({
  /** The line's label as printed ("TIM Safe Web Mobile"). */
  label: z.string(),
  /** Its amount in cents. */
  amountCents: cents,
});

/** An invoice as read from a portal page: every field but the number may be missing. */
export const parsedInvoice = z.object({
  /** The number as the portal shows it ("8A00123456"). */
  number: z.string().check(z.minLength(1)),
  /** The billing period as shown ("01/09/2026 - 30/09/2026", "Settembre 2026"), or null. */
  period: z.nullable(z.string()),
  /** The first month the period covers, YYYY-MM (from the period, else the issue date), or null. */
  periodMonth: z.nullable(month),
  /** The day the invoice was issued, YYYY-MM-DD, or null. */
  issueDate: z.nullable(day),
  /** The total to pay in cents, or null when the page shows none. */
  amountCents: z.nullable(cents),
  /** The day payment is due, YYYY-MM-DD, or null. */
  dueDate: z.nullable(day),
  /** Paid or unpaid as the page says, or null when it does not say. */
  status: z.nullable(invoiceStatus),
  /** The line number or customer code, when shown. */
  line: z.nullable(z.string()),
  /** Absolute URL of the document, same origin as the page only. */
  documentUrl: z.nullable(z.string()),
  /** The detail lines printed with the invoice (empty when the portal shows none). */
  items: z.array(invoiceItem),
});

export const documentState = z.enum(['none', 'stored', 'failed']);

/** One status Sentinella saw an invoice in. */
export const statusChange = z.object({
  /** When Sentinella saw the change (ISO timestamp). */
  at: moment,
  /** The status then, or null when the page did not say. */
  status: z.nullable(invoiceStatus),
  /** The amount then, in cents, or null. */
  amountCents: z.nullable(cents),
});

/** Whether the invoice's document is in the archive, and what the last attempt to fetch it gave. */
export const invoiceDocument = z.object({
  /** "stored" once the document is in the archive; "failed" after a fetch that gave no document. */
  state: documentState,
  /** How many times the document was fetched. */
  attempts: count,
  /** Why the last fetch gave no document. */
  lastError: z.optional(z.string()),
  /** The stored document's size in bytes. */
  size: z.optional(count),
  /** The stored document's type ("application/pdf", "image/png", …). */
  type: z.optional(z.string()),
});

/** An archived invoice: keyed by carrier and number. */
export const invoiceRecord = z
  .extend(parsedInvoice, {
    /** `${carrier}:${number}` */
    id: z.string().check(z.minLength(3)),
    /** The carrier's id (content/operators), taken from the page the invoice was read on. */
    carrier: z.string().check(z.minLength(1)),
    /** When Sentinella first archived it (ISO timestamp). */
    firstSeen: moment,
    /** When Sentinella last changed it (a visit that changes nothing writes nothing). */
    lastSeen: moment,
    /** Every status seen, oldest first (the first entry is the status at first sight). */
    history: z.array(statusChange).check(z.minLength(1)),
    /** Whether its document is stored, and how fetching it went. */
    document: invoiceDocument,
  })
  .check(z.refine((inv) => inv.id === invoiceId(inv.carrier, inv.number), { error: 'id diverso da operatore:numero' }));

/** How often a price is charged: the content schemas' periods (shared/schemas/common.ts), held equal by the types below. */
const PERIODS = ['day', 'week', 'four-weeks', 'month', 'two-months', 'four-months', 'year', 'one-off', 'per-use'] as const satisfies readonly Period[];
const everyPeriodListed: [Exclude<Period, (typeof PERIODS)[number]>] extends [never] ? true : never = true;
void everyPeriodListed;
export const pricePeriod = z.enum(PERIODS);

/** A paid extra as the spotlight saw it on a portal page (sent by the content script). */
export const seenExtra = z.object({
  /** The catalog id, or "unknown" for a paid service not in the catalog. */
  serviceId: z.string().check(z.minLength(1)),
  /** The detector's key, carried as is (grammar in extension/lib/extra-key.ts); "Lo voglio tenere" keeps this key. */
  key: z.string().check(z.minLength(1)),
  /** The name as the page shows it. */
  name: z.string().check(z.minLength(1)),
  /** The price as the page shows it, or the catalog's when the page shows none (`priceFromCatalog`), in cents. */
  priceCents: z.nullable(count),
  /** How often that price is charged, or null when no price is known. */
  period: z.nullable(pricePeriod),
  /** True when the page showed no price and `priceCents` is the catalog's. */
  priceFromCatalog: z.boolean(),
  /** The line the page shows the service on, when it shows one. */
  line: z.nullable(z.string()),
});

/** The sighting record's fields, before the check that its id is made of them (backup.ts extends these). */
export const seenExtraRecordFields = z.extend(seenExtra, {
  /** `${carrier}|${line}|${key}` */
  id: z.string().check(z.minLength(3)),
  /** The carrier's id (content/operators), taken from the page the extra was seen on. */
  carrier: z.string().check(z.minLength(1)),
  /** When Sentinella first saw it on the portal (ISO timestamp, as written; not read back as a date). */
  firstSeen: z.string(),
  /** When Sentinella last saw it on the portal (ISO timestamp, as written). */
  lastSeen: z.string(),
});

/** The id a sighting record must have. */
export const seenExtraIdMatches = z.refine<{ id: string; carrier: string; line: string | null; key: string }>((e) => e.id === `${e.carrier}|${e.line ?? ''}|${e.key}`, { error: 'id diverso da operatore|linea|servizio' });

/**
 * A paid extra seen on the portal, kept per (carrier, line, key). Whether the user keeps it is not here: the
 * one list of kept keys is extension/lib/wanted-services.ts.
 */
export const seenExtraRecord = seenExtraRecordFields.check(seenExtraIdMatches);

export type InvoiceStatus = z.infer<typeof invoiceStatus>;
export type InvoiceItem = z.infer<typeof invoiceItem>;
export type ParsedInvoice = z.infer<typeof parsedInvoice>;
export type DocumentState = z.infer<typeof documentState>;
export type StatusChange = z.infer<typeof statusChange>;
export type InvoiceRecord = z.infer<typeof invoiceRecord>;
export type SeenExtra = z.infer<typeof seenExtra>;
export type SeenExtraRecord = z.infer<typeof seenExtraRecord>;

/** What the schemas' kinds are called in a message. */
const KINDS: Record<string, string> = {
  string: 'un testo',
  number: 'un numero',
  int: 'un numero intero',
  boolean: 'vero o falso',
  array: 'un elenco',
  object: 'un oggetto',
};

/**
 * An issue in words (Italian: it reaches the user inside a backup's error message). The schemas' own checks
 * carry their message; zod/mini brings no wording of its own, so the common kinds are told here.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `atteso ${KINDS[issue.expected] ?? issue.expected}${issue.input === null ? ', trovato null' : ''}`;
    case 'invalid_value':
      return `atteso ${issue.values.map((v) => JSON.stringify(v)).join(' o ')}`;
    case 'invalid_format':
      return 'scritto in una forma non valida';
    case 'too_small':
      if (issue.origin === 'array') return issue.minimum === 1 ? 'almeno un elemento' : `almeno ${String(issue.minimum)} elementi`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'testo vuoto' : `almeno ${String(issue.minimum)} caratteri`;
      return `almeno ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `al massimo ${String(issue.maximum)} elementi`;
      if (issue.origin === 'string') return `al massimo ${String(issue.maximum)} caratteri`;
      return `al massimo ${String(issue.maximum)}`;
    default:
      return 'valore non valido';
  }
}

/** Parse options that word zod's own issues with describeIssue. */
export const IN_ITALIAN = { error: describeIssue } as const;

/**
 * How much of a message from a page is read: the longest text per field (`text` unless named) and the most
 * entries of a list; `prepare` replaces that default reading of a field's value where a message needs its own
 * (a name cut to length instead of dropped, an id outside the catalog read as "unknown").
 */
export interface MessageLimits {
  text: number;
  fields?: Readonly<Record<string, number>>;
  list: number;
  prepare?: Readonly<Record<string, (value: unknown) => unknown>>;
}

export type Lenient<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Text from a page: trimmed; empty or longer than `max` is no text. */
function boundedText(value: string, max: number): string | null {
  return value.length <= max && value.trim() !== '' ? value.trim() : null;
}

/**
 * One record of a message from a page, read leniently against its schema: only the schema's fields are kept
 * (others are dropped), text is trimmed and bounded, a value that does not fit its field becomes null where
 * the field allows null, and a list keeps the entries that fit. A field that fits neither way (a missing
 * invoice number) drops the whole record, with the reason.
 */
export function readLeniently<S extends z.ZodMiniObject>(schema: S, raw: unknown, limits: MessageLimits): Lenient<z.infer<S>> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'non è un oggetto' };
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema._zod.def.shape)) {
    let value = (raw as Record<string, unknown>)[key];
    const prepare = limits.prepare?.[key];
    if (prepare) value = prepare(value);
    else if (typeof value === 'string') value = boundedText(value, limits.fields?.[key] ?? limits.text);
    if (field instanceof z.ZodMiniArray) {
      const element = field._zod.def.element;
      const entries = Array.isArray(value) ? value.slice(0, limits.list) : [];
      value = element instanceof z.ZodMiniObject ? entries.flatMap((entry) => {
        const read = readLeniently(element, entry, limits);
        return read.ok ? [read.value] : [];
      }) : entries.filter((entry) => z.safeParse(element, entry).success);
    }
    const parsed = z.safeParse(field, value, IN_ITALIAN);
    if (parsed.success) out[key] = parsed.data;
    else if (z.safeParse(field, null).success) out[key] = null;
    else return { ok: false, reason: `${key}: ${parsed.error.issues[0]!.message}` };
  }
  // The record's own checks (fields that must agree with each other), on the cleaned values.
  const whole = schema.safeParse(out, IN_ITALIAN);
  return whole.success ? { ok: true, value: whole.data as z.infer<S> } : { ok: false, reason: whole.error.issues[0]!.message };
}
