/**
 * A self-signed certificate for *.tim.it (and tim.it, localhost), made once with openssl and cached
 * under node_modules/.cache, so fixtures are served over HTTPS under the carriers' real host names.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export function carrierCertificate(): { key: Buffer; cert: Buffer } {
  const dir = join(ROOT, 'node_modules', '.cache', 'sentinella-cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650',
      '-keyout', key, '-out', cert,
      '-subj', '/CN=*.tim.it',
      '-addext', 'subjectAltName=DNS:*.tim.it,DNS:tim.it,DNS:localhost,IP:127.0.0.1',
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
