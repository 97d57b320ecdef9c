/** Filters by carrier, line, year and status; the choices come from the archive itself. */
import catalog from 'virtual:sentinella-catalog';
import type { Signal } from '@preact/signals';
import { invoiceYear, NO_LINE } from '../../lib/archive/summaries.ts';
import { t } from '../../lib/i18n.ts';
import { filters, invoices } from './store.ts';

function Select({ label, value, options }: { label: string; value: Signal<string>; options: [string, string][] }) {
  return (
    <label>
      {label}
      <select value={value.value} onChange={(e) => (value.value = (e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('archiveFilterAll')}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

const unique = (values: string[]) => [...new Set(values)].sort();

export function Filters() {
  const all = invoices.value;
  const names = new Map(catalog.operators.map((o) => [o.id, o.name]));
  return (
    <fieldset class="filters" aria-label={t('archiveFilters')}>
      <legend class="sr-only">{t('archiveFilters')}</legend>
      <Select label={t('archiveCarrier')} value={filters.carrier} options={unique(all.map((i) => i.carrier)).map((c) => [c, names.get(c) ?? c])} />
      <Select label={t('archiveLine')} value={filters.line} options={unique(all.map((i) => i.line ?? NO_LINE)).map((l) => [l, l === NO_LINE ? t('archiveNoLine') : l])} />
      <Select label={t('archiveYear')} value={filters.year} options={unique(all.map(invoiceYear).filter((y): y is string => !!y)).reverse().map((y) => [y, y])} />
      <Select label={t('archiveStatus')} value={filters.status} options={[['paid', t('archiveFilterPaid')], ['unpaid', t('archiveUnpaid')]]} />
    </fieldset>
  );
}
