import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import { About } from './About.tsx';
import { FreeNumber } from './FreeNumber.tsx';
import { InvoiceSummary } from './InvoiceSummary.tsx';
import { LineCosts } from './LineCosts.tsx';
import { TabExtras } from './TabExtras.tsx';
import { loadTabSummary, tabSummary } from './tab-summary.ts';

/** The popup: on a carrier page, that page's paid extras; elsewhere, what Sentinella does and where. One line per section. */
export function Popup() {
  useEffect(() => void loadTabSummary(), []);
  const summary = tabSummary.value;
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {summary ? <TabExtras summary={summary} /> : summary === null ? <About /> : null}
      <InvoiceSummary />
      <LineCosts />
      <FreeNumber />
    </main>
  );
}
