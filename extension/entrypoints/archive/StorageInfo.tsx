/**
 * Space used and left for the archive, and whether the browser promised to keep it (navigator.storage.persist:
 * without that promise a browser short of disk space may clear the archive). A failed write (out of space) is
 * shown, never hidden.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { storageError, invoices } from './store.ts';

const estimate = signal<{ usage: number; quota: number } | undefined>(undefined);
/** true: kept; false: the browser did not promise; null: the browser cannot say; undefined: still asking. */
const kept = signal<boolean | null | undefined>(undefined);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('it-IT', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 })} MB`;
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
      ? "Il browser ha promesso di conservare l'archivio: non lo cancellerà per fare spazio sul disco."
      : value === false
        ? "Il browser non ha promesso di conservare l'archivio: se il disco si riempie potrebbe cancellarlo. Esporta un backup ogni tanto."
        : value === null
          ? "Il browser non dice se conserverà l'archivio: esporta un backup ogni tanto."
          : "Chiedo al browser di conservare l'archivio…";
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
      <h2 id="storage-title">Spazio</h2>
      {e ? (
        <p data-testid="storage-usage" data-usage-bytes={e.usage} data-left-bytes={Math.max(0, e.quota - e.usage)}>
          Spazio usato: {mb(e.usage)}; liberi: {mb(Math.max(0, e.quota - e.usage))} dei {mb(e.quota)} che il browser concede a Sentinella ({(share * 100).toLocaleString('it-IT', { maximumFractionDigits: 1 })}% usato).
          {share > 0.8 && <strong> Lo spazio sta finendo: esporta un backup ed elimina le fatture che non ti servono.</strong>}
        </p>
      ) : (
        <p>Il browser non indica lo spazio disponibile.</p>
      )}
      <Persistence />
      {storageError.value && <p role="alert" class="error">{storageError.value}</p>}
      <p class="muted">L'archivio resta solo su questo computer, nel browser: nulla viene inviato altrove.</p>
    </section>
  );
}
