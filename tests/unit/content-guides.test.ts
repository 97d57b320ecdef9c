/** The Italian guides: all present, linked to things that exist, numbers written the way readers dial them. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../shared/catalog/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const content = loadContent(ROOT);
const guides = new Map(content.guides.map((g) => [g.id, g]));
const services = new Map(content.services.map((s) => [s.id, s]));

const SLUGS = [
  'mytim-accesso',
  'tim-business-area-clienti',
  'mytim-credenziali-perse',
  'mytim-registrazione',
  'fatture-tim',
  'app-mytim',
  'servizi-a-pagamento',
  'numero-800-44-22-99',
  'rimborsi-e-conciliaweb',
  'rimodulazione-e-recesso',
  'lasciare-tim',
  'come-confrontare-le-offerte',
];

/** Everything a reader sees of a guide: title, description, body and FAQ. */
function readerText(id: string): string {
  const g = guides.get(id)!;
  return [g.data.title, g.data.description, g.body, ...g.data.faq.flatMap((f) => [f.q, f.a])].join('\n');
}

describe('the guides', () => {
  test('all twelve guides exist, in the planned order', () => {
    expect([...guides.keys()].sort()).toEqual([...SLUGS].sort());
    const byOrder = [...content.guides].sort((a, b) => a.data.order - b.data.order).map((g) => g.id);
    expect(byOrder).toEqual(SLUGS);
  });

  test.each(SLUGS)('%s has sections, FAQ and related guides, and no placeholder text', (id) => {
    const g = guides.get(id)!;
    expect(g.body.match(/^## \S/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(readerText(id)).not.toMatch(/\b(TODO|TBD|lorem|ipsum|FIXME|XXX)\b/i);
    expect(g.data.faq.length).toBeGreaterThanOrEqual(3);
    expect(g.data.faq.length).toBeLessThanOrEqual(5);
    expect(g.data.related.length).toBeGreaterThanOrEqual(2);
    expect(g.data.related).not.toContain(id);
  });

  test('every internal link in a guide points to a guide or a service that exists', () => {
    const broken: string[] = [];
    for (const g of content.guides) {
      for (const m of g.body.matchAll(/\]\(\/guide\/([^/)]+)\/?\)/g)) if (!guides.has(m[1]!)) broken.push(`${g.id} -> /guide/${m[1]}/`);
      for (const m of g.body.matchAll(/\]\(\/servizi-a-pagamento\/([^/)]+)\/?\)/g)) if (!services.has(m[1]!)) broken.push(`${g.id} -> /servizi-a-pagamento/${m[1]}/`);
      for (const m of g.body.matchAll(/\]\((\/(?:guide|servizi-a-pagamento)\/[^)]*)\)/g)) if (!m[1]!.endsWith('/')) broken.push(`${g.id} -> ${m[1]} (no trailing slash)`);
    }
    expect(broken).toEqual([]);
  });

  test('the free number is always written 800 44 22 99', () => {
    const wrong: string[] = [];
    for (const id of SLUGS) {
      // Link targets such as /guide/numero-800-44-22-99/ are addresses, not text a reader dials.
      const visible = readerText(id).replace(/\]\([^)]*\)/g, ']');
      for (const m of visible.matchAll(/800[\s.\-]*44[\s.\-]*22[\s.\-]*99/g)) if (m[0] !== '800 44 22 99') wrong.push(`${id}: "${m[0]}"`);
    }
    expect(wrong).toEqual([]);
    expect(readerText('numero-800-44-22-99')).toContain('800 44 22 99');
    expect(readerText('servizi-a-pagamento')).toContain('800 44 22 99');
  });

  test('the paid-services guide links every TIM service', () => {
    const tim = content.services.filter((s) => s.data.carrier === 'tim' || s.data.carrier === 'tim-business').map((s) => s.id);
    expect(tim.length).toBeGreaterThan(0);
    const body = guides.get('servizi-a-pagamento')!.body;
    expect(tim.filter((id) => !body.includes(`](/servizi-a-pagamento/${id}/)`))).toEqual([]);
  });

  test('prices in euros are written the Italian way (comma decimals, € after the number)', () => {
    const wrong: string[] = [];
    for (const id of SLUGS) {
      const text = readerText(id);
      for (const m of text.matchAll(/€\s?\d/g)) wrong.push(`${id}: euro sign before the number near "${text.slice(m.index, m.index + 12)}"`);
      for (const m of text.matchAll(/\b\d+\.\d{2}\s?€/g)) wrong.push(`${id}: dot decimal "${m[0]}"`);
    }
    expect(wrong).toEqual([]);
  });
});
