/** Serves the built site (dist/site) over plain HTTP on 127.0.0.1, as a static host would. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { staticHandler } from './static-files.ts';

export const SITE_DIR = join(import.meta.dirname, '..', '..', 'dist', 'site');

export async function startSite(port = 0, root = SITE_DIR): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const server = createServer(staticHandler(root));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
