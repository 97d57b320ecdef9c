/** Where the extension may run: each host carries its source, and an area under a path is matched only there. */
import { describe, expect, test } from 'vitest';
import { operatorSchema } from '../../shared/schemas/index.ts';
import { hostMatchPatterns, portalAddresses } from '../../shared/catalog/catalog.ts';
import type { Content } from '../../shared/catalog/load.ts';

const src = { title: 'esempio', url: 'https://example.org/guida', checked: '2026-11-30' };
const carrier = (portal: Record<string, unknown>) => ({ name: 'Esempio', portal: { name: 'Area', url: 'https://example.org/', ...portal }, sources: [src] });
const content = (...portals: Record<string, unknown>[]) =>
  ({ operators: portals.map((p, i) => ({ id: `c${i}`, data: operatorSchema.parse(carrier(p)) })) }) as unknown as Content;

describe('the operator schema', () => {
  test('refuses a host that no source shows', () => {
    const r = operatorSchema.safeParse(carrier({ hosts: ['www.example.it'] }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['portal.hosts.0']);
  });
  test('refuses an app-only area with web hosts', () => {
    const r = operatorSchema.safeParse(carrier({ hosts: ['www.example.it'], areas: [{ host: 'www.example.it', source: src }], appOnly: true }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['portal.appOnly']);
  });
  test('refuses a path that does not start and end with a slash', () => {
    const r = operatorSchema.safeParse(carrier({ hosts: ['www.example.it'], areas: [{ host: 'www.example.it', path: '/account', source: src }] }));
    expect(r.success).toBe(false);
  });
});

describe('match patterns', () => {
  test('an area under a path is matched only below it, a whole host everywhere, a wildcard once', () => {
    const c = content(
      { hosts: ['www.example.it'], areas: [{ host: 'www.example.it', path: '/account/', source: src }] },
      { hosts: ['area.example.com'], areas: [{ host: 'area.example.com', source: src }] },
      { hosts: ['www.tim.it', '*.tim.it'], areas: [{ host: 'www.tim.it', source: src }, { host: '*.tim.it', source: src }] },
    );
    expect(hostMatchPatterns(c)).toEqual(['https://*.tim.it/*', 'https://area.example.com/*', 'https://www.example.it/account/*']);
  });
  test('two paths of one host give two patterns, and the addresses read the same', () => {
    const portal = { hosts: ['www.example.it'], areas: [{ host: 'www.example.it', path: '/account/', source: src }, { host: 'www.example.it', path: '/fatture/', source: src }] };
    expect(hostMatchPatterns(content(portal))).toEqual(['https://www.example.it/account/*', 'https://www.example.it/fatture/*']);
    expect(portalAddresses(operatorSchema.parse(carrier(portal)).portal)).toEqual(['www.example.it/account/', 'www.example.it/fatture/']);
  });
});
