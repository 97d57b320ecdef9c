import { afterEach, expect, test, vi } from 'vitest';
import { fileName, forgetEarlierExports, SavedUrls, saveBigFile, saveCheckedFile, saveFile, viewableType } from '../../extension/entrypoints/archive/download.ts';

test('PDFs and pictures open in the browser; anything that could run script is only saved', () => {
  expect(viewableType('application/pdf')).toBe('application/pdf');
  expect(viewableType('image/png')).toBe('image/png');
  for (const type of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'text/html;charset=utf-8', '']) {
    expect(viewableType(type)).toBe('application/octet-stream');
  }
});

test('file names keep safe characters only', () => {
  expect(fileName('fattura', 'tim:8A/001 23', 'pdf')).toBe('fattura-tim-8A-001-23.pdf');
});

// ─── Saving files: the URL lives until the next save, big files go through the private file system ────────

/** The page's download link, without a DOM: every click remembered with the file it saves. */
let blobs = 0;
function fakePage() {
  const clicks: { name: string; url: string }[] = [];
  const files = new Map<string, Blob>();
  const revoked: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++blobs}`;
    files.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  vi.stubGlobal('document', {
    body: { append: () => undefined },
    createElement: () => {
      const a = { href: '', download: '', click: () => clicks.push({ name: a.download, url: a.href }), remove: () => undefined };
      return a;
    },
  });
  return { clicks, files, revoked };
}

/** An origin private file system in memory, as far as saveBigFile uses one; `failAfter` writes, a write fails (a full disk). */
function fakePrivateFiles(failAfter = Infinity) {
  const folder = new Map<string, Uint8Array<ArrayBuffer>[]>();
  let writes = 0;
  const dir = {
    async *keys() {
      yield* [...folder.keys()];
    },
    async removeEntry(name: string) {
      if (!folder.delete(name)) throw new Error('NotFoundError');
    },
    async getFileHandle(name: string) {
      if (!folder.has(name)) folder.set(name, []);
      return {
        name,
        async createWritable() {
          const chunks: Uint8Array<ArrayBuffer>[] = [];
          return {
            async write(bytes: Uint8Array) {
              if (++writes > failAfter) throw new Error('QuotaExceededError');
              chunks.push(bytes.slice());
            },
            async close() {
              folder.set(name, chunks);
            },
            async abort() {},
          };
        },
        async getFile() {
          return new File(folder.get(name) ?? [], name);
        },
      };
    },
  };
  vi.stubGlobal('navigator', { storage: { getDirectory: async () => ({ getDirectoryHandle: async () => dir }) } });
  return folder;
}

async function* piecesOf(...pieces: string[]) {
  yield* pieces;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('a saved file stays downloadable however long the download takes, until the next save or the page goes away', () => {
  vi.useFakeTimers();
  const page = fakePage();
  saveFile('fatture.csv', 'a;b', 'text/csv');
  const first = page.clicks[0]!.url;
  // A 1 GB download can take minutes: no clock may revoke its URL meanwhile.
  vi.advanceTimersByTime(60 * 60_000);
  expect(page.revoked).toEqual([]);
  saveFile('lettera.txt', 'x', 'text/plain');
  expect(page.revoked).toEqual([first]);

  const urls = new SavedUrls((url) => page.revoked.push(url));
  const window = new EventTarget();
  urls.releaseOnPagehide(window);
  urls.keep('blob:test/kept');
  expect(page.revoked).not.toContain('blob:test/kept');
  window.dispatchEvent(new Event('pagehide'));
  expect(page.revoked).toContain('blob:test/kept');
});

test('a big file is written piece by piece to the private file system and downloaded from there; the next export replaces it', async () => {
  const page = fakePage();
  const folder = fakePrivateFiles();
  await saveBigFile('backup.json', piecesOf('{"a":', '"€"', '}'), 'application/json');
  expect(page.clicks.map((c) => c.name)).toEqual(['backup.json']);
  const saved = page.files.get(page.clicks[0]!.url)!;
  expect(saved).toBeInstanceOf(File);
  expect(await saved.text()).toBe('{"a":"€"}');
  expect(folder.size).toBe(1);

  await saveBigFile('backup.json', piecesOf('{}'), 'application/json');
  expect(page.revoked).toContain(page.clicks[0]!.url);
  expect(page.revoked).not.toContain(page.clicks[1]!.url);
  expect(folder.size).toBe(1);
  expect(await page.files.get(page.clicks[1]!.url)!.text()).toBe('{}');
});

test('an export that cannot be written downloads nothing, says so and leaves no partial file', async () => {
  const page = fakePage();
  const folder = fakePrivateFiles(2);
  await expect(saveBigFile('backup.json', piecesOf('{', '"a":1', ',"b":2', '}'), 'application/json')).rejects.toThrow(/archiveExportNotWritten|QuotaExceededError/);
  expect(page.clicks).toEqual([]);
  expect(folder.size).toBe(0);
});

test('without a private file system the big file is built in memory and still downloaded', async () => {
  const page = fakePage();
  vi.stubGlobal('navigator', {});
  await saveBigFile('backup.json', piecesOf('[1,', '2]'), 'application/json');
  expect(await page.files.get(page.clicks[0]!.url)!.text()).toBe('[1,2]');
});

test('a ZIP the browser refused to keep (unreadable Blob) is not handed to a download that would end unseen: it fails aloud', async () => {
  const page = fakePage();
  const refused = { size: 2e9, type: 'application/zip', slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('could not be read', 'NotReadableError')) }) } as unknown as Blob;
  await expect(saveCheckedFile('fatture.zip', refused)).rejects.toThrow();
  expect(page.clicks).toEqual([]);
  await saveCheckedFile('fatture.zip', new Blob(['PK']));
  expect(page.clicks.map((c) => c.name)).toEqual(['fatture.zip']);
});

test("the archive page, opened again, removes the export files an earlier visit left on the disk", async () => {
  const page = fakePage();
  const folder = fakePrivateFiles();
  await saveBigFile('backup.json', piecesOf('{}'), 'application/json');
  expect(folder.size).toBe(1);
  await forgetEarlierExports();
  expect(folder.size).toBe(0);
  expect(page.clicks).toHaveLength(1);
});
