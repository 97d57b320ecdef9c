/**
 * Saving and opening files from the archive page, through blob URLs (nothing leaves the computer). A big
 * export (the full backup) is written piece by piece into the extension's private file system first and saved
 * from there: Chromium refuses a Blob held in memory beyond about half a gigabyte (the download then ends
 * "canceled" with no word to the page), a file on disk has no such limit.
 */
import { t } from '../../lib/i18n.ts';

/**
 * The blob URL of the last file saved stays valid until the next save or until the page goes away: the browser
 * may still be writing a big download long after the click, and a URL revoked on a timer could cut it short.
 */
export class SavedUrls {
  private last: string | undefined;
  constructor(private readonly revoke: (url: string) => void = (url) => URL.revokeObjectURL(url)) {}
  /** `url` is the newest saved file: the one before it is released. */
  keep(url: string): void {
    this.release();
    this.last = url;
  }
  release(): void {
    if (this.last !== undefined) this.revoke(this.last);
    this.last = undefined;
  }
  /** Releases the last URL on the page's `pagehide`. */
  releaseOnPagehide(target: Pick<Window, 'addEventListener'>): void {
    target.addEventListener('pagehide', () => this.release());
  }
}

const saved = new SavedUrls();
if (typeof window !== 'undefined') saved.releaseOnPagehide(window);

function clickDownload(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  saved.keep(url);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

export function saveFile(name: string, data: BlobPart, type: string): void {
  clickDownload(name, new Blob([data], { type }));
}

/** The folder of the extension's private file system (OPFS) that holds the last big export until the next. */
const EXPORTS_FOLDER = 'exports';

/** Where a big export is written: a file on disk, or null when this browser offers no private file system. */
async function exportsFolder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    const root = await navigator.storage?.getDirectory?.();
    return root ? await root.getDirectoryHandle(EXPORTS_FOLDER, { create: true }) : null;
  } catch {
    return null;
  }
}

/** The file the export under way is writing: never removed as an earlier one. */
let writing: string | undefined;

/** Removes the earlier exports: their downloads had until this new export to finish. */
async function removeEarlierExports(folder: FileSystemDirectoryHandle): Promise<void> {
  const names: string[] = [];
  for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
  for (const name of names) if (name !== writing) await folder.removeEntry(name).catch(() => undefined);
}

/**
 * Removes the exports an earlier visit of the archive page left (a 1 GB backup's file would otherwise take its
 * room on the disk until the next export). Their downloads began when that page was open; a download still
 * reading one keeps its open file, or the removal fails and waits for the next export.
 */
export async function forgetEarlierExports(): Promise<void> {
  const folder = await exportsFolder();
  if (folder) await removeEarlierExports(folder).catch(() => undefined);
}

/** Whether the browser can read the whole of `blob` (it cannot when it refused to store it: NotReadableError). */
async function readable(blob: Blob): Promise<boolean> {
  try {
    await blob.slice(0, 1).arrayBuffer();
    await blob.slice(Math.max(0, blob.size - 1)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves a Blob already built (the accountant's ZIP) once the browser shows it can read it: a Blob it refused to
 * store (too big for its memory) would otherwise start a download that ends at once, "canceled", unseen. Throws,
 * with a message for the user, instead.
 */
export async function saveCheckedFile(name: string, blob: Blob): Promise<void> {
  if (!(await readable(blob))) throw new Error(t('archiveExportTooBig'));
  clickDownload(name, blob);
}

/**
 * Saves a file made of many pieces (hundreds of megabytes or more) without holding it in memory: each piece is
 * written to disk as it comes, then the file is downloaded from there. Without a private file system (or
 * when writing there fails for lack of space) the pieces become a Blob in memory, as before. Throws, with a
 * message for the user, when no complete file could be made: nothing is downloaded then.
 */
export async function saveBigFile(name: string, pieces: AsyncIterable<string>, type: string): Promise<void> {
  const folder = await exportsFolder();
  let file: Blob | undefined;
  if (folder) {
    saved.release();
    await removeEarlierExports(folder);
    writing = `${Date.now()}-${name}`;
    const handle = await folder.getFileHandle(writing, { create: true });
    const writable = await handle.createWritable();
    let size = 0;
    const encoder = new TextEncoder();
    try {
      for await (const piece of pieces) {
        const bytes = encoder.encode(piece);
        size += bytes.length;
        await writable.write(bytes);
      }
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      await folder.removeEntry(handle.name).catch(() => undefined);
      throw new Error(t('archiveExportNotWritten', (error as Error)?.message ?? String(error)));
    } finally {
      writing = undefined;
    }
    file = await handle.getFile();
    if (file.size !== size) throw new Error(t('archiveExportIncomplete'));
  } else {
    const parts: Blob[] = [];
    for await (const piece of pieces) parts.push(new Blob([piece]));
    file = new Blob(parts, { type });
  }
  if (!(await readable(file))) throw new Error(t('archiveExportTooBig'));
  clickDownload(name, file);
}

/**
 * The type a stored document is opened as. A document's type comes from the portal's answer or a backup
 * file; anything but a PDF or a picture (HTML, SVG, XML could run script in the extension's own origin) is
 * handed over as plain bytes, which the browser saves instead of showing.
 */
export function viewableType(type: string): string {
  return /^(?:application\/pdf|image\/(?:png|jpeg|gif|webp))$/i.test(type.trim()) ? type.trim() : 'application/octet-stream';
}

export function openFile(data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: viewableType(type) }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "fattura-tim-8A00123456.pdf": safe characters only. */
export function fileName(prefix: string, id: string, ext: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]+/g, '-')}.${ext}`;
}
