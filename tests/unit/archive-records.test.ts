/**
 * One schema per archive record (extension/lib/archive/records.ts): what a page may send and what a backup
 * may hold are the same invoice (the same paid extra seen), so a record the message cleaner keeps is one the
 * backup check accepts, and a field of the schema is judged alike by both: a value of the wrong kind is
 * nulled (or drops the record) in a message and refuses the whole backup, naming that field. The checks walk
 * the schemas' own fields, so a field added to one is covered here without a new test.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import fc from 'fast-check';
import { openArchive } from '../../extension/lib/archive/db.ts';
import { captureInvoices } from '../../extension/lib/archive/archive.ts';
import { checkBackup, createBackup } from '../../extension/lib/archive/backup.ts';
import catalog from 'virtual:sentinella-catalog';
import { cleanInvoices, readInvoiceMessage } from '../../extension/lib/archive/clean-invoices.ts';
import { cleanSeenExtras, readSeenExtrasMessage } from '../../extension/lib/archive/clean-seen-extras.ts';
import { recordSeenExtras } from '../../extension/lib/archive/seen-extras.ts';
import { invoiceRecord, parsedInvoice, seenExtra, seenExtraRecord, type ParsedInvoice, type SeenExtra } from '../../extension/lib/archive/records.ts';
import { extraKey } from '../../extension/lib/extra-key.ts';
import { normalizeName } from '../../shared/text.ts';

const ORIGIN = 'https://www.tim.it';
let n = 0;
const fresh = () => openArchive(`test-records-${++n}`);

/** Text as a page shows it: not empty, no spaces around it. */
const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() === s && s !== '');
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const invoiceArb: fc.Arbitrary<ParsedInvoice> = fc.record({
  number: text(60),
  period: fc.option(text(120)),
  periodMonth: fc.option(day.map((d) => d.slice(0, 7))),
  issueDate: fc.option(day),
  amountCents: fc.option(fc.integer({ min: -1_000_000, max: 10_000_000 })),
  dueDate: fc.option(day),
  status: fc.option(fc.constantFrom('paid' as const, 'unpaid' as const)),
  line: fc.option(text(120)),
  documentUrl: fc.option(fc.stringMatching(/^[a-z0-9]{1,20}$/).map((id) => `${ORIGIN}/mytim/fatture/documento?n=${id}`)),
  items: fc.array(fc.record({ label: text(120), amountCents: fc.integer({ min: -100_000, max: 100_000 }) }), { maxLength: 5 }),
});

async function backupOf(invoices: ParsedInvoice[]) {
  const db = await fresh();
  await captureInvoices(db, 'tim', invoices, new Date('2026-10-10T10:00:00Z'));
  return JSON.parse(JSON.stringify(await createBackup(db)));
}

const fields = Object.keys(parsedInvoice.shape) as (keyof ParsedInvoice)[];

describe('the invoice schema is the one both sides read', () => {
  test('the cleaner keeps exactly the fields of the schema, and an archived invoice has them all', () => {
    const [cleaned] = cleanInvoices([{ ...fc.sample(invoiceArb, { numRuns: 1, seed: 7 })[0], extra: 'x', id: 'tim:altro' }], ORIGIN);
    expect(Object.keys(cleaned!).sort()).toEqual([...fields].sort());
    expect(Object.keys(invoiceRecord.shape)).toEqual(expect.arrayContaining(fields));
  });

  test('an invoice a page may send is kept by the cleaner as sent, and its backup is accepted with it', async () => {
    await fc.assert(
      fc.asyncProperty(invoiceArb, async (invoice) => {
        expect(cleanInvoices([invoice], ORIGIN)).toEqual([invoice]);
        const checked = checkBackup(JSON.stringify(await backupOf([invoice])));
        if (!checked.ok) throw new Error(checked.error);
        expect(checked.backup.invoices).toEqual([expect.objectContaining(invoice)]);
      }),
      { numRuns: 40 },
    );
  });

  test.each(fields)('a value of the wrong kind in "%s": the cleaner leaves it out, the backup check refuses the file naming it', async (field) => {
    const invoice = fc.sample(invoiceArb, { numRuns: 1, seed: 11 })[0]!;
    const wrong = { kind: 'non è un valore di nessun campo' };
    const message = readInvoiceMessage([{ ...invoice, [field]: wrong }], ORIGIN);
    if (parsedInvoice.shape[field].safeParse(null).success) {
      expect(message.invoices).toEqual([{ ...invoice, [field]: null }]);
    } else if (Array.isArray(invoice[field])) {
      expect(message.invoices).toEqual([{ ...invoice, [field]: [] }]);
    } else {
      expect(message.invoices).toEqual([]);
      expect(message.dropped).toEqual([{ index: 0, reason: expect.stringContaining(field) }]);
    }
    const backup = await backupOf([invoice]);
    backup.invoices[0][field] = wrong;
    const checked = checkBackup(JSON.stringify(backup));
    expect(checked).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`danneggiato \\(invoices\\.0\\.${field}: .*nessun dato è stato importato`)) });
  });

  test('a day or month that does not exist: nulled in a message, and a backup holding it is refused naming the invoice', async () => {
    const invoice = { ...fc.sample(invoiceArb, { numRuns: 1, seed: 3 })[0]!, number: 'D1' };
    for (const [field, value, words] of [['issueDate', '2026-02-30', 'la data 2026-02-30 non esiste'], ['dueDate', '2026-99-99', 'la data 2026-99-99 non esiste'], ['periodMonth', '2026-13', 'il mese 2026-13 non esiste']] as const) {
      expect(cleanInvoices([{ ...invoice, [field]: value }], ORIGIN)).toEqual([{ ...invoice, [field]: null }]);
      const backup = await backupOf([invoice]);
      backup.invoices[0][field] = value;
      const checked = checkBackup(JSON.stringify(backup));
      expect(checked).toEqual({ ok: false, error: expect.stringContaining(`fattura tim:D1: ${words}`) });
    }
  });
});

test('the invoices left out of a message come with the reason', () => {
  const good = fc.sample(invoiceArb, { numRuns: 1, seed: 5 })[0]!;
  const message = readInvoiceMessage(['non una fattura', { ...good, number: '   ' }, good, { ...good, amountCents: 1 }], ORIGIN);
  expect(message.invoices).toEqual([good]);
  expect(message.dropped).toEqual([
    { index: 0, reason: 'non è un oggetto' },
    { index: 1, reason: expect.stringMatching(/^number: /) },
    { index: 3, reason: `numero ${good.number} già nel messaggio` },
  ]);
});

test('a backup\'s shape errors are told in Italian, with the field', async () => {
  const backup = await backupOf([{ ...fc.sample(invoiceArb, { numRuns: 1, seed: 9 })[0]!, number: 'W1' }]);
  backup.invoices[0].status = 'rubata';
  backup.invoices[0].history = [];
  expect(checkBackup(JSON.stringify(backup))).toEqual({ ok: false, error: expect.stringMatching(/danneggiato \(invoices\.0\.status: atteso "paid" o "unpaid"\)/) });
  backup.invoices[0].status = 'paid';
  expect(checkBackup(JSON.stringify(backup))).toEqual({ ok: false, error: expect.stringMatching(/danneggiato \(invoices\.0\.history: almeno un elemento\)/) });
});

describe('whatever a page sends, what the cleaners keep is a record the backup check accepts', () => {
  test.each(fields)('any value in the invoice\'s "%s"', (field) => {
    fc.assert(
      fc.property(invoiceArb, fc.anything(), (invoice, value) => {
        for (const kept of cleanInvoices([{ ...invoice, [field]: value }], ORIGIN)) expect(parsedInvoice.safeParse(kept).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

const SERVICE_IDS = catalog.services.map((s) => s.id);
const words = fc.array(fc.stringMatching(/^[A-Za-z0-9àè]{1,10}$/), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const extraArb: fc.Arbitrary<SeenExtra> = fc
  .record({
    serviceId: fc.constantFrom(...SERVICE_IDS, 'unknown'),
    name: words,
    line: fc.option(fc.stringMatching(/^\d{6,12}$/)),
    listing: fc.integer({ min: 1, max: 3 }),
    price: fc.option(fc.record({ cents: fc.nat({ max: 100_000 }), period: fc.option(fc.constantFrom(...seenExtra.shape.period.def.innerType.options)) })),
    priceFromCatalog: fc.boolean(),
  })
  .map(({ serviceId, name, line, listing, price, priceFromCatalog }) => ({
    serviceId,
    key: extraKey(serviceId === 'unknown' ? `unknown:${normalizeName(name)}` : serviceId, line, listing),
    name,
    priceCents: price?.cents ?? null,
    period: price?.period ?? null,
    priceFromCatalog,
    line,
  }));
const extraFields = Object.keys(seenExtra.shape) as (keyof SeenExtra)[];
const ids = new Set(SERVICE_IDS);

async function backupOfExtras(extras: SeenExtra[]) {
  const db = await fresh();
  await recordSeenExtras(db, 'tim', extras, new Date('2026-10-10T10:00:00Z'));
  return JSON.parse(JSON.stringify(await createBackup(db)));
}

describe('the seen-extra schema is the one both sides read', () => {
  test('the cleaner keeps exactly the fields of the schema, and a sighting record has them all', () => {
    const [cleaned] = cleanSeenExtras([{ ...fc.sample(extraArb, { numRuns: 1, seed: 2 })[0], wanted: true, extra: 'x' }], ids);
    expect(Object.keys(cleaned!).sort()).toEqual([...extraFields].sort());
    expect(Object.keys(seenExtraRecord.shape)).toEqual(expect.arrayContaining(extraFields));
  });

  test('a paid extra a page may send is kept as sent, and its backup is accepted with it', async () => {
    await fc.assert(
      fc.asyncProperty(extraArb, async (extra) => {
        expect(cleanSeenExtras([extra], ids)).toEqual([extra]);
        const checked = checkBackup(JSON.stringify(await backupOfExtras([extra])));
        if (!checked.ok) throw new Error(checked.error);
        expect(checked.backup.seenExtras).toEqual([expect.objectContaining(extra)]);
      }),
      { numRuns: 40 },
    );
  });

  test.each(extraFields)('any value in "%s": what the cleaner keeps fits the schema; a wrong kind refuses the backup naming it', async (field) => {
    fc.assert(
      fc.property(extraArb, fc.anything(), (extra, value) => {
        for (const kept of cleanSeenExtras([{ ...extra, [field]: value }], ids)) expect(seenExtra.safeParse(kept).success).toBe(true);
      }),
      { numRuns: 60 },
    );
    const backup = await backupOfExtras([fc.sample(extraArb, { numRuns: 1, seed: 4 })[0]!]);
    backup.seenExtras[0][field] = { kind: 'non è un valore di nessun campo' };
    expect(checkBackup(JSON.stringify(backup))).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`\\(seenExtras\\.0\\.${field}: `)) });
  });

  test('a price below zero is no price in a message, and a backup holding one is refused', async () => {
    const extra = { ...fc.sample(extraArb, { numRuns: 1, seed: 6 })[0]!, priceCents: 199, period: 'month' as const };
    expect(cleanSeenExtras([{ ...extra, priceCents: -199 }], ids)).toEqual([{ ...extra, priceCents: null, period: null }]);
    const backup = await backupOfExtras([extra]);
    backup.seenExtras[0].priceCents = -199;
    expect(checkBackup(JSON.stringify(backup))).toEqual({ ok: false, error: expect.stringMatching(/\(seenExtras\.0\.priceCents: almeno 0\)/) });
  });

  test('the extras left out of a message come with the reason', () => {
    const extra = { ...fc.sample(extraArb, { numRuns: 1, seed: 8 })[0]!, line: '3331234567' };
    const good = { ...extra, key: extraKey(extra.serviceId === 'unknown' ? `unknown:${normalizeName(extra.name)}` : extra.serviceId, '3331234567') };
    const message = readSeenExtrasMessage([{ ...good, name: '  ' }, { ...good, line: '3339876543' }, good], ids);
    expect(message.extras).toEqual([good]);
    expect(message.dropped).toEqual([
      { index: 0, reason: expect.stringMatching(/^name: /) },
      { index: 1, reason: expect.stringMatching(/^key .*linea/) },
    ]);
  });
});
