/**
 * What the /rincari/ pages show about a price change, in Italian, from its content file: the lines it concerns,
 * the dates, and the withdraw and refuse ways as one line each. Days left count from the build day.
 */
import type { PriceChange, RefuseWay, WithdrawWay } from '../../shared/schemas/price-change.ts';
import { formatItalianDate } from '../../shared/dates.ts';

/** "Linea fissa", "Linea mobile", "Linea fissa e mobile". */
export function linesText(c: Pick<PriceChange, 'lines'>): string {
  const fixed = c.lines.includes('fixed');
  const mobile = c.lines.includes('mobile');
  return fixed && mobile ? 'Linea fissa e mobile' : fixed ? 'Linea fissa' : 'Linea mobile';
}

/** A withdraw way's contact as the page prints it after the label: the number, the PEC or the address. */
export function withdrawContact(w: WithdrawWay): string | null {
  if (w.method === 'pec') return w.pec ?? null;
  if (w.method === 'post') return w.address ?? null;
  if (w.method === 'call') return w.number ?? null;
  return null;
}

/** "Invia un SMS gratuito con testo CONFERMO ON al 40916, entro il 30 agosto 2025". */
export function refuseText(r: RefuseWay): string {
  const sms = r.smsText && r.number ? `: SMS con testo ${r.smsText} al ${r.number}` : r.number ? `: ${r.number}` : '';
  const by = r.by ? `, entro il ${formatItalianDate(r.by)}` : '';
  return `${r.label}${sms}${by}`;
}

/** The letter as a data: URL a link can download without JavaScript. */
export function letterHref(letter: string): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(letter)}`;
}
