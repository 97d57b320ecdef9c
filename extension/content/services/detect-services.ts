/**
 * The paid services active on the line, as the page in front of the user shows them.
 * Pure: reads the DOM, changes nothing. A row is a paid service when it is a catalog service shown as
 * active (status "Attivo", a "Disattiva" control or a price), or an unknown row of the services list
 * with a recurring price. Promotional cards ("Scopri", "Attiva ora") and free or included items are not.
 */
import type { SpotlightService } from '../../../shared/content/catalog.ts';
import { formatPrice, isRecurring, monthlyCents, toCents, yearlyCents, type Period } from '../../../shared/money.ts';
import { cleanText, normalizeName } from '../../../shared/text.ts';
import { servicesPage } from '../portal/selectors.ts';
import { findCandidateRows, isOn } from './find-rows.ts';
import { createServiceMatcher, type ServiceMatcher } from '../../lib/match-service.ts';
import { rowLine } from './row-line.ts';
import { rowPrice } from './row-price.ts';
import { visibleText } from './visible-text.ts';

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
  /** Stable across scans and pages: the id, or "unknown:" and the normalised shown name. */
  key: string;
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

/** Names longer than this are descriptions: the first words are kept. */
const MAX_NAME = 80;

interface RowFacts {
  text: string;
  active: boolean;
  switchOff: boolean;
  marketing: boolean;
}

/** Looks at the row's small elements once: status, switch-off control, marketing call to action. */
function rowFacts(row: Element): RowFacts {
  const facts: RowFacts = { text: visibleText(row), active: false, switchOff: false, marketing: false };
  for (const el of row.querySelectorAll('*')) {
    if (el.matches(servicesPage.switchSelector) && isOn(el)) {
      facts.active = true;
      continue;
    }
    if (el.childElementCount > 2) continue;
    const words = el.tagName === 'INPUT' ? ((el as HTMLInputElement).value ?? '') : cleanText(el.textContent ?? '');
    if (!words || words.length > 40) continue;
    if (servicesPage.activeStatus.test(words)) facts.active = true;
    else if (el.matches(servicesPage.controlSelector)) {
      if (servicesPage.switchOffControl.test(words)) facts.switchOff = true;
      else if (servicesPage.marketing.test(words)) facts.marketing = true;
    }
  }
  return facts;
}

const NOT_A_NAME = /€|\beur\b/i;

function isNameText(words: string): boolean {
  return (
    words.length > 1 &&
    !NOT_A_NAME.test(words) &&
    !servicesPage.activeStatus.test(words) &&
    !servicesPage.switchOffControl.test(words) &&
    !servicesPage.marketing.test(words)
  );
}

/** The element naming the row's service and its words: a name-like element, else the first words. */
function rowName(row: Element): { element: Element; name: string } | null {
  for (const el of row.querySelectorAll(servicesPage.nameSelector)) {
    const words = visibleText(el);
    if (isNameText(words)) return { element: el, name: words.slice(0, MAX_NAME) };
  }
  const doc = row.ownerDocument;
  const walker = doc.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = cleanText((node as Text).data);
    const parent = node.parentElement;
    if (parent && isNameText(words) && !parent.closest('[data-sentinella-own]')) return { element: parent, name: words.slice(0, MAX_NAME) };
  }
  return null;
}

function isHidden(row: Element): boolean {
  if (row.closest('[hidden], [aria-hidden="true"]')) return true;
  // Rows hidden by the portal's CSS (a view switched off) are not on screen.
  const check = (row as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(row) : false;
}

function catalogPrice(service: SpotlightService): DetectedPrice | null {
  const ref = service.prices[0];
  if (!ref) return null;
  const cents = toCents(ref.amount);
  return { cents, period: ref.period, text: formatPrice(cents, ref.period), fromCatalog: true };
}

function classify(row: Element, underHeading: boolean, match: ServiceMatcher): DetectedService | null {
  const facts = rowFacts(row);
  if (facts.marketing && !facts.active && !facts.switchOff) return null;
  const named = rowName(row);
  if (!named) return null;
  const service = match(named.name);
  const shown = rowPrice(row, facts.text);
  const paidShown = shown !== null && shown.cents > 0;
  // "0,00 €", "Incluso", "Gratuito": not a paid extra, unless a real price is shown too.
  if (shown && shown.cents === 0) return null;
  if (!paidShown && servicesPage.free.test(facts.text)) return null;

  let price: DetectedPrice | null;
  if (service) {
    if (!facts.active && !facts.switchOff && !paidShown) return null;
    const fallback = catalogPrice(service);
    price = paidShown
      ? { cents: shown.cents, period: shown.period ?? fallback?.period ?? null, text: shown.text, fromCatalog: false }
      : fallback;
  } else {
    if (!paidShown || !shown.period || !isRecurring(shown.period)) return null;
    if (!underHeading && !facts.active && !facts.switchOff) return null;
    price = { cents: shown.cents, period: shown.period, text: shown.text, fromCatalog: false };
  }
  if (isHidden(row)) return null;

  const period = price?.period ?? null;
  const id = service?.id ?? 'unknown';
  return {
    id,
    key: service ? service.id : `unknown:${normalizeName(named.name)}`,
    name: named.name,
    service,
    row,
    nameElement: named.element,
    price,
    monthlyCents: price && period ? monthlyCents(price.cents, period) : null,
    yearlyCents: price && period ? yearlyCents(price.cents, period) : null,
  };
}

/** Detects the paid services on the line in `root` (a document or a part of it), in page order. */
export function detectServices(root: Document | Element, services: readonly SpotlightService[], matcher: ServiceMatcher = createServiceMatcher(services)): DetectedService[] {
  const found: DetectedService[] = [];
  for (const { row, underServicesHeading } of findCandidateRows(root)) {
    const detected = classify(row, underServicesHeading, matcher);
    if (detected) found.push(detected);
  }
  // A card that holds a smaller row already found (a table inside a card) is not a second service.
  const rows = found.filter((d) => !found.some((other) => other !== d && d.row.contains(other.row)));
  // The same service on several lines (a business account) gets one key per row: "id@line" when the page
  // names each row's line (stable whatever the order), else "id#2", "id#3" in page order.
  const byKey = new Map<string, DetectedService[]>();
  for (const d of rows) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d]);
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    const lines = group.map((d) => rowLine(d.row));
    const distinct = lines.every((l) => l !== null) && new Set(lines).size === lines.length;
    group.forEach((d, i) => {
      if (distinct) d.key = `${key}@${lines[i]}`;
      else if (i > 0) d.key = `${key}#${i + 1}`;
    });
  }
  return rows;
}
