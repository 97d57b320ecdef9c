import { render } from 'preact';
import { ArchivePage } from './ArchivePage.tsx';
import { followWanted, load } from './store.ts';
import { onArchiveChanged } from '../../lib/archive/changes.ts';
import { oneAtATime } from '../../lib/one-at-a-time.ts';
import { t, uiLanguage } from '../../lib/i18n.ts';
import './archive.css';

const app = document.getElementById('app')!;
// index.html is written in Italian, the default; the page then speaks the locale the browser picked.
document.documentElement.lang = uiLanguage();
document.title = t('archivePageTitle');
app.querySelector('p')?.replaceChildren(t('archiveLoading'));
performance.mark('archive-start');
// The wanted list ("Lo voglio tenere"): until it is read, every paid extra counts.
void followWanted().catch(() => undefined);
// A failed first read is shown by load() itself (the archive is unavailable), never as an empty archive.
load()
  .catch(() => undefined)
  .then(() => {
    performance.mark('archive-data');
    app.textContent = '';
    render(<ArchivePage />, app);
    // Layout is part of showing the page: measure up to it, not just to the DOM being built.
    void document.body.offsetHeight;
    performance.mark('archive-rendered');
    performance.measure('archive-render', 'archive-data', 'archive-rendered');
    document.documentElement.dataset.archiveReady = 'true';
    // Invoices archived in another tab appear here without a reload; a burst of changes (one per document
    // stored) reads the archive once more after the read in progress, not once per change.
    const reload = oneAtATime(load);
    onArchiveChanged(() => void reload().catch(() => undefined));
  });
