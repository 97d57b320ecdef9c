/**
 * Restore refuses, before writing anything and with one message naming the record, what a hand-edited or
 * foreign backup can carry: ids given twice, days that do not exist, unknown carriers, document links on
 * another site, oversized documents and files. What it merges takes status and amount from the newest
 * history entry, and a document is attached only to an invoice that says it has one.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { openArchive } from '../../extension/lib/archive/db.ts';
import { captureInvoices, getDocument, listInvoices, storeDocument } from '../../extension/lib/archive/archive.ts';
import { checkBackup, createBackup, MAX_BACKUP_BYTES, restoreBackup, type Backup } from '../../extension/lib/archive/backup.ts';
import { MAX_DOCUMENT_BYTES } from '../../extension/lib/archive/limits.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

let n = 0;
const fresh = () => openArchive(`test-restore-${++n}`);
const invoice = (number: string, over: Partial<ParsedInvoice> = {}): ParsedInvoice => ({ number, period: null, periodMonth: '2026-09', issueDate: '2026-10-05', amountCents: 2990, dueDate: '2026-10-26', status: 'unpaid', line: null, documentUrl: `https://www.tim.it/mytim/fatture/documento?n=${number}`, items: [], ...over });

async function goodBackup(): Promise<Backup> {
  const db = await fresh();
  await captureInvoices(db, 'tim', [invoice('R1'), invoice('R2', { issueDate: '2026-09-05' })], new Date('2026-10-10T10:00:00Z'));
  await storeDocument(db, 'tim:R1', new TextEncoder().encode('%PDF-1.4 R1').buffer as ArrayBuffer, 'application/pdf');
  return JSON.parse(JSON.stringify(await createBackup(db)));
}

describe('a backup that cannot be right is refused, naming the record', () => {
  test.each<[string, (b: Backup) => void, RegExp]>([
    ['an invoice id given twice', (b) => b.invoices.push({ ...b.invoices[0]! }), /fattura tim:R1 presente due volte/],
    ['a day that does not exist', (b) => (b.invoices[1]!.dueDate = '2026-99-99'), /fattura tim:R2: la data 2026-99-99 non esiste/],
    ['the 30th of February', (b) => (b.invoices[0]!.issueDate = '2026-02-30'), /fattura tim:R1: la data 2026-02-30 non esiste/],
    ['an unknown carrier', (b) => Object.assign(b.invoices[0]!, { carrier: 'timm', id: 'timm:R1' }), /fattura timm:R1: operatore sconosciuto "timm"/],
    ['a document link on another site', (b) => (b.invoices[1]!.documentUrl = 'https://fatture.example.com/R2.pdf'), /fattura tim:R2: il documento è su un altro sito \(fatture\.example\.com\)/],
    ['a document link on another carrier', (b) => (b.invoices[1]!.documentUrl = 'https://www.iliad.it/account/R2.pdf'), /fattura tim:R2: il documento è su un altro sito \(www\.iliad\.it\)/],
    ['a document link over plain http', (b) => (b.invoices[1]!.documentUrl = 'http://www.tim.it/R2.pdf'), /fattura tim:R2: il documento è su un altro sito/],
    ['a document given twice', (b) => b.documents.push({ ...b.documents[0]! }), /documento tim:R1 presente due volte/],
    ['a document over the size cap', (b) => (b.documents[0]!.size = MAX_DOCUMENT_BYTES + 1), /documento tim:R1 più grande del massimo/],
  ])('%s', async (_name, spoil, message) => {
    const backup = await goodBackup();
    spoil(backup);
    const checked = checkBackup(JSON.stringify(backup));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error).toMatch(message);
      expect(checked.error).toMatch(/nessun dato è stato importato/);
    }
  });
});

describe('what a restore merges', () => {
  test('status and amount come from the newest history entry, whatever the record says', async () => {
    const backup = await goodBackup();
    const inv = backup.invoices.find((i) => i.id === 'tim:R2')!;
    inv.status = 'unpaid';
    inv.amountCents = 1;
    inv.history = [
      { at: '2026-10-20T10:00:00.000Z', status: 'paid', amountCents: 2990 },
      { at: '2026-10-10T10:00:00.000Z', status: 'unpaid', amountCents: 2990 },
    ];
    const checked = checkBackup(JSON.stringify(backup));
    expect(checked.ok).toBe(true);
    const target = await fresh();
    await restoreBackup(target, checked as Extract<typeof checked, { ok: true }>);
    const restored = (await listInvoices(target)).find((i) => i.id === 'tim:R2')!;
    expect([restored.status, restored.amountCents]).toEqual(['paid', 2990]);
  });

  test('a document is attached only to an invoice that says it has one', async () => {
    const backup = await goodBackup();
    backup.invoices.find((i) => i.id === 'tim:R1')!.document = { state: 'none', attempts: 0 };
    const checked = checkBackup(JSON.stringify(backup));
    expect(checked.ok).toBe(true);
    const target = await fresh();
    const result = await restoreBackup(target, checked as Extract<typeof checked, { ok: true }>);
    expect(result.documents).toBe(0);
    expect(await getDocument(target, 'tim:R1')).toBeUndefined();
  });
});

test('a backup file over the size limit is refused with a message, before it is read', async () => {
  const store = await import('../../extension/entrypoints/archive/store.ts');
  let read = false;
  const huge = { size: MAX_BACKUP_BYTES + 1, text: async () => ((read = true), '{}') } as unknown as File;
  await store.restoreFrom(huge);
  expect(read).toBe(false);
  expect(store.notice.value).toMatchObject({ kind: 'error', text: expect.stringMatching(/troppo grande per essere ripristinato .*il massimo è 2\.048 MB/) });
});
