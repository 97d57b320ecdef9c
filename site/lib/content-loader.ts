/**
 * Astro content loader over the shared one (shared/catalog/load.ts): content/ is read, validated with the zod
 * schemas and cross-checked (carriers, services, guides) once per build, by the same code the extension build
 * runs, so a bad file fails the site with the same one-line messages. Each collection then takes its entries
 * from that one pass; Markdown bodies are rendered by Astro (renderMarkdown), as its glob loader would.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadContentOnce, type Content, type Entry } from '../../shared/catalog/load.ts';

type Folder = keyof Content;

/** The entries of one folder of content/ (content/rules holds one file, diritti.md). */
function entriesOf(content: Content, folder: Folder): Entry<object>[] {
  if (folder === 'rules') return [{ id: 'diritti', file: 'content/rules/diritti.md', data: content.rules, body: '' }];
  return content[folder] as Entry<object>[];
}

/**
 * A loader for one collection. `root` holds content/ (the project, or SENTINELLA_CONTENT_ROOT for editors'
 * and tests' copies). The data is stored as the shared loader validated it: the collection's schema gives
 * the types, it does not parse the files a second time.
 */
export function sharedContentLoader(folder: Folder, root: string): Loader {
  return {
    name: `sentinella-content:${folder}`,
    async load({ store, renderMarkdown, generateDigest, watcher }) {
      const base = resolve(root);
      const sync = async () => {
        const entries = entriesOf(loadContentOnce(base), folder);
        store.clear();
        for (const e of entries) {
          const rendered = e.body ? await renderMarkdown(e.body, { fileURL: pathToFileURL(join(base, e.file)) }) : undefined;
          const data = e.data as Record<string, unknown>;
          store.set({ id: e.id, data, body: e.body, filePath: e.file, digest: generateDigest({ data, body: e.body }), rendered });
        }
      };
      // In dev, an edited file is read again with the rest of content/ (references may have changed with it).
      const dir = join(base, 'content');
      watcher?.add(dir);
      for (const event of ['add', 'change', 'unlink'] as const) {
        watcher?.on(event, (path: string) => {
          if (resolve(path).startsWith(dir)) void sync();
        });
      }
      await sync();
    },
  };
}
