/**
 * What in content/ needs re-checking, oldest first: every dated figure whose source says it held more than
 * STALE_AFTER_DAYS before `day`, and every guide source with no date at all. One row per figure: the file,
 * the figure in words, its asOf (or "senza data") and the source URL. `npm run content:report` prints it.
 * Node only (reads content/ through the validating loader).
 */
import { loadContent, type Content } from './load.ts';
import { STALE_AFTER_DAYS, isStale } from '../freshness.ts';
import { today } from '../dates.ts';

export interface ReportRow {
  file: string;
  /** The figure, as an editor finds it in the file (e.g. "prices.0: 0.49 € week", "source"). */
  figure: string;
  /** The day the source says the figure held; null when the source gives none. */
  asOf: string | null;
  url: string;
}

/** Every figure to re-check on `day`, oldest asOf first (undated ones first of all), then by file. */
export function staleFigures(content: Content, day: string): ReportRow[] {
  const rows: ReportRow[] = [];
  const add = (file: string, figure: string, asOf: string | undefined, url: string) => {
    if (asOf === undefined) rows.push({ file, figure, asOf: null, url });
    else if (isStale(asOf, day)) rows.push({ file, figure, asOf, url });
  };
  for (const o of content.offers) {
    add(o.file, `offer "${o.data.name}" (${o.data.monthlyPrice} € al mese)`, o.data.source.asOf, o.data.source.url);
    o.data.moreSources.forEach((s, i) => add(o.file, `moreSources.${i}: ${s.title}`, s.asOf, s.url));
  }
  for (const s of content.services) {
    s.data.prices.forEach((p, i) => add(s.file, `prices.${i}: ${p.amount} € ${p.period}${p.when ? ` (${p.when})` : ''}`, p.asOf, p.source));
    s.data.sources.forEach((src, i) => add(s.file, `sources.${i}: ${src.title}`, src.asOf, src.url));
  }
  for (const c of content.priceChanges) {
    c.data.sources.forEach((src, i) => add(c.file, `sources.${i}: ${src.title}`, src.asOf, src.url));
  }
  for (const g of content.guides) {
    g.data.sources.forEach((src, i) => add(g.file, `sources.${i}: ${src.title}`, src.asOf, src.url));
  }
  for (const m of content.market ?? []) {
    add(m.file, `market average "${m.data.label}" (${m.data.monthlyPrice} € al mese)`, m.data.source.asOf, m.data.source.url);
  }
  return rows.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.file.localeCompare(b.file) || a.figure.localeCompare(b.figure));
}

/** The report as text: a heading line, then one tab-separated row per figure (file, figure, asOf, URL). */
export function formatReport(rows: readonly ReportRow[], day: string): string {
  const head = `${rows.length} figure${rows.length === 1 ? '' : 's'} to re-check on ${day} (source older than ${STALE_AFTER_DAYS} days, or undated), oldest first:`;
  return [head, ...rows.map((r) => [r.file, r.figure, r.asOf ?? 'senza data', r.url].join('\t'))].join('\n');
}

if (import.meta.main) {
  const root = process.env.SENTINELLA_CONTENT_ROOT ?? process.cwd();
  const day = process.env.SENTINELLA_BUILD_DATE || today();
  console.log(formatReport(staleFigures(loadContent(root), day), day));
}
