/**
 * Export (CSV, full JSON backup with documents, the accountant's ZIP with a progress bar), restore, and the
 * "archive automatically" option. An export that fails says so.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { backupPieces } from '../../lib/archive/backup-file.ts';
import { accountantZip, type ZipProgress } from '../../lib/archive/accountant-zip.ts';
import { invoicesToCsv } from '../../lib/archive/csv.ts';
import { archiveAutomatically } from '../../lib/archive/settings.ts';
import { loadWanted } from '../../lib/wanted-services.ts';
import { today } from '../../../shared/dates.ts';
import { archiveDb, filtered, notice, restoreFrom } from './store.ts';
import { t } from '../../lib/i18n.ts';
import { forgetEarlierExports, saveBigFile, saveCheckedFile, saveFile } from './download.ts';

const auto = signal<boolean | undefined>(undefined);
/** The accountant's ZIP while it is being built: documents done of total. */
const zipping = signal<ZipProgress | undefined>(undefined);
/** The full backup while it is being written: documents done of total. */
const backingUp = signal<{ done: number; total: number } | undefined>(undefined);

const reason = (error: unknown) => (error as Error)?.message ?? String(error);

async function backup() {
  if (backingUp.value) return;
  backingUp.value = { done: 0, total: 0 };
  try {
    // Written to disk piece by piece, then saved: a big archive's backup is larger than the browser keeps in memory.
    const pieces = backupPieces(await archiveDb(), new Date(), (done, total) => (backingUp.value = { done, total }), await loadWanted());
    await saveBigFile(`sentinella-backup-${today()}.json`, pieces, 'application/json');
  } catch (error) {
    notice.value = { kind: 'error', text: t('archiveBackupFailed', reason(error)) };
  } finally {
    backingUp.value = undefined;
  }
}

function BackupProgress() {
  const p = backingUp.value;
  if (!p || p.total === 0) return null;
  return (
    <p data-testid="backup-progress">
      <label>
        {t('archiveBackupProgress', [String(p.done), String(p.total)])}{' '}
        <progress max={p.total} value={p.done} />
      </label>
    </p>
  );
}

async function zipForAccountant() {
  if (zipping.value) return;
  zipping.value = { done: 0, total: 0 };
  try {
    const list = filtered.value;
    const blob = await accountantZip(await archiveDb(), list, invoicesToCsv(list, { italian: true }), (p) => (zipping.value = p));
    await saveCheckedFile(`fatture-per-il-commercialista-${today()}.zip`, blob);
    notice.value = { kind: 'ok', text: t('archiveZipReady', String(zipping.value.total)) };
  } catch (error) {
    notice.value = { kind: 'error', text: t('archiveZipFailed', reason(error)) };
  } finally {
    zipping.value = undefined;
  }
}

function ZipProgressBar() {
  const p = zipping.value;
  if (!p) return null;
  return (
    <p data-testid="zip-progress">
      <label>
        {t('archiveZipProgress', [String(p.done), String(p.total)])}{' '}
        <progress max={Math.max(1, p.total)} value={p.done} />
      </label>
    </p>
  );
}

export function BackupPanel() {
  useEffect(() => {
    void forgetEarlierExports();
    void archiveAutomatically.getValue().then((v) => (auto.value = v));
    return archiveAutomatically.watch((v) => (auto.value = v));
  }, []);
  return (
    <section aria-labelledby="backup-title" class="backup">
      <h2 id="backup-title">{t('archiveBackupTitle')}</h2>
      <p>
        <button type="button" onClick={() => saveFile(`fatture-${today()}.csv`, invoicesToCsv(filtered.value, { italian: true }), 'text/csv;charset=utf-8')}>{t('archiveCsvItalian')}</button>{' '}
        <button type="button" onClick={() => saveFile(`fatture-${today()}-intl.csv`, invoicesToCsv(filtered.value, { italian: false }), 'text/csv;charset=utf-8')}>{t('archiveCsvInternational')}</button>{' '}
        <button type="button" disabled={!!backingUp.value} onClick={() => void backup()}>{t('archiveFullBackup')}</button>{' '}
        <button type="button" disabled={!!zipping.value} onClick={() => void zipForAccountant()}>{t('archiveAccountantZip')}</button>
      </p>
      <BackupProgress />
      <ZipProgressBar />
      <p>
        <label>
          {t('archiveRestoreFrom')}{' '}
          <input type="file" accept="application/json,.json" data-testid="restore-input" onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void restoreFrom(file).finally(() => (input.value = ''));
          }} />
        </label>
      </p>
      <p class="muted">{t('archiveRestoreNote')}</p>
      <p>
        <label>
          <input type="checkbox" data-testid="auto-archive" checked={auto.value ?? true} disabled={auto.value === undefined} onChange={(e) => void archiveAutomatically.setValue((e.currentTarget as HTMLInputElement).checked)} />{' '}
          {t('archiveAutomatically')}
        </label>
      </p>
    </section>
  );
}
