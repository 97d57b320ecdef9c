/** One notice per line whose bill went up, with the right to leave and a withdrawal letter to copy or download. */
import catalog from 'virtual:sentinella-catalog';
import { today } from '../../../shared/dates.ts';
import { findPriceRises, riseNotice, withdrawalLetter, type PriceRise } from '../../lib/archive/price-rise.ts';
import { invoices, notice } from './store.ts';
import { fileName, saveFile } from './download.ts';

const names = new Map(catalog.operators.map((o) => [o.id, o.name]));

async function copy(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    notice.value = { kind: 'ok', text: 'Lettera copiata: incollala in una PEC o in una raccomandata.' };
  } catch {
    notice.value = { kind: 'error', text: 'Non è stato possibile copiare: usa «Scarica la lettera».' };
  }
}

function Notice({ rise }: { rise: PriceRise }) {
  const carrier = names.get(rise.carrier) ?? rise.carrier;
  const letter = withdrawalLetter(rise, carrier, today());
  return (
    <article class="rise" data-testid="price-rise" data-old-cents={rise.oldCents} data-new-cents={rise.newCents} data-line={rise.line ?? ''}>
      <h3>La bolletta è aumentata</h3>
      <p>{riseNotice(rise, carrier)}</p>
      <details>
        <summary>Lettera di recesso pronta</summary>
        <textarea readOnly rows={14} aria-label="Testo della lettera di recesso" value={letter} />
        <p>
          <button type="button" onClick={() => void copy(letter)}>Copia la lettera</button>{' '}
          <button type="button" onClick={() => saveFile(fileName('recesso', `${rise.carrier}-${rise.line ?? 'linea'}`, 'txt'), letter, 'text/plain;charset=utf-8')}>Scarica la lettera</button>
        </p>
      </details>
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
  return (
    <section aria-labelledby="rises-title" class="rises">
      <h2 id="rises-title">Aumenti di prezzo</h2>
      {rises.map((r) => <Notice key={`${r.carrier}|${r.line}`} rise={r} />)}
    </section>
  );
}
