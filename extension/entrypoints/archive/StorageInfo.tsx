/** Space used by the archive and the browser's quota; a failed write (out of space) is shown, never hidden. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { storageError, invoices } from './store.ts';

const estimate = signal<{ usage: number; quota: number } | undefined>(undefined);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('it-IT', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 })} MB`;
}

export function StorageInfo() {
  const count = invoices.value.length;
  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => (estimate.value = { usage: e.usage ?? 0, quota: e.quota ?? 0 }));
  }, [count]);
  const e = estimate.value;
  const share = e && e.quota > 0 ? e.usage / e.quota : 0;
  return (
    <section aria-labelledby="storage-title" class="storage">
      <h2 id="storage-title">Spazio</h2>
      {e ? (
        <p data-testid="storage-usage">
          Spazio usato: {mb(e.usage)} su {mb(e.quota)} che il browser concede a Sentinella ({(share * 100).toLocaleString('it-IT', { maximumFractionDigits: 1 })}%).
          {share > 0.8 && <strong> Lo spazio sta finendo: esporta un backup ed elimina le fatture che non ti servono.</strong>}
        </p>
      ) : (
        <p>Il browser non indica lo spazio disponibile.</p>
      )}
      {storageError.value && <p role="alert" class="error">{storageError.value}</p>}
      <p class="muted">L'archivio resta solo su questo computer, nel browser: nulla viene inviato altrove.</p>
    </section>
  );
}
