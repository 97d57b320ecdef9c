/**
 * A self-signed certificate for every carrier host in content/operators (wildcards and their bare domains),
 * plus localhost, made with openssl and cached under node_modules/.cache per list of names, so the fixtures
 * are served over HTTPS under the carriers' real host names and a carrier added to content/ gets a new one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateNames } from './carrier-hosts.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export function carrierCertificate(names = certificateNames()): { key: Buffer; cert: Buffer } {
  const all = [...names, 'localhost'];
  const tag = createHash('sha256').update(all.join(',')).digest('hex').slice(0, 12);
  const dir = join(ROOT, 'node_modules', '.cache', 'sentinella-cert', tag);
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    const san = [...all.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650',
      '-keyout', key, '-out', cert,
      '-subj', '/CN=Sentinella test portals',
      '-addext', `subjectAltName=${san}`,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
