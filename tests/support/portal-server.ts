/**
 * The demo carrier portal: the HTML fixtures in tests/fixtures/portal served over HTTPS on 127.0.0.1.
 * Chromium maps the carrier hosts to 127.0.0.1 (see launch.ts), so pages open as https://www.tim.it:PORT/...
 * Tests can add routes (e.g. documents that need the session cookie) and read the request log.
 */
import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { carrierCertificate } from './cert.ts';
import { staticHandler } from './static-files.ts';

export const PORTAL_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'portal');

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface PortalServer {
  port: number;
  /** "https://www.tim.it:PORT" for a host name. */
  origin(host?: string): string;
  /** Every request seen: host header and path. */
  requests: { host: string; path: string; cookie?: string }[];
  /** Adds or replaces a route for an exact path (query string ignored). */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startPortal(port = 0, root = PORTAL_FIXTURES): Promise<PortalServer> {
  const routes = new Map<string, Route>();
  const requests: PortalServer['requests'] = [];
  const serveStatic = staticHandler(root);
  const server = createServer(carrierCertificate(), (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push({ host: req.headers.host ?? '', path, cookie: req.headers.cookie });
    const route = routes.get(path);
    if (route) return route(req, res);
    serveStatic(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    origin: (host = 'www.tim.it') => `https://${host}:${actual}`,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
