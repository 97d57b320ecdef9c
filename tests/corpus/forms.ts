/**
 * The ways Italian portals write one amount, one price and one date. Each form returns HTML (markup split
 * across elements included), so a style can place it anywhere.
 */
import type { ModelPrice } from './line-model.ts';

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const SHORT = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];

function split(cents: number): [string, string] {
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return [whole, String(cents % 100).padStart(2, '0')];
}

export type AmountForm = (cents: number) => string;

/** "€ 32,90", "32,90 €", "32,90 euro", "EUR 32,90", "1 234,56 €", split markup, "1.234,56" (bare, in a column headed in euros). */
export const amountForms: Record<string, AmountForm> = {
  'euro-after': (c) => `${split(c).join(',')} €`,
  'euro-before': (c) => `€ ${split(c).join(',')}`,
  'euro-word': (c) => `${split(c).join(',')} euro`,
  'currency-code': (c) => `EUR ${split(c).join(',')}`,
  /** Thousands grouped by a narrow no-break space, as some portals' number formatting writes them. */
  'space-grouped': (c) => `${split(c)[0].replace(/\./g, '&#8239;')},${split(c)[1]} €`,
  'nbsp': (c) => `${split(c).join(',')}&nbsp;€`,
  'split-markup': (c) => `<span>${split(c)[0]}</span><span>,${split(c)[1]}</span>&nbsp;<small>€</small>`,
  /** Under a heading that says the currency ("Importo (€)"). */
  'bare': (c) => split(c).join(','),
};

export type DateForm = (iso: string) => string;

/** "6 novembre 2026", "06/11/2026", "06/11/26", "15 ott 2026", "15 ott. 2026", "06.11.2026", "2026-11-06". */
export const dateForms: Record<string, DateForm> = {
  'long': (d) => `${Number(d.slice(8))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`,
  'slash': (d) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`,
  'slash-short-year': (d) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(2, 4)}`,
  'short-month': (d) => `${Number(d.slice(8))} ${SHORT[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`,
  'dots': (d) => `${d.slice(8)}.${d.slice(5, 7)}.${d.slice(0, 4)}`,
  'iso': (d) => d,
  'short-month-dot': (d) => `${Number(d.slice(8))} ${SHORT[Number(d.slice(5, 7)) - 1]}. ${d.slice(0, 4)}`,
};

/** The month a date falls in, as a portal writes it under an invoice number: "novembre 2026". */
export function monthOf(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

const PERIOD_WORDS: Record<string, Record<ModelPrice['period'], (unit?: string) => string>> = {
  slash: { month: () => '/mese', week: () => '/settimana', 'four-weeks': () => ' ogni 4 settimane', 'per-use': (u) => ` ogni ${u}` },
  words: { month: () => ' al mese', week: () => ' a settimana', 'four-weeks': () => ' ogni 4 settimane', 'per-use': (u) => ` ogni ${u}` },
};

function usageWords(price: ModelPrice, style: 'slash' | 'words'): string {
  if (price.period === 'per-use' && price.unit && /utilizzo/.test(price.unit)) return ` al ${price.unit}`;
  return PERIOD_WORDS[style]![price.period](price.unit);
}

export type PriceForm = (price: ModelPrice) => string;

/** "1,99 €/mese", "€ 1,99 al mese", "1,99 euro al mese", "1<span>,99</span> €<small>/mese</small>", two lines. */
export const priceForms: Record<string, PriceForm> = {
  'euro-slash': (p) => `${split(p.cents).join(',')} €${usageWords(p, 'slash')}`,
  'euro-before-words': (p) => `€ ${split(p.cents).join(',')}${usageWords(p, 'words')}`,
  'euro-word': (p) => `${split(p.cents).join(',')} euro${usageWords(p, 'words')}`,
  'split-markup': (p) => `${split(p.cents)[0]}<span>,${split(p.cents)[1]}</span> €<small>${usageWords(p, 'slash')}</small>`,
  'sup-euro': (p) => `<strong>${split(p.cents).join(',')}</strong><sup>€</sup><span>${usageWords(p, 'slash')}</span>`,
  'two-lines': (p) => `${split(p.cents).join(',')} €<br><small>${usageWords(p, 'words').trim()}</small>`,
};
