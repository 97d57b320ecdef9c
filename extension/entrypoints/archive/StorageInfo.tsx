/**
 * Space used and left for the archive, and whether the browser promised to keep it (navigator.storage.persist:
 * without that promise a browser short of disk space may clear the archive). A failed write (out of space) is
 * shown, never hidden.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatNumber } from '../../../shared/format.ts';
import { t } from '../../lib/i18n.ts';
import { storageError, invoices } from './store.ts';

const estimate = signal<{ usage: number; quota: number } | undefined>(undefined);
/** true: kept; false: the browser did not promise; null: the browser cannot say; undefined: still asking. */
const kept = signal<boolean | null | undefined>(undefined);

/** Megabytes, one decimal below 10 MB: "3,2", "250". */
function mb(bytes: number): string {
  const digits = bytes < 10 * 1024 * 1024 ? 10 : 1;
  return formatNumber(Math.round((bytes / 1024 / 1024) * digits) / digits);
}

/** Asks once per page: already persisted, or persisted now on request. */
async function askToKeep(): Promise<void> {
  const storage = navigator.storage;
  if (!storage?.persisted) {
    kept.value = null;
    return;
  }
  try {
    kept.value = (await storage.persisted()) || (storage.persist ? await storage.persist() : false);
  } catch {
    kept.value = null;
  }
}

function Persistence() {
  const value = kept.value;
  const state = value === undefined ? 'asking' : value === null ? 'unknown' : String(value);
  const text =
    value === true
      ? t('archiveKept')
      : value === false
        ? t('archiveNotKept')
        : value === null
          ? t('archiveKeptUnknown')
          : t('archiveKeepAsking');
  return <p data-testid="storage-persisted" data-persisted={state}>{text}</p>;
}

export function StorageInfo() {
  const count = invoices.value.length;
  useEffect(() => {
    void askToKeep();
  }, []);
  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => (estimate.value = { usage: e.usage ?? 0, quota: e.quota ?? 0 }));
  }, [count]);
  const e = estimate.value;
  const share = e && e.quota > 0 ? e.usage / e.quota : 0;
  return (
    <section aria-labelledby="storage-title" class="storage">
      <h2 id="storage-title">{t('archiveSpaceTitle')}</h2>
      {e ? (
        <p data-testid="storage-usage" data-usage-bytes={e.usage} data-left-bytes={Math.max(0, e.quota - e.usage)}>
          {t('archiveSpaceUsed', [mb(e.usage), mb(Math.max(0, e.quota - e.usage)), mb(e.quota), formatNumber(Math.round(share * 1000) / 10)])}
          {share > 0.8 && <> <strong>{t('archiveSpaceLow')}</strong></>}
        </p>
      ) : (
        <p>{t('archiveSpaceUnknown')}</p>
      )}
      <Persistence />
      {storageError.value && <p role="alert" class="error">{storageError.value}</p>}
      <p class="muted">{t('archiveStaysHere')}</p>
    </section>
  );
}
