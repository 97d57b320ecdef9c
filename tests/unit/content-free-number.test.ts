/**
 * 800 44 22 99 told right (FACTS.md): the Call Center Unico covers third-party premium subscriptions only
 * (CASP 4.0, Delibera 108/19/CONS). Every paragraph of content that names it says what it covers, and no
 * paragraph offers it as the way to switch off a carrier's own option.
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../shared/catalog/load.ts';

const content = loadContent(join(import.meta.dirname, '..', '..'));
const NUMBER = /800[\s.]?44[\s.]?22[\s.]?99|800442299/;
const SCOPE = /terze parti|terzi|Call Center Unico|contenuti premium|abbonamenti premium/i;
/** Carrier options that the number does not switch off. */
const OPTIONS = /LoSai|Prime Go|Giga di Scorta|Rete Sicura|Ti Ho Cercato|SMS My Wind|Sempre Connesso|Safe Web|Chiamami/i;

/** Every paragraph, FAQ answer and list item that names the number, with where it is. */
const mentions: [string, string][] = [
  ...content.guides.flatMap((g) => [
    ...g.body.split(/\n\s*\n/).map((p) => [`${g.file} (testo)`, p] as [string, string]),
    ...g.data.faq.map((f) => [`${g.file} (FAQ «${f.q}»)`, `${f.q} ${f.a}`] as [string, string]),
  ]),
  ...content.services.flatMap((s) => s.body.split(/\n\s*\n/).map((p) => [`${s.file} (testo)`, p] as [string, string])),
].filter(([, text]) => NUMBER.test(text));

describe('800 44 22 99 in content', () => {
  test('it is mentioned (the guide and the paid-services guide keep it prominent)', () => {
    expect(mentions.some(([where]) => where.includes('numero-800-44-22-99'))).toBe(true);
    expect(mentions.some(([where]) => where.includes('servizi-a-pagamento'))).toBe(true);
  });
  test.each(mentions)('%s says what it covers', (_where, text) => {
    const sameOrNext = text;
    expect(SCOPE.test(sameOrNext) || /non (lo|la|li|le)?\s*(disattiva|spegne|serve)|non spegne|non vede/i.test(sameOrNext), sameOrNext).toBe(true);
  });
  test.each(mentions.filter(([, t]) => OPTIONS.test(t)))('%s never offers it as the way off a carrier option', (_where, text) => {
    // A paragraph naming both must say the number does not switch the option off.
    expect(/non (lo |la |li |le )?(disattiva|spegne)|non serve|non spegne|non copre|non vede|non è tra/i.test(text), text).toBe(true);
  });
  test("no service lists it among a carrier option's ways off", () => {
    const listed = content.services.flatMap((s) => s.data.switchOff.filter((w) => NUMBER.test(`${w.number ?? ''} ${w.label}`)).map(() => s.id));
    expect(listed).toEqual([]);
  });
});
