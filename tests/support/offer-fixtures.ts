/**
 * Generated offers for benchmarks and tests: a copy of content/ in a temp folder with N extra offer files,
 * built with SENTINELLA_CONTENT_ROOT. Deterministic: the same N gives the same files.
 */
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Markdown of generated offer number `i`, for one of `carriers`. */
export function generatedOffer(i: number, carriers: string[]): string {
  const r = random(i + 1);
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
  const fixed = r() < 0.5;
  const price = Math.round((fixed ? 19 + r() * 20 : 5 + r() * 12) * 100) / 100;
  const lines = [
    '---',
    `name: "Offerta di prova ${i}"`,
    `carrier: ${pick(carriers)}`,
    `kind: ${fixed ? 'fixed' : 'mobile'}`,
    `technology: ${fixed ? pick(['FTTH', 'FTTC', 'FWA', 'ADSL']) : pick(['4G', '5G'])}`,
    fixed ? `speedMbps: ${pick([100, 200, 1000, 2500])}` : `dataGB: ${pick([50, 100, 150, 200, '"illimitati"'])}`,
    `monthlyPrice: ${price}`,
  ];
  if (r() < 0.5) lines.push('promo:', `  monthlyPrice: ${Math.round(price * 0.7 * 100) / 100}`, `  months: ${pick([6, 12])}`);
  lines.push(
    'activation:',
    `  amount: ${pick([0, 19.99, 39.9])}`,
    `  instalments: ${pick([1, 12, 24])}`,
    `lockInMonths: ${pick([0, 0, 12, 24])}`,
    `exitCost: ${pick([0, 9.99, 29.9])}`,
    'source:',
    '  title: esempio generato',
    `  url: https://example.com/offerte/${i}`,
    '  asOf: 2026-11-01',
    '  checked: 2026-11-01',
    '---',
    `Offerta generata per i benchmark (numero ${i}).`,
    '',
  );
  return lines.join('\n');
}

/** Writes `count` generated offers (gen-<i>.md) into <root>/content/offers, spread over the carriers there. */
export function addGeneratedOffers(root: string, count: number): void {
  const carriers = readdirSync(join(root, 'content', 'operators'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => n.slice(0, -3));
  for (let i = 0; i < count; i++) writeFileSync(join(root, 'content', 'offers', `gen-${i}.md`), generatedOffer(i, carriers));
}

/**
 * Copies content/ into a new temp folder and adds `count` generated offers (files gen-<i>.md).
 * Returns the folder, to pass as SENTINELLA_CONTENT_ROOT.
 */
export function contentWithGeneratedOffers(count: number, source = ROOT): string {
  const dir = mkdtempSync(join(tmpdir(), `sentinella-offers-${count}-`));
  cpSync(join(source, 'content'), join(dir, 'content'), { recursive: true });
  addGeneratedOffers(dir, count);
  return dir;
}
