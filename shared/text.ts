/** Text normalisation for matching names as pages write them ("TIM PRIME GO", "Tim Prime", "Lo Sai"). */

/** Lower case without accents, everything else kept: "Più Giga" → "piu giga". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Lower case, no accents, letters and digits only: "Lo Sai!" → "losai", "Più Giga" → "piugiga". */
export function normalizeName(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]+/g, '');
}

/** Collapses white space and trims: what a person reads. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
