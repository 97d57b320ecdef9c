/** Export (CSV, full JSON backup with documents), restore, and the "archive automatically" option. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { createBackup } from '../../lib/archive/backup.ts';
import { invoicesToCsv } from '../../lib/archive/csv.ts';
import { archiveAutomatically } from '../../lib/archive/settings.ts';
import { today } from '../../../shared/dates.ts';
import { archiveDb, filtered, notice, restoreFrom } from './store.ts';
import { saveFile } from './download.ts';

const auto = signal<boolean | undefined>(undefined);

async function backup() {
  const data = await createBackup(await archiveDb());
  saveFile(`sentinella-backup-${today()}.json`, JSON.stringify(data), 'application/json');
}

export function BackupPanel() {
  useEffect(() => {
    void archiveAutomatically.getValue().then((v) => (auto.value = v));
    return archiveAutomatically.watch((v) => (auto.value = v));
  }, []);
  return (
    <section aria-labelledby="backup-title" class="backup">
      <h2 id="backup-title">Esporta, salva, ripristina</h2>
      <p>
        <button type="button" onClick={() => saveFile(`fatture-${today()}.csv`, invoicesToCsv(filtered.value, { italian: true }), 'text/csv;charset=utf-8')}>CSV per Excel (italiano)</button>{' '}
        <button type="button" onClick={() => saveFile(`fatture-${today()}-intl.csv`, invoicesToCsv(filtered.value, { italian: false }), 'text/csv;charset=utf-8')}>CSV internazionale</button>{' '}
        <button type="button" onClick={() => void backup()}>Backup completo (JSON, con i documenti)</button>
      </p>
      <p>
        <label>
          Ripristina da un backup:{' '}
          <input type="file" accept="application/json,.json" data-testid="restore-input" onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void restoreFrom(file).finally(() => (input.value = ''));
          }} />
        </label>
      </p>
      <p class="muted">Il ripristino controlla tutto il file prima di scrivere: un file danneggiato o di un altro programma non cambia l'archivio. Le fatture già presenti non vengono duplicate.</p>
      <p>
        <label>
          <input type="checkbox" data-testid="auto-archive" checked={auto.value ?? true} disabled={auto.value === undefined} onChange={(e) => void archiveAutomatically.setValue((e.currentTarget as HTMLInputElement).checked)} />{' '}
          Archivia automaticamente le fatture quando apri la pagina delle fatture del portale
        </label>
      </p>
    </section>
  );
}
