/**
 * The paid services active on the line, as the page in front of the user shows them.
 * Pure: reads the DOM, changes nothing. A row is a paid service when it is a catalog service shown as
 * active (status "Attivo", a switch that is on, a "Disattiva" control, also in the row's menu, or a price under
 * the line's services heading), or an unknown row with a charge that repeats or is billed by use. Promotional
 * tiles, the base plan, credit, renewals, usage counters, free or included items and rows shown as off are not.
 */
import type { SpotlightService } from '../../../shared/catalog/catalog.ts';
import { formatPrice, isRecurring, monthlyCents, toCents, yearlyCents, type Period } from '../../../shared/money.ts';
import { servicesPage } from '../portal/selectors.ts';
import { findCandidateRows, type Row } from './find-rows.ts';
import { createRowReader, type RowReader } from './row-reader.ts';
import { createServiceMatcher, type ServiceMatcher } from '../../lib/match-service.ts';
import { extraKey, keyLine, serviceKey } from '../../lib/extra-key.ts';
import { rowLine } from './row-line.ts';
import { rowPrice } from './row-price.ts';
import { containsComposed } from '../reading/composed-tree.ts';
import { insideHidden } from '../reading/visible-text.ts';

export interface DetectedPrice {
  cents: number;
  period: Period | null;
  /** As the page shows it, or the catalog's reference price written out. */
  text: string;
  /** True when the page shows no price and the catalog's reference price stands in. */
  fromCatalog: boolean;
}

export interface DetectedService {
  /** The catalog id, or "unknown" for a paid row not in the catalog. */
  id: string;
  /**
   * What "Lo voglio tenere" keeps and the archive files the sighting under, stable across scans: the service,
   * the row's line, the listing (grammar in extension/lib/extra-key.ts). Sent to the archive as is.
   */
  key: string;
  /** The line the page names for the row (digits), or null. */
  line: string | null;
  /** The name as the page shows it. */
  name: string;
  service: SpotlightService | undefined;
  row: Element;
  /** The element holding the name (where a badge reads naturally), or the row. */
  nameElement: Element;
  price: DetectedPrice | null;
  monthlyCents: number | null;
  yearlyCents: number | null;
}

/** How many labelled panes inside a row are looked at for a master's entry. */
const MAX_PANES = 24;

/** Names longer than this are descriptions: the first words are kept. */
const MAX_NAME = 80;

function isHidden(row: Element): boolean {
  if (insideHidden(row)) return true;
  // Inside a closed <details> that is not the row's own disclosure (a group "Linee cessate (1)"): not on screen
  // until opened, as browsers report (checkVisibility) and every reader of the page agrees.
  const closed = row.parentElement?.closest('details:not([open])');
  if (closed && !row.matches('summary') && closed.querySelector(':scope > summary') !== row) return true;
  // Rows hidden by the portal's CSS (a view switched off) are not on screen.
  const check = (row as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check !== 'function' || check.call(row)) return false;
  // A row laid out with `display: contents` has no box of its own: its cells, shown in the grid, are what a
  // person sees.
  if (row.ownerDocument.defaultView?.getComputedStyle(row).display === 'contents') return [...row.children].every(isHidden);
  return true;
}

function catalogPrice(service: SpotlightService): DetectedPrice | null {
  const ref = service.prices[0];
  if (!ref) return null;
  const cents = toCents(ref.amount);
  return { cents, period: ref.period, text: formatPrice(cents, ref.period), fromCatalog: true };
}

/** The element showing the name: the deepest one in the row whose lines are the name (with its sub-line). */
function nameElementOf(row: Row, name: string, reader: RowReader): Element {
  let best: Element = row.el;
  for (const part of row.parts) {
    for (const el of part.querySelectorAll('*')) {
      const lines = reader.lines(el);
      if (lines[0] === name && lines.length <= 2) best = el;
    }
  }
  return best;
}

function classify(row: Row, match: ServiceMatcher, reader: RowReader): DetectedService | null {
  // The words first: most rows a page shows (invoices, plans, menus) are ruled out before any element is queried.
  const words = reader.words(row);
  if (words.names.length === 0) return null;
  // A table's footer, a line that sums ("Totale canoni ricorrenti"), a group's header that counts its rows
  // ("1 servizio attivo · 4,99 € a settimana"): they add up services, they are none.
  if (row.el.closest('tfoot') || servicesPage.sumLine.re.test(words.lines[0] ?? '') || words.lines.some((l) => servicesPage.groupCount.re.test(l))) return null;
  let service: SpotlightService | undefined;
  let name = words.names[0]!;
  // A known name wrapped over two lines ("TIM Safe Web" / "Mobile") is the two together.
  const joined = words.names.length > 1 ? `${words.names[0]} ${words.names[1]}` : '';
  const whole = joined ? match(joined) : undefined;
  // Only when neither line alone is that service ("In prova" over "Vodafone Rete Sicura", a name under its
  // category, a description naming it again).
  if (whole && match(words.names[0]!) !== whole && match(words.names[1]!) !== whole) {
    service = whole;
    name = joined;
  }
  for (const candidate of service ? [] : words.names) {
    service = match(candidate);
    if (service) {
      name = candidate;
      break;
    }
  }
  const shown = rowPrice(words.lines);
  const paidShown = shown !== null && shown.cents > 0;
  // "0,00 €", "Incluso", "Gratuito": not a paid extra, unless a real price is shown too.
  if (shown && shown.cents === 0) return null;
  if (!paidShown && words.lines.some((l) => l.length <= 40 && servicesPage.free.re.test(l))) return null;
  // A line adding up several prices sums up the list ("Spesa stimata: 31,58 € al mese + 0,49 € a settimana").
  if (!service && shown?.sum) return null;
  // An unknown row is a paid extra only with a charge that repeats or is billed by use.
  if (!service && (!paidShown || !shown.period || !(isRecurring(shown.period) || shown.period === 'per-use'))) return null;

  const facts = reader.facts(row);
  // Promotional tiles and rows that say they are off are never a cost on the line.
  if (facts.context === 'promo') return null;
  if (facts.inactive && !facts.active) return null;
  // An end already asked for: the charge stops without the user doing anything more.
  if (facts.ending) return null;
  if (facts.marketing && !facts.active && !facts.switchOff) return null;

  let price: DetectedPrice | null;
  if (service) {
    if (!facts.active && !facts.switchOff && !(paidShown && facts.context === 'services')) return null;
    const fallback = catalogPrice(service);
    price = paidShown
      ? { cents: shown.cents, period: shown.period ?? fallback?.period ?? null, text: shown.text, fromCatalog: false }
      : fallback;
  } else {
    // Shown as on (or listed under the line's services), and never the base plan, the credit, a renewal or a
    // usage counter.
    if (!paidShown || !shown.period) return null;
    if (facts.plan || facts.context === 'plan') return null;
    if (servicesPage.accountFact.re.test(name)) return null;
    if (!facts.active && !facts.switchOff && facts.context !== 'services') return null;
    price = { cents: shown.cents, period: shown.period, text: shown.text, fromCatalog: false };
  }
  const period = price?.period ?? null;
  const shownName = name.slice(0, MAX_NAME);
  const id = service?.id ?? 'unknown';
  return {
    id,
    // The service part only: detectServices adds the line and the listing once the rows are known.
    key: serviceKey(service?.id, shownName),
    line: null,
    name: shownName,
    service,
    row: row.el,
    nameElement: nameElementOf(row, name, reader),
    price,
    monthlyCents: price && period ? monthlyCents(price.cents, period) : null,
    yearlyCents: price && period ? yearlyCents(price.cents, period) : null,
  };
}

/** Detects the paid services on the line in `root` (a document or a part of it), in page order. */
export function detectServices(root: Document | Element, services: readonly SpotlightService[], matcher: ServiceMatcher = createServiceMatcher(services)): DetectedService[] {
  const found: DetectedService[] = [];
  /** Each found row's parts: a disclosure's header with its panel (whose rows may be found on their own). */
  const partsOf = new Map<DetectedService, readonly Element[]>();
  const reader = createRowReader();
  for (const row of findCandidateRows(root, reader)) {
    const detected = classify(row, matcher, reader);
    if (detected) {
      found.push(detected);
      partsOf.set(detected, row.parts);
    }
  }
  // A card that holds a smaller row already found (a table inside a card) is not a second service, even when
  // that row is off screen (a closed group "Linee cessate" is no service of its own either).
  // (Across shadow roots too: a component's card and the row inside its own tree are one service.)
  // A group's header whose panel holds rows found on their own ("Chiamate e SMS" over "Lo Sai") is no service either.
  const holds = (d: DetectedService, other: DetectedService) => containsComposed(d.row, other.row) || (partsOf.get(d) ?? []).some((part) => containsComposed(part, other.row));
  // A detail pane labelled by a list's entry (master and detail: the selected entry shown again beside the list)
  // is that entry's service, not a second one.
  const detailOf = (d: DetectedService, other: DetectedService) => {
    if (d.name !== other.name) return false;
    // The pane is the row, holds it, or is held by it (a section around the labelled region).
    const panes = [d.row.closest('[aria-labelledby]'), ...[...d.row.querySelectorAll('[aria-labelledby]')].slice(0, MAX_PANES)];
    return panes.some((pane) => {
      if (!pane || pane.contains(other.row)) return false;
      const label = d.row.ownerDocument.getElementById(pane.getAttribute('aria-labelledby')!.split(/\s+/)[0]!);
      return !!label && !pane.contains(label) && (other.row.contains(label) || label.contains(other.row));
    });
  };
  const own = found.filter((d) => !found.some((other) => other !== d && holds(d, other)));
  const rows = own.filter((d) => !own.some((other) => other !== d && detailOf(d, other))).filter((d) => !isHidden(d.row));
  // One key per row: the service, "@line" when the page names the row's line (a business account lists
  // several), and "#2", "#3" in page order for a second listing of the same service on the same line or on a
  // page that names no line.
  const listings = new Map<string, number>();
  for (const d of rows) {
    d.line = keyLine(rowLine(d.row));
    const first = extraKey(d.key, d.line);
    const listing = (listings.get(first) ?? 0) + 1;
    listings.set(first, listing);
    d.key = extraKey(d.key, d.line, listing);
  }
  return rows;
}
