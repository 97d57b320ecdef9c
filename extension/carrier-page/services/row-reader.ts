/**
 * What one row of a services list says, read once per scan: its lines, the name-like ones, its status and
 * controls, and the heading it sits under. Everything comes from visible words (visible-text.ts) and from
 * ARIA state (switches, menus), never from class names.
 */
import { servicesPage } from '../portal/selectors.ts';
import { visibleLines } from '../reading/visible-text.ts';
import type { Row } from './find-rows.ts';
import { parentOf, queryAllComposed, shadowHosts } from '../reading/composed-tree.ts';
import { createColumnLines } from './column-prices.ts';
import { rowSpan } from '../reading/grid-cells.ts';
import { HEADING_SELECTOR, MAX_WORD_LINE, sectionLabel, statusForms, titleStatus } from './status-words.ts';
import { latinLetters } from '../../../shared/latin-letters.ts';

/** Where a row sits: under a services heading, a promotions heading, the base plan, another heading or none. */
export type RowContext = 'services' | 'promo' | 'plan' | 'other' | null;

export interface RowFacts {
  lines: string[];
  /** The name-like lines, in page order ("Label: value" lines give their value). */
  names: string[];
  active: boolean;
  inactive: boolean;
  switchOff: boolean;
  marketing: boolean;
  /** A line says the service's end is already asked for ("Disattivazione richiesta il 01/12/2026", "(disattivazione in corso)"), even beside "Attivo". */
  ending: boolean;
  /** A line labels the row as the line's base plan ("Offerta", "Il tuo piano"). */
  plan: boolean;
  context: RowContext;
}

export interface RowReader {
  lines(el: Element): string[];
  /** The row's lines and name-like lines only: the cheap first look, before any element is queried. */
  words(row: Row): Pick<RowFacts, 'lines' | 'names' | 'plan'>;
  /** The first name-like line of the row, or null. */
  nameOf(row: Row): string | null;
  holdsListHeading(el: Element): boolean;
  facts(row: Row): RowFacts;
}

/** Status and control words are short; a longer line is a sentence about them. */
const MAX_NAME_LINE = 120;
/** The longest line read as a sentence about a service's state. */
const MAX_SENTENCE = 240;
/** How far above a row its heading is looked for. */
const MAX_CONTEXT_CLIMB = 8;
/** How many earlier siblings are looked at, at each level. */
const MAX_SIBLINGS = 6;

const S = servicesPage;
const PERIOD_ONLY = /\b(?:al|alla|a|ogni|per|la|il|di|mese|mesi|settimana|settimane|giorno|giorni|anno|anni|una|tantum|consumo|utilizzo|mensile|settimanale|iva|inclusa|compresa|esclusa|escl|incl)\b/gi;
const AMOUNT = /€|\beur(?:o)?\b|\d,\d{2}\b/i;
/** Where an amount starts in a line: "€ 1,59", "1,59 €", "1,59". */
const AMOUNT_START = /€\s*\d|\d+(?:[.,]\d{1,2})?\s*(?:€|eur)/i;

function test(pattern: { re: RegExp }, line: string): boolean {
  return line.length <= MAX_WORD_LINE && pattern.re.test(line);
}

/** A name's line without the status badge or kind label read on its end ("Giga Scorta Attiva", "VideoGiochi Club Servizio"). */
function withoutTrailingLabels(line: string): string {
  // The badge is at the end: only the line's last characters are searched (the longest badge and its boundary
  // fit in them), so a long line costs what a short one does.
  const tail = line.slice(-TRAILING_TAIL);
  const badge = S.trailingStatus.re.exec(tail);
  const named = badge ? line.slice(0, line.length - tail.length + badge.index) : line;
  return named.replace(S.trailingKind.re, '');
}
const TRAILING_TAIL = 32;

/**
 * A name without the pictures around it ("🛡️ TIM Safe Web Plus™", "FitCoach Pro 🏋️" → the words, ® and ™
 * kept): an emoji decorates a name, it is not part of it.
 */
const EDGE_PICTURES = /^(?:(?![©®™])[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]|\s)+|(?:(?![©®™])[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]|\s)+$/gu;
export function withoutPictures(line: string): string {
  return line.replace(EDGE_PICTURES, '');
}

/** A name read out of a sentence: "Hai attivo LoSai a" → "LoSai", "Non hai attivato l'opzione X, che costa" → "X". */
function withoutSentence(words: string): string {
  return words.replace(S.sentenceLead.re, '').replace(S.sentenceTail.re, '');
}

/** "Offerta: TIM Start" → ["Offerta", "TIM Start"]; null when the line is not "label: value". */
function splitLabel(line: string): [string, string] | null {
  const m = /^([^:·]{2,30})\s*[:·]\s*(.+)$/.exec(line);
  return m ? [m[1]!.trim(), m[2]!.trim()] : null;
}

const ANY_LETTER = latinLetters(/\p{L}/u);
const TWO_LETTERS = latinLetters(/\p{L}{2}/u);
const THREE_LETTERS = latinLetters(/\p{L}{3}/u);
/** A sentence's end and the next one's capital ("Attivo. Rinnovo ogni mese"): a description, not a name. */
const SENTENCE_BREAK = latinLetters(/[.!?]\s+\p{Lu}/u);
/** A short code of letters and digits that names a service on its own ("5G", "TV+"). */
const SHORT_CODE = latinLetters(/^[\p{L}\p{N}+]{2,4}$/u);

/** A line that can be a service's name: words, not an amount, a status, a control, a label or a heading. */
export function isNameLine(line: string): boolean {
  if (line.length < 2 || line.length > MAX_NAME_LINE || !ANY_LETTER.test(line)) return false;
  if (S.lineName.re.test(line) || S.sumLine.re.test(line) || S.continuation.re.test(line) || S.priceLead.re.test(line)) return false;
  // Two sentences ("Il totale viene addebitato ogni mese. Ultima fattura"): a note, never a name.
  if (SENTENCE_BREAK.test(line)) return false;
  // Short names of letters and digits ("5G", "4G+") are names too.
  if (!TWO_LETTERS.test(line) && !SHORT_CODE.test(line)) return false;
  if (AMOUNT.test(line)) return false;
  if (test(S.activeStatus, line) || test(S.inactiveStatus, line) || test(S.switchOffControl, line) || test(S.menuButton, line)) return false;
  if (test(S.marketing, line) || test(S.fieldLabel, line) || test(S.fieldQuestion, line) || test(S.planLabel, line)) return false;
  if (S.listHeading.re.test(line) || S.promoHeading.re.test(line)) return false;
  if (line.length <= 30 && S.free.re.test(line)) return false;
  // "al mese", "ogni 4 settimane", "IVA inclusa": a period or a note, not a name.
  const rest = line.replace(PERIOD_ONLY, '');
  return THREE_LETTERS.test(rest.replace(/\d+/g, '')) || SHORT_CODE.test(line);
}

function headingKind(text: string): RowContext {
  if (S.listHeading.re.test(text)) return 'services';
  if (S.promoHeading.re.test(text)) return 'promo';
  if (S.planLabel.re.test(text)) return 'plan';
  return 'other';
}

function isHeading(el: Element): boolean {
  return el.matches(HEADING_SELECTOR);
}

function switchState(el: Element): boolean | null {
  const checked = el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed');
  if (checked === 'true') return true;
  if (checked === 'false') return false;
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return null;
}

/** A reader for one scan: each element is read once, whatever asks. */
export function createRowReader(): RowReader {
  const lineCache = new Map<Element, string[]>();
  const contextCache = new Map<Element, RowContext>();

  // The page's components with a tree of their own, found once per scan: a row's controls, switches and
  // badges are also looked for inside them (a card component's "Attiva" button is not its status).
  let hosts: Element[] | undefined;
  const inside = (scope: Element, selector: string): Element[] => queryAllComposed(scope, selector, (hosts ??= shadowHosts(scope.ownerDocument)));
  /** As `inside`, the part itself included: a row of grid cells may have a button for a cell. */
  const within = (part: Element, selector: string): Element[] => (part.matches(selector) ? [part, ...inside(part, selector)] : inside(part, selector));
  const lines = (el: Element) => {
    let got = lineCache.get(el);
    if (!got) lineCache.set(el, (got = visibleLines(el)));
    return got;
  };
  const inColumns = createColumnLines(lines);
  const columnCache = new Map<Element, string[]>();
  /** A row's own lines; a table row's bare figures read in the terms of their column ("3,00" under "€/mese"). */
  const ownLines = (el: Element) => {
    let got = columnCache.get(el);
    if (!got) columnCache.set(el, (got = inColumns(el) ?? withoutGroupCells(el) ?? lines(el)));
    return got;
  };
  /** A table row's lines without a cell spanning the rows of its group ("Connettività" over three services). */
  const withoutGroupCells = (el: Element): string[] | null => {
    if (el.tagName !== 'TR') return null;
    const cells = [...el.children];
    const spans = (cell: Element) => rowSpan(cell) > 1;
    if (!cells.some(spans)) return null;
    return cells.filter((cell) => !spans(cell)).flatMap((cell) => lines(cell));
  };
  const rowLines = (row: Row) =>
    row.parts.length === 1 ? ownLines(row.el) : row.parts.flatMap((part) => (part === row.panel ? visibleLines(part, { includeHidden: true }) : ownLines(part)));

  const nameCache = new Map<string[], { names: string[]; plan: boolean }>();
  const names = (all: string[]): { names: string[]; plan: boolean } => {
    let got = nameCache.get(all);
    if (!got) nameCache.set(all, (got = readNames(all)));
    return got;
  };
  const readNames = (all: string[]): { names: string[]; plan: boolean } => {
    const out: string[] = [];
    let plan = false;
    for (const line of all) {
      if (test(S.planLabel, line)) plan = true;
      const pair = splitLabel(line);
      if (pair && (test(S.planLabel, pair[0]) || test(S.fieldLabel, pair[0]))) {
        if (test(S.planLabel, pair[0])) plan = true;
        if (isNameLine(pair[1])) out.push(pair[1]);
        continue;
      }
      // A status on a line of its own ("Non attiva") names nothing.
      if (test(S.activeStatus, line) || test(S.inactiveStatus, line)) continue;
      // "Giga Scorta Attiva": a badge beside the name reads on the name's line; an emoji beside it is no part of it.
      const name = withoutPictures(withoutTrailingLabels(withoutPictures(line)));
      if (isNameLine(name)) {
        // "Offerta TIM Power Pro": the row names the base plan.
        if (out.length === 0 && S.planName.re.test(name)) plan = true;
        out.push(name);
      } else {
        // Inline rows read as one line: "Lo Sai 1,59 € al mese Disattiva" is named by the words before the amount.
        const at = line.search(AMOUNT_START);
        const before = at > 0 ? withoutSentence(withoutTrailingLabels(line.slice(0, at).replace(/[\s\-–—:·|,(]+$/, ''))) : '';
        if (before && isNameLine(before)) {
          // "Offerta TIM Power Supreme: 9,99 € al mese": the row names the base plan, price and all on one line.
          if (out.length === 0 && S.planName.re.test(before)) plan = true;
          out.push(before);
        }
      }
    }
    return { names: out, plan };
  };

  /**
   * What an element says as a heading over the rows after it (a heading, or a header block around one), or
   * undefined when it is none; asked once per element and scan (a list's rows share their earlier siblings).
   */
  const headingCache = new Map<Element, RowContext | undefined>();
  const headingOf = (el: Element): RowContext | undefined => {
    if (headingCache.has(el)) return headingCache.get(el);
    let kind: RowContext | undefined;
    if (isHeading(el)) kind = headingKind(lines(el).join(' '));
    else {
      // A heading wrapped in a header block: its one heading.
      const inner = el.querySelectorAll(HEADING_SELECTOR);
      if (inner.length === 1 && lines(el).join(' ') === lines(inner[0]!).join(' ')) kind = headingKind(lines(inner[0]!).join(' '));
    }
    headingCache.set(el, kind);
    return kind;
  };

  /** Whether an element holds a services or promotions heading: asked of every element a row's climb passes. */
  const listHeadingCache = new Map<Element, boolean>();

  /** The heading nearest above the row (earlier siblings, then ancestors' earlier siblings and labels). */
  const contextOf = (el: Element): RowContext => {
    const seen: Element[] = [];
    let found: RowContext = null;
    let at: Element | null = el;
    for (let depth = 0; at && depth < MAX_CONTEXT_CLIMB && found === null; depth++, at = parentOf(at)) {
      const cached = contextCache.get(at);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(at);
      if (at !== el) {
        const label = sectionLabel(at);
        if (label) {
          found = headingKind(label);
          break;
        }
      }
      let sibling = at.previousElementSibling;
      for (let i = 0; sibling && i < MAX_SIBLINGS; i++, sibling = sibling.previousElementSibling) {
        const heading = headingOf(sibling);
        if (heading !== undefined) {
          found = heading;
          break;
        }
      }
    }
    for (const s of seen) contextCache.set(s, found);
    return found;
  };

  return {
    lines,
    nameOf(row) {
      return names(rowLines(row)).names[0] ?? null;
    },
    words(row) {
      const all = rowLines(row);
      return { lines: all, ...names(all) };
    },
    holdsListHeading(el) {
      let holds = listHeadingCache.get(el);
      if (holds === undefined) {
        holds = false;
        for (const h of el.querySelectorAll(HEADING_SELECTOR)) {
          const kind = headingKind(lines(h).join(' '));
          if (kind === 'services' || kind === 'promo') {
            holds = true;
            break;
          }
        }
        listHeadingCache.set(el, holds);
      }
      return holds;
    },
    facts(row) {
      const all = rowLines(row);
      const named = names(all);
      const facts: RowFacts = {
        lines: all,
        names: named.names,
        active: false,
        inactive: false,
        switchOff: false,
        marketing: false,
        ending: all.some((line) => line.length <= MAX_SENTENCE && S.endRequested.re.test(line)),
        plan: named.plan,
        context: contextOf(row.el),
      };
      // What the row's buttons and links say: "Attiva" on a button offers to switch the service on (it is off),
      // while "Attiva" on a badge says it is on.
      const controls = new Set<string>();
      for (const part of row.parts) for (const control of within(part, S.controlSelector)) controls.add(lines(control).join(' '));
      // "Attivo ○ Disattivo ●": of a row's radio choices, only the chosen one says the state.
      const unchosen = new Set<string>();
      for (const part of row.parts) {
        for (const radio of within(part, RADIO_SELECTOR)) {
          const label = radioLabel(radio, lines);
          if (!label || !(test(S.activeStatus, label) || test(S.inactiveStatus, label))) continue;
          if (!isChosen(radio)) unchosen.add(label);
          else if (test(S.activeStatus, label)) facts.active = true;
          else facts.inactive = true;
        }
      }
      // Each control by its own words, on a line of its own or run on after a sentence ("… al mese.Attiva").
      for (const words of controls) {
        if (test(S.switchOffControl, words)) facts.switchOff = true;
        // A disabled "Disattivato" button says the service is off.
        else if (test(S.inactiveStatus, words)) facts.inactive = true;
        else if (test(S.marketing, words) || test(S.activeStatus, words)) facts.marketing = true;
      }
      for (let i = 0; i < all.length; i++) {
        const line = all[i]!;
        if (unchosen.has(line) || controls.has(line)) continue;
        // A status asked and answered: "Attivo" over "Sì, dal 21/10/2026" or "No, disattivato il 30/06/2026"; the
        // answer says it (a yes with an end already asked for is `ending`, above).
        const answer = i + 1 < all.length && test(S.activeStatus, line) ? S.statusAnswer.re.exec(all[i + 1]!) : null;
        if (answer) {
          if (answer[1]) facts.active = true;
          else facts.inactive = true;
          i++;
          continue;
        }
        // A status may close a line of facts: "Fornito da ClipNet · Disattivato il 02/10/2026".
        const forms = statusForms(line);
        if (forms.some((form) => test(S.activeStatus, form))) facts.active = true;
        else if (forms.some((form) => test(S.inactiveStatus, form))) facts.inactive = true;
        else if (test(S.switchOffControl, line)) facts.switchOff = true;
        else if (test(S.marketing, line)) facts.marketing = true;
        // A sentence that names the service and says its state: "Non hai attivato l'opzione …", "Hai attivo
        // LoSai a 1,99 € al mese" (not one about something else: "Il blocco dei servizi … è attivo").
        else if (line.length > MAX_WORD_LINE && line.length <= MAX_SENTENCE && named.names.length > 0 && line.toLowerCase().includes(named.names[0]!.toLowerCase())) {
          if (S.sentenceInactive.re.test(line)) facts.inactive = true;
          else if (S.sentenceActive.re.test(line)) facts.active = true;
        }
      }
      let stateWords: boolean | undefined;
      for (const part of row.parts) {
        for (const toggle of within(part, S.switchSelector)) {
          const on = switchState(toggle);
          if (on === true) facts.active = true;
          else if (on === false) facts.inactive = true;
        }
        if (!facts.switchOff) facts.switchOff = hasSwitchOffInMenu(part, inside);
        // Inline badges ("<span>Attivo</span>" inside a one-line row) and icons labelled so.
        // Only a row whose words (its controls' aside) or titles hold a status word can show a badge saying one.
        if (!facts.active && !facts.inactive && ((stateWords ??= all.some((line) => !controls.has(line) && S.hints.stateWord.test(line))) || inside(part, '[title]').length > 0)) {
          let above: boolean | undefined;
          const partInControl = () => (above ??= part.parentElement?.closest(S.controlSelector) != null);
          for (const el of inside(part, '*')) {
            if (el.childElementCount > 2 || inControl(el, part, partInControl)) continue;
            // A status given only as the title of a coloured name ("<h3 title="Servizio attivo">").
            const shown = el.getAttribute('title');
            const title = shown ? titleStatus(shown) : undefined;
            if (title && test(S.activeStatus, title)) facts.active = true;
            else if (title && test(S.inactiveStatus, title)) facts.inactive = true;
            const words = lines(el).join(' ');
            if (!words || words.length > MAX_WORD_LINE) continue;
            // A cell that only wraps a button ("<td><button>Attiva</button></td>") says what the button says.
            if (controls.has(words) && el.querySelector(S.controlSelector)) continue;
            if (unchosen.has(words)) continue;
            if (test(S.activeStatus, words)) facts.active = true;
            else if (test(S.inactiveStatus, words)) facts.inactive = true;
          }
        }
      }
      return facts;
    },
  };
}

const RADIO_SELECTOR = 'input[type="radio"], [role="radio"]';

/**
 * True when `el`, an element of the row's `part`, is a control or inside one: climbs only up to the part, and
 * asks once per part whether the part itself sits inside one (`partInControl`), not once per element.
 */
function inControl(el: Element, part: Element, partInControl: () => boolean): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.matches(S.controlSelector)) return true;
    if (at === part) return partInControl();
  }
  // Inside a component's tree the climb ends at its root, as closest() does.
  return false;
}

function isChosen(radio: Element): boolean {
  if (radio.tagName === 'INPUT') return (radio as HTMLInputElement).checked;
  return radio.getAttribute('aria-checked') === 'true';
}

/** The words of a radio choice: its label (around it or naming it by `for`), or its own text or label. */
function radioLabel(radio: Element, lines: (el: Element) => string[]): string {
  if (radio.tagName !== 'INPUT') return lines(radio).join(' ') || (radio.getAttribute('aria-label') ?? '');
  const label = radio.closest('label') ?? (radio.id ? ([...radio.ownerDocument.querySelectorAll('label[for]')].find((l) => l.getAttribute('for') === radio.id) ?? null) : null);
  return label ? lines(label).join(' ') : (radio.getAttribute('aria-label') ?? '');
}

/** A "Disattiva" among the row's controls, also inside a closed menu (in the row or named by aria-controls). */
function hasSwitchOffInMenu(part: Element, inside: (scope: Element, selector: string) => Element[]): boolean {
  const doc = part.ownerDocument;
  const menus: Element[] = [part];
  for (const control of inside(part, '[aria-controls], [aria-haspopup]')) {
    const id = control.getAttribute('aria-controls');
    const menu = id ? doc.getElementById(id) : null;
    if (menu && !part.contains(menu)) menus.push(menu);
  }
  for (const scope of menus) {
    for (const control of inside(scope, S.controlSelector)) {
      const words = visibleLines(control, { includeHidden: true }).join(' ') || (control.getAttribute('aria-label') ?? '');
      if (test(S.switchOffControl, words)) return true;
    }
  }
  return false;
}
