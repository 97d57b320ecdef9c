/** The archive page's state (signals) and the actions that change the archive. */
import { computed, signal } from '@preact/signals';
import { openArchive, type ArchiveDB } from '../../lib/archive/db.ts';
import { deleteInvoice, lastCapture, lastError, listInvoices } from '../../lib/archive/archive.ts';
import { MAX_BACKUP_BYTES, restoreBackup, type BackupCheck } from '../../lib/archive/backup.ts';
import { checkBackupFile } from '../../lib/archive/backup-stream.ts';
import { invoiceYear, NO_LINE } from '../../lib/archive/summaries.ts';
import { listSeenExtras } from '../../lib/archive/seen-extras.ts';
import { adoptArchivedWanted, loadWanted, watchWanted } from '../../lib/wanted-services.ts';
import type { CaptureSummary, InvoiceRecord, SeenExtraRecord } from '../../lib/archive/types.ts';
import { formatNumber } from '../../../shared/format.ts';
import { t } from '../../lib/i18n.ts';

// The promise is kept, not the database: two early callers share one connection instead of opening two.
// A connection the browser or a newer version closes is forgotten: the next call opens a fresh one.
let db: Promise<ArchiveDB> | undefined;
export function archiveDb(): Promise<ArchiveDB> {
  db ??= openArchive(
    undefined,
    () => {
      db = undefined;
    },
    () => {
      notice.value = { kind: 'error', text: t('archiveBlocked') };
    },
  ).catch((error: unknown) => {
    db = undefined;
    throw error;
  });
  return db;
}

/** A database error, worded for the page: it says the archive could not be read, never that something is missing. */
export function databaseError(error: unknown): string {
  return t('archiveReadError', (error as Error)?.message ?? String(error));
}

export const invoices = signal<InvoiceRecord[]>([]);
/** Paid extras the spotlight saw on the portal. */
export const seenExtras = signal<SeenExtraRecord[]>([]);
/** The services the user wants to keep ("Lo voglio tenere"), shared with the spotlight; null until read. */
export const wantedKeys = signal<ReadonlySet<string> | null>(null);
export const capture = signal<CaptureSummary | undefined>(undefined);
export const storageError = signal<string | undefined>(undefined);
/** Set when the archive could not be opened or read: the page says so instead of showing an empty archive. */
export const unavailable = signal<string | undefined>(undefined);
/** A short message after an action (restore done, letter copied), read out by screen readers. */
export const notice = signal<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined);

export const filters = {
  carrier: signal(''),
  line: signal(''),
  year: signal(''),
  status: signal(''),
};

export const filtered = computed(() => {
  const [carrier, line, year, status] = [filters.carrier.value, filters.line.value, filters.year.value, filters.status.value];
  return invoices.value.filter(
    (inv) =>
      (!carrier || inv.carrier === carrier) &&
      (!line || (inv.line ?? NO_LINE) === line) &&
      (!year || invoiceYear(inv) === year) &&
      (!status || inv.status === status),
  );
});

export async function load(): Promise<void> {
  let list: InvoiceRecord[];
  let last: CaptureSummary | undefined;
  let error: { message: string } | undefined;
  let seen: SeenExtraRecord[];
  try {
    const d = await archiveDb();
    [list, last, error, seen] = await Promise.all([listInvoices(d), lastCapture(d), lastError(d), listSeenExtras(d)]);
  } catch (failure) {
    unavailable.value = t('archiveUnavailable', databaseError(failure));
    throw failure;
  }
  unavailable.value = undefined;
  invoices.value = list;
  seenExtras.value = seen;
  capture.value = last;
  storageError.value = error?.message;
}

/**
 * Reads the wanted services (after taking over those an older archive kept in its records) and follows
 * changes made in the spotlight or another page.
 */
export async function followWanted(): Promise<void> {
  await archiveDb().then(adoptArchivedWanted).catch(() => undefined);
  wantedKeys.value = await loadWanted();
  watchWanted((next) => {
    wantedKeys.value = next;
  });
}

export async function remove(id: string): Promise<void> {
  try {
    await deleteInvoice(await archiveDb(), id);
  } catch (error) {
    // The row stays: say why instead of leaving the user to wonder whether it is gone.
    notice.value = { kind: 'error', text: t('archiveDeleteFailed', (error as Error)?.message ?? String(error)) };
    return;
  }
  invoices.value = invoices.value.filter((inv) => inv.id !== id);
}

export async function restoreFrom(file: File): Promise<void> {
  if (file.size > MAX_BACKUP_BYTES) {
    const mb = (n: number) => formatNumber(Math.round(n / 1024 / 1024));
    notice.value = { kind: 'error', text: t('archiveRestoreTooLarge', [mb(file.size), mb(MAX_BACKUP_BYTES)]) };
    return;
  }
  let checked: BackupCheck;
  try {
    // Streamed, never read as one string: a backup of a large archive is bigger than a string can hold.
    checked = await checkBackupFile(file);
  } catch (error) {
    notice.value = { kind: 'error', text: t('archiveRestoreUnreadable', (error as Error)?.message ?? String(error)) };
    return;
  }
  if (!checked.ok) {
    notice.value = { kind: 'error', text: checked.error };
    return;
  }
  try {
    const r = await restoreBackup(await archiveDb(), checked);
    // The kept keys the file carried join the wanted list (the list's watcher updates the page).
    await adoptArchivedWanted(await archiveDb()).catch(() => undefined);
    const counts = [String(r.added), String(r.merged), String(r.documents)];
    notice.value = { kind: 'ok', text: r.extras > 0 ? t('archiveRestoredWithExtras', [...counts, String(r.extras)]) : t('archiveRestored', counts) };
  } catch (error) {
    notice.value = { kind: 'error', text: t('archiveRestoreFailed', (error as Error).message) };
  }
  await load();
}
