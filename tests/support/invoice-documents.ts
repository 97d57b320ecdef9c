/**
 * Invoice documents on the demo portal: a small PDF, served only to requests that carry the session cookie
 * the fixture page sets (as a real portal serves documents only inside the customer's session); else 403.
 * Paths: /mytim/fatture/documento?n=… (cookie mytim_session) and /business/fatture/documento?n=… (tb_session).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PortalServer } from './portal-server.ts';

export const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export interface DocumentRequest {
  path: string;
  n: string;
  cookie: string;
}

export function documentRoute(cookieName: string, log?: DocumentRequest[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://x');
    const cookie = req.headers.cookie ?? '';
    log?.push({ path: url.pathname, n: url.searchParams.get('n') ?? '', cookie });
    if (!new RegExp(`(^|; )${cookieName}=demo-`).test(cookie)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Sessione scaduta');
    }
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': DEMO_PDF.length });
    res.end(DEMO_PDF);
  };
}

/** Adds both document routes to a portal server. */
export function serveInvoiceDocuments(portal: PortalServer, log?: DocumentRequest[]): void {
  portal.route('/mytim/fatture/documento', documentRoute('mytim_session', log));
  portal.route('/business/fatture/documento', documentRoute('tb_session', log));
}
