/**
 * One notice per line whose recurring charges went up. When the rise matches a price change the carrier
 * announced (same carrier, kind of line and dates), the notice names it (data-price-change-id), gives its
 * deadline and a withdrawal letter addressed to that carrier's PEC and postal address, to copy or download.
 * Otherwise it says only what the invoices show.
 */
import catalog from 'virtual:sentinella-catalog';
import priceChanges from 'virtual:sentinella-catalog/price-changes';
import { today } from '../../../shared/dates.ts';
import { SITE_URL } from '../../../shared/config.ts';
import { announcedChangeFor, findPriceRises, type PriceRise } from '../../lib/archive/price-rise.ts';
import { announcedNotice, riseFacts } from '../../lib/archive/price-rise-notice.ts';
import { withdrawalLetter } from '../../lib/archive/withdrawal-letter.ts';
import type { PriceChangeSlice } from '../../../shared/price-changes.ts';
import { t, tParts } from '../../lib/i18n.ts';
import { invoices, notice } from './store.ts';
import { fileName, saveFile } from './download.ts';

const names = new Map(catalog.operators.map((o) => [o.id, o.name]));

async function copy(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    notice.value = { kind: 'ok', text: t('archiveLetterCopied') };
  } catch {
    notice.value = { kind: 'error', text: t('archiveLetterNotCopied') };
  }
}

/** Where the letter goes: the carrier's PEC, its postal address, or both (names and addresses are content data). */
function SendTo({ change }: { change: PriceChangeSlice }) {
  const { to, pec, address } = change.letter;
  const pecPart = pec ? <strong data-testid="letter-pec">{pec}</strong> : null;
  const addressPart = address ? <strong data-testid="letter-address">{address}</strong> : null;
  if (pecPart && addressPart) return <>{tParts('archiveLetterToPecOrAddress', [to, pecPart, addressPart])}</>;
  if (pecPart) return <>{tParts('archiveLetterToPec', [to, pecPart])}</>;
  if (addressPart) return <>{tParts('archiveLetterToAddress', [to, addressPart])}</>;
  return <>{t('archiveLetterTo', to)}</>;
}

/**
 * The withdrawal letter itself stays in Italian whatever the page's language: it is a document addressed to an
 * Italian carrier (shared/price-changes.ts writes it); the words around it come from the locales.
 */
function Letter({ rise, change, carrier, day }: { rise: PriceRise; change: PriceChangeSlice; carrier: string; day: string }) {
  const letter = withdrawalLetter(rise, change, carrier, day);
  return (
    <details>
      <summary>{t('archiveLetterTitle')}</summary>
      <p>
        <SendTo change={change} /> {t('archiveLetterComplete')}
      </p>
      <textarea readOnly rows={16} aria-label={t('archiveLetterText')} value={letter} />
      <p>
        <button type="button" onClick={() => void copy(letter)}>{t('archiveLetterCopy')}</button>{' '}
        <button type="button" onClick={() => saveFile(fileName('recesso', `${rise.carrier}-${rise.line ?? 'linea'}`, 'txt'), letter, 'text/plain;charset=utf-8')}>{t('archiveLetterDownload')}</button>
      </p>
    </details>
  );
}

function Notice({ rise, day }: { rise: PriceRise; day: string }) {
  const carrier = names.get(rise.carrier) ?? rise.carrier;
  const change = announcedChangeFor(rise, priceChanges);
  return (
    <article
      class="rise"
      data-testid="price-rise"
      data-old-cents={rise.oldCents}
      data-new-cents={rise.newCents}
      data-line={rise.line ?? ''}
      data-basis={rise.basis}
      data-price-change-id={change?.id}
      data-deadline={change?.deadline}
    >
      <h3>{change ? t('archiveRiseAnnouncedTitle', carrier) : t('archiveRiseTitle')}</h3>
      <p>{riseFacts(rise, carrier)}</p>
      {change ? (
        <>
          <p data-testid="announced-change">{announcedNotice(change, carrier, day)}</p>
          <p><a href={`${SITE_URL}/rincari/${change.id}/`} target="_blank" rel="noopener">{t('archiveRiseWaysOut')}</a></p>
          <Letter rise={rise} change={change} carrier={carrier} day={day} />
        </>
      ) : (
        <p class="muted" data-testid="no-announced-change">{t('archiveRiseNoAnnounced', carrier)}</p>
      )}
    </article>
  );
}

export function PriceRiseNotices() {
  // The latest rise per line: older ones are history.
  const seen = new Set<string>();
  const rises = findPriceRises(invoices.value).filter((r) => {
    const key = `${r.carrier}|${r.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rises.length === 0) return null;
  const day = today();
  return (
    <section aria-labelledby="rises-title" class="rises">
      <h2 id="rises-title">{t('archiveRisesTitle')}</h2>
      {rises.map((r) => <Notice key={`${r.carrier}|${r.line}`} rise={r} day={day} />)}
    </section>
  );
}
