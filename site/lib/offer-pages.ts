/**
 * The ranking split into static pages: /offerte/ holds the first OFFERS_PER_PAGE offers, /offerte/pagina/2/
 * the next, and so on, so every page stays light however many offers there are, and the whole ranking reads
 * in order without JavaScript.
 */
import { paths } from './paths.ts';

export const OFFERS_PER_PAGE = 50;

/** How many pages `count` ranked offers take (at least one, which may say there is nothing to rank). */
export function pageCount(count: number, perPage = OFFERS_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** The path of ranking page `n` (1-based): "/offerte/" for the first, "/offerte/pagina/<n>/" after. */
export function rankingPagePath(n: number): string {
  return n <= 1 ? paths.offers : `${paths.offers}pagina/${n}/`;
}

export interface RankingPage<T> {
  /** 1-based page number. */
  number: number;
  pages: number;
  /** The offers on this page, in ranking order. */
  items: T[];
  /** Rank of the first offer on the page (1-based). */
  firstRank: number;
  prev: string | null;
  next: string | null;
}

/** Page `n` of a ranked list. */
export function rankingPage<T>(ranked: readonly T[], n: number, perPage = OFFERS_PER_PAGE): RankingPage<T> {
  const pages = pageCount(ranked.length, perPage);
  const number = Math.min(Math.max(1, Math.floor(n)), pages);
  const start = (number - 1) * perPage;
  return {
    number,
    pages,
    items: ranked.slice(start, start + perPage),
    firstRank: start + 1,
    prev: number > 1 ? rankingPagePath(number - 1) : null,
    next: number < pages ? rankingPagePath(number + 1) : null,
  };
}
