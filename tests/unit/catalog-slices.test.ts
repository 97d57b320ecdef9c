/** Each extension surface bundles only the part of the catalog it reads. */
import { expect, test } from 'vitest';
import { join } from 'node:path';
import { catalogPlugin } from '../../extension/build/catalog-plugin.ts';
import { buildCatalog } from '../../shared/catalog/catalog.ts';
import { loadContent } from '../../shared/catalog/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function slice(id: string): unknown {
  const load = catalogPlugin(ROOT).load as (this: object, id: string) => string;
  return JSON.parse(load.call({}, `\0${id}`).replace(/^export default /, '').replace(/;$/, ''));
}

test('the background gets carriers as hosts and addresses and services as ids: no names, prices or ways out', () => {
  const catalog = buildCatalog(loadContent(ROOT));
  const background = slice('virtual:sentinella-catalog/background') as { operators: object[]; serviceIds: string[] };
  expect(Object.keys(background).sort()).toEqual(['operators', 'serviceIds']);
  expect(background.serviceIds).toEqual(catalog.services.map((s) => s.id));
  expect(background.operators).toEqual(catalog.operators.map((o) => ({ id: o.id, hosts: o.hosts, addresses: o.addresses })));
  expect(JSON.stringify(background)).not.toContain(catalog.services[0]!.name);
});
