/**
 * A 1 GB archive through the built extension in Chromium: the archive page's IndexedDB is filled with
 * generated PDFs (500 × 2 MB by default, `%PDF-` headers), the full backup is exported through the real
 * "Backup completo" button (a download saved to a temp dir), the archive is cleared, and the file is restored
 * through the real file input. Every invoice and document is checked back (count, sizes, headers, a checksum),
 * and the export and restore times are printed with the peak memory of the browser's processes (RSS polled from
 * /proc, every process started under this bench). Figures only: the bench never fails on a number.
 *
 * ARCHIVE_1GB_DOCS and ARCHIVE_1GB_MB change the number and size of the documents; ARCHIVE_1GB=0 skips it.
 * Needs Chromium and a built extension (.output/chrome-mv3 or SENTINELLA_EXTENSION_DIR). Each step has a
 * deadline (a hang ends the run in minutes, not CI's hour), and the browser, its profile and the saved file are
 * removed however the run ends: done, failed, or stopped with Ctrl-C or SIGTERM.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../support/browser.ts';
import { EXTENSION_DIR, launchWithExtension } from '../support/launch.ts';

const DOCS = Number(process.env.ARCHIVE_1GB_DOCS ?? 500);
const MB = Number(process.env.ARCHIVE_1GB_MB ?? 2);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** The longest an export or a restore may take before the run is called failed (it takes 1–2 minutes here). */
const STEP_TIMEOUT = 5 * 60_000;
/** The whole run, fill and checks included: past it the browser is closed, which ends whatever step hangs. */
const RUN_TIMEOUT = 15 * 60_000;

/** Every process descended from this one (the browser and its helpers), with its resident memory. */
function processTree(): { pid: number; rss: number }[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent) if (!mine.has(pid) && mine.has(ppid)) (mine.add(pid), (grew = true));
  }
  mine.delete(process.pid);
  const out: { pid: number; rss: number }[] = [];
  for (const pid of mine) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) out.push({ pid, rss: Number(rss[1]) * 1024 });
    } catch {
      // Gone.
    }
  }
  return out;
}

/** Polls the browser's memory while `work` runs: the peak of all its processes together, and of the largest one. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakTotal: number; peakOne: number }> {
  let peakTotal = 0;
  let peakOne = 0;
  const poll = () => {
    const tree = processTree();
    peakTotal = Math.max(peakTotal, tree.reduce((sum, p) => sum + p.rss, 0));
    peakOne = Math.max(peakOne, ...tree.map((p) => p.rss));
  };
  poll();
  const timer = setInterval(poll, 100);
  const start = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - start, peakTotal, peakOne };
  } finally {
    clearInterval(timer);
    poll();
  }
}

async function main(): Promise<void> {
  console.log(`A ${mb(DOCS * MB * 1024 * 1024)} archive (${DOCS} invoices with a ${MB} MB PDF each): export, clear, restore in Chromium`);
  if (process.env.ARCHIVE_1GB === '0') {
    console.log('   SKIPPED: ARCHIVE_1GB=0');
    return;
  }
  const chromium = findChromium();
  const dir = process.env.SENTINELLA_EXTENSION_DIR ?? EXTENSION_DIR;
  if (!chromium || !existsSync(join(dir, 'archive.html'))) {
    console.log(`   SKIPPED: needs Chromium and a built extension with archive.html in ${dir} (npm run build:chrome)`);
    return;
  }
  let tmp: string | undefined;
  let session: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  let cleaned: Promise<void> | undefined;
  // Idempotent: runs once, from `finally` or from a signal, whichever comes first.
  const cleanUp = () => (cleaned ??= (async () => {
    await session?.close().catch((error: Error) => console.log(`   (closing the browser: ${error.message})`));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  })());
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`   STOPPED by ${signal}: closing the browser and removing its files`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = performance.now();
  const deadline = setTimeout(() => {
    console.log(`   STOPPED after ${s(RUN_TIMEOUT)}: closing the browser`);
    void cleanUp();
  }, RUN_TIMEOUT);
  try {
    tmp = mkdtempSync(join(tmpdir(), 'sentinella-1gb-'));
    session = await launchWithExtension(chromium, dir);
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('archive.html'));
    await page.waitForSelector('html[data-archive-ready="true"]');
    console.log(`   browser at rest: ${mb(processTree().reduce((sum, p) => sum + p.rss, 0))} RSS over its processes`);

    // Fill: the records the archive writes when it captures an invoice and stores its document, made in the page.
    const fill = await measured(() => page.evaluate(async ({ count, size }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('sentinella-archive');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      let checksum = 0;
      const at = '2026-01-01T00:00:00.000Z';
      for (let first = 0; first < count; first += 20) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['invoices', 'documents'], 'readwrite');
          for (let i = first; i < Math.min(count, first + 20); i++) {
            const number = `G${String(i).padStart(6, '0')}`;
            const id = `tim:${number}`;
            const bytes = new Uint8Array(size);
            for (let k = 0; k < size; k += 65536) crypto.getRandomValues(bytes.subarray(k, Math.min(size, k + 65536)));
            bytes.set(new TextEncoder().encode(`%PDF-1.7\n% fattura ${number}\n`));
            for (let k = 0; k < size; k += 4096) checksum = (checksum + bytes[k]! * (k + 1)) % 2147483647;
            const month = String((i % 12) + 1).padStart(2, '0');
            tx.objectStore('invoices').put({
              id, carrier: 'tim', number, period: null, periodMonth: `2025-${month}`, issueDate: `2025-${month}-05`, amountCents: 2990, dueDate: `2025-${month}-26`,
              status: 'paid', line: '0612345678', documentUrl: `https://www.tim.it/mytim/fatture/documento?n=${number}`, items: [],
              firstSeen: at, lastSeen: at, history: [{ at, status: 'paid', amountCents: 2990 }],
              document: { state: 'stored', attempts: 1, size, type: 'application/pdf' },
            });
            tx.objectStore('documents').put({ id, type: 'application/pdf', size, storedAt: at, bytes: bytes.buffer });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
      return checksum;
    }, { count: DOCS, size: MB * 1024 * 1024 }));
    console.log(`   filled in ${s(fill.ms)}`);

    await page.reload();
    await page.waitForSelector('html[data-archive-ready="true"]');
    const file = join(tmp, 'backup.json');
    const exported = await measured(async () => {
      // The download, or the page saying the export failed: whichever comes first.
      const failed = page.locator('[data-testid="notice"][role="alert"]').waitFor({ timeout: STEP_TIMEOUT }).then(async () => `the page says: ${await page.getByTestId('notice').innerText()}`);
      const downloaded = page.waitForEvent('download', { timeout: STEP_TIMEOUT }).then(async (download) => {
        const failure = await download.failure();
        if (!failure) await download.saveAs(file);
        return failure ? `the download ended ${failure}` : null;
      });
      // The one that loses the race ends later (a timeout, or the browser closing): that is no error of the run.
      failed.catch(() => undefined);
      downloaded.catch(() => undefined);
      await page.getByText('Backup completo (JSON, con i documenti)').click();
      return Promise.race([downloaded, failed]);
    });
    if (exported.value) throw new Error(`the export failed: ${exported.value}`);
    console.log(`   export (click to file saved): ${s(exported.ms)}, ${mb(statSync(file).size)} file; peak RSS ${mb(exported.peakTotal)} all browser processes, ${mb(exported.peakOne)} the largest one`);

    await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('sentinella-archive');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['invoices', 'documents'], 'readwrite');
        tx.objectStore('invoices').clear();
        tx.objectStore('documents').clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.reload();
    await page.waitForSelector('html[data-archive-ready="true"]');

    const restored = await measured(async () => {
      await page.getByTestId('restore-input').setInputFiles(file);
      await page.getByTestId('notice').waitFor({ timeout: STEP_TIMEOUT });
      return page.getByTestId('notice').innerText();
    });
    console.log(`   restore (file chosen to notice shown): ${s(restored.ms)}; peak RSS ${mb(restored.peakTotal)} all browser processes, ${mb(restored.peakOne)} the largest one`);
    console.log(`   notice: ${restored.value}`);

    const back = await page.evaluate(async ({ size }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('sentinella-archive');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const count = (store: string) => new Promise<number>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const invoices = await count('invoices');
      const keys: string[] = await new Promise((resolve, reject) => {
        const req = db.transaction('documents').objectStore('documents').getAllKeys();
        req.onsuccess = () => resolve(req.result as string[]);
        req.onerror = () => reject(req.error);
      });
      let checksum = 0;
      let good = 0;
      for (const key of keys.sort()) {
        const doc: { size: number; bytes: ArrayBuffer } = await new Promise((resolve, reject) => {
          const req = db.transaction('documents').objectStore('documents').get(key);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const bytes = new Uint8Array(doc.bytes);
        if (doc.size === size && bytes.length === size && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-') good++;
        for (let k = 0; k < bytes.length; k += 4096) checksum = (checksum + bytes[k]! * (k + 1)) % 2147483647;
      }
      db.close();
      return { invoices, documents: keys.length, good, checksum };
    }, { size: MB * 1024 * 1024 });
    // The fill's checksum runs over documents in id order too (ids are zero-padded): equal sums, equal bytes sampled.
    const same = back.invoices === DOCS && back.documents === DOCS && back.good === DOCS && back.checksum === fill.value;
    console.log(`   back after restore: ${back.invoices} invoices, ${back.documents} documents, ${back.good} of the right size with a %PDF- header; bytes ${back.checksum === fill.value ? 'match' : 'DIFFER'} (sampled checksum) — ${same ? 'all back' : 'NOT all back'}`);
  } catch (error) {
    // Figures only: a failed run is printed, not thrown (a crash of the bench itself still exits non-zero).
    console.log(`   FAILED: ${(error as Error).message}`);
  } finally {
    clearTimeout(deadline);
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    console.log(`   whole run: ${s(performance.now() - started)}`);
  }
}

await main();
