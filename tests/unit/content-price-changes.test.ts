/**
 * content/price-changes: the schema's one-line errors, the seeded 2025-2026 changes, and the rules the
 * /rincari/ pages and the archive rely on (open ones first, days left, the letter's channel, line matching).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../shared/catalog/load.ts';
import { daysLeft, daysLeftText, increaseText, isOpen, lineKind, matchPriceChange, orderPriceChanges, priceChangeLetter } from '../../shared/price-changes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { priceChanges, rules } = loadContent(ROOT);
const byId = (id: string) => priceChanges.find((c) => c.id === id)!;

describe('the seeded price changes', () => {
  test('TIM, Vodafone, WindTre and Fastweb changes of 2025 and 2026 are all there', () => {
    const carriers = new Set(priceChanges.map((c) => c.data.carrier));
    for (const c of ['tim', 'vodafone', 'windtre', 'fastweb']) expect(carriers).toContain(c);
    expect(priceChanges.every((c) => c.data.effective >= '2025-01-01' && c.data.effective < '2027-01-01')).toBe(true);
  });
  test.each(priceChanges.map((c) => [c.id, c] as const))('%s: dated https sources, a deadline after the notice, the letter channel among the ways', (_id, c) => {
    for (const s of c.data.sources) {
      expect(new URL(s.url).protocol).toMatch(/^https?:$/);
      expect(s.asOf <= s.checked).toBe(true);
    }
    if (c.data.announced) expect(c.data.deadline >= c.data.announced).toBe(true);
    const written = c.data.withdraw.flatMap((w) => [w.pec, w.address]).filter(Boolean);
    if (c.data.letter.pec) expect(written).toContain(c.data.letter.pec);
    if (c.data.letter.address) expect(written).toContain(c.data.letter.address);
  });
  test('the figures read from the sources', () => {
    expect(byId('tim-mobile-2025-03').data).toMatchObject({ effective: '2025-03-07', deadline: '2025-04-07', increase: { min: 1.99 } });
    expect(byId('tim-fisso-2026-03').data).toMatchObject({ effective: '2026-03-01', deadline: '2026-03-31', increase: { min: 2, max: 2.99 } });
    expect(byId('vodafone-mobile-2025-11').data.letter.pec).toBe('servizioclienti@vodafone.pec.it');
    expect(byId('windtre-mobile-2026-01').data.refuse[0]).toMatchObject({ number: '40400', smsText: 'OPTIN' });
    expect(byId('fastweb-mobile-2026-03').data.letter.address).toContain('Casella Postale 126');
  });
});

describe('price-change schema errors are one line each, naming file and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sentinella-pc-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = 'content/price-changes/tim-fisso-2026-03.md';
  const original = readFileSync(join(dir, file), 'utf8');
  function problems(edit: (t: string) => string): string[] {
    writeFileSync(join(dir, file), edit(original));
    try {
      loadContent(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      return (e as ContentError).problems;
    } finally {
      writeFileSync(join(dir, file), original);
    }
    throw new Error('expected the content to be rejected');
  }
  test('a letter PEC that no withdraw way lists', () => {
    expect(problems((t) => t.replace('  pec: disattivazioni_clientiprivati@pec.telecomitalia.it\n  address', '  pec: altro@pec.telecomitalia.it\n  address'))).toEqual([
      expect.stringMatching(/^content\/price-changes\/tim-fisso-2026-03\.md: letter\.pec: expected the letter's PEC to be one of the withdraw ways/),
    ]);
  });
  test('an increase range upside down', () => {
    expect(problems((t) => t.replace('  max: 2.99', '  max: 1'))).toEqual([expect.stringMatching(/: increase\.max: expected max to be at least min/)]);
  });
  test('an unknown carrier', () => {
    expect(problems((t) => t.replace('carrier: tim', 'carrier: timm'))).toEqual([expect.stringMatching(/^content\/price-changes\/tim-fisso-2026-03\.md: carrier: unknown carrier "timm"/)]);
  });
  test('a source checked before the day it says the facts held', () => {
    expect(problems((t) => t.replace('    asOf: 2026-01-20\n    checked: 2026-12-01', '    asOf: 2026-01-20\n    checked: 2026-01-01'))).toEqual([
      expect.stringMatching(/: sources\.0\.asOf: expected asOf on or before checked/),
    ]);
  });
});

describe('days left and order, as /rincari/ shows them', () => {
  const c = byId('tim-fisso-2026-03').data;
  test('days left count to the deadline, the last day included', () => {
    expect(daysLeft(c, '2026-03-01')).toBe(30);
    expect(daysLeftText(c, '2026-03-30')).toBe('Manca 1 giorno per recedere');
    expect(daysLeftText(c, '2026-03-31')).toBe('Ultimo giorno per recedere: oggi');
    expect(isOpen(c, '2026-04-01')).toBe(false);
    expect(daysLeftText(c, '2026-04-01')).toBe('Termine scaduto il 31 marzo 2026');
  });
  test('open changes first, nearest deadline first; then past ones, latest first', () => {
    const ids = orderPriceChanges(priceChanges, '2026-03-10').map((x) => x.id);
    const open = ids.filter((id) => isOpen(byId(id).data, '2026-03-10'));
    expect(ids.slice(0, open.length)).toEqual(open);
    expect(open[0]).toBe('tim-mobile-2026-02');
    expect(open).toContain('tim-fisso-2026-03');
    const past = ids.slice(open.length).map((id) => byId(id).data.effective);
    expect(past).toEqual([...past].sort().reverse());
  });
  test('the increase in Italian', () => {
    expect(increaseText(c)).toBe('da 2,00\u00a0€ a 2,99\u00a0€ al mese in più');
    expect(increaseText(byId('tim-fisso-2025-04-costo-migrazione').data)).toBe('18,00\u00a0€ in più, una tantum');
    expect(increaseText(byId('tim-mobile-2025-09').data)).toContain("indicato nell'avviso");
  });
});

describe('matching a line to a change', () => {
  test('numbering plans: 3xx mobile, 0xx fixed, anything else unknown', () => {
    expect(lineKind('335 123 4567')).toBe('mobile');
    expect(lineKind('+39 3351234567')).toBe('mobile');
    expect(lineKind('06 1234 5678')).toBe('fixed');
    expect(lineKind('888012345678')).toBeNull();
    expect(lineKind(null)).toBeNull();
  });
  test('the effective date must fall after the cheaper period began and by the end of the dearer one', () => {
    const changes = priceChanges.map((x) => ({ id: x.id, ...x.data }));
    expect(matchPriceChange(changes, { carrier: 'tim', line: '0612345678', beforeMonth: '2026-02', afterMonth: '2026-03' })?.id).toBe('tim-fisso-2026-03');
    expect(matchPriceChange(changes, { carrier: 'tim', line: '0612345678', beforeMonth: '2026-03', afterMonth: '2026-04' })?.id).toBe('tim-fisso-2026-04');
    expect(matchPriceChange(changes, { carrier: 'tim', line: '0612345678', beforeMonth: '2026-04', afterMonth: '2026-05' })).toBeUndefined();
    expect(matchPriceChange(changes, { carrier: 'vodafone', line: '3471234567', beforeMonth: '2025-10', afterMonth: '2025-11' })?.id).toBe('vodafone-mobile-2025-11');
    expect(matchPriceChange(changes, { carrier: 'vodafone', line: '0612345678', beforeMonth: '2025-10', afterMonth: '2025-11' })).toBeUndefined();
  });
  test("the letter goes to the change's own written channel, with the legal basis", () => {
    const letter = priceChangeLetter(byId('windtre-mobile-2026-01').data, { today: '2026-01-05', carrierName: 'WindTre', line: '3201234567', article: rules.withdrawal.article });
    expect(letter).toContain('Spett.le Wind Tre S.p.A. – Servizio Disdette');
    expect(letter).toContain('PEC: servizioclienti159@pec.windtre.it');
    expect(letter).toContain('Casella Postale 159, 20152 Milano');
    expect(letter).toContain('98-septiesdecies');
    expect(letter).toContain('Data: 5 gennaio 2026');
  });
});
