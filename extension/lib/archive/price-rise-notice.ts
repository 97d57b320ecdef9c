/**
 * What the archive's price-rise notice says, in the extension's language: what the invoices show, and, when an
 * announced change explains the rise, what was announced and how long is left to withdraw.
 */
import { daysLeft, type PriceChangeSlice } from '../../../shared/price-changes.ts';
import { formatEuro, toCents } from '../../../shared/money.ts';
import { formatItalianDate, formatMonthYear } from '../../../shared/format.ts';
import { t, uiLanguage } from '../i18n.ts';
import type { PriceRise } from './price-rise.ts';

function where(rise: PriceRise, carrierName: string): string {
  if (!rise.line) return t('riseWithCarrier', carrierName);
  return /^\+?\d[\d\s]{5,}$/.test(rise.line) ? t('riseOnLine', rise.line) : t('riseForCustomerCode', rise.line);
}

/** What the invoices show, in the extension's language: the compared amounts, their months, the charges that rose, the yearly cost. */
export function riseFacts(rise: PriceRise, carrierName: string): string {
  const lang = uiLanguage();
  const amounts = [formatEuro(rise.oldCents), formatMonthYear(rise.before.periodMonth!, lang), formatEuro(rise.newCents), formatMonthYear(rise.after.periodMonth!, lang), formatEuro(rise.yearlyIncreaseCents)];
  if (rise.basis === 'total') return t('riseFactsTotal', [where(rise, carrierName), ...amounts]);
  // The charges' labels are the invoices' own words (data), as the carrier printed them.
  const items = rise.risen.map((c) => t('riseItem', [c.label, formatEuro(c.oldCents), formatEuro(c.newCents)])).join('; ');
  return t('riseFactsRecurring', [where(rise, carrierName), ...amounts, items]);
}

/** How much the announced change adds: its amount or range, monthly or once. */
function increaseWords(change: Pick<PriceChangeSlice, 'increase'>): string {
  const i = change.increase;
  if (!i) return t('riseIncreaseInNotice');
  const range = i.max !== undefined && i.max !== i.min;
  const min = formatEuro(toCents(i.min));
  if (i.period === 'one-off') return range ? t('riseIncreaseRangeOnce', [min, formatEuro(toCents(i.max!))]) : t('riseIncreaseOnce', min);
  return range ? t('riseIncreaseRangeMonthly', [min, formatEuro(toCents(i.max!))]) : t('riseIncreaseMonthly', min);
}

/** How long is left to withdraw, counted from `today`. */
function daysLeftWords(change: Pick<PriceChangeSlice, 'deadline'>, today: string): string {
  const left = daysLeft(change, today);
  if (left < 0) return t('riseDeadlinePassed', formatItalianDate(change.deadline, uiLanguage()));
  if (left === 0) return t('riseDeadlineToday');
  return left === 1 ? t('riseDeadlineOneDay') : t('riseDeadlineDays', String(left));
}

/**
 * The notice for a rise an announced change explains: the change, its increase and the deadline. The change's
 * title and deadline note are content facts (content/price-changes), shown as content writes them.
 */
export function announcedNotice(change: PriceChangeSlice, carrierName: string, today: string): string {
  const lang = uiLanguage();
  const text = t('riseAnnounced', [carrierName, change.title, increaseWords(change), formatItalianDate(change.effective, lang), formatItalianDate(change.deadline, lang), daysLeftWords(change, today)]);
  return change.deadlineNote ? `${text} ${change.deadlineNote}` : text;
}
