/**
 * Every word Sentinella looks for on the carrier portals, in one place. Pages are recognised by what they say
 * and by their structure (headings, repeated rows, ARIA roles, amounts, dates), never by class names; these
 * patterns are the "what they say". When a portal changes its wording, this is the file to edit.
 *
 * Each pattern comes with `examples`: strings it must match and strings it must not
 * (tests/unit/selectors.test.ts checks every one; the extension's bundles leave them out). Patterns are tested
 * on one line of visible text, trimmed.
 */
import { latinLetters } from '../../../shared/latin-letters.ts';

interface Examples {
  match: string[];
  noMatch: string[];
}

/** A pattern with the strings that define it. */
export interface Pattern {
  re: RegExp;
  examples: Examples;
}

/**
 * Defined (true) by wxt.config.ts in the extension's bundles, where the examples would only add weight to every
 * carrier page: there each pattern's examples are empty. Undefined in the tests, which check every example.
 */
declare const __SENTINELLA_BUNDLE__: boolean | undefined;
const WITH_EXAMPLES = typeof __SENTINELLA_BUNDLE__ === 'undefined';

/** A pattern and its examples; its letter classes read as the Latin script's, cheap to compile (shared/latin-letters.ts). */
// Free of side effects, as the bundler is told: a bundle keeps only the words it uses (the script of every carrier
// page leaves the invoice reader's out).
const p = /* @__NO_SIDE_EFFECTS__ */ (re: RegExp, examples: Examples | false): Pattern => ({ re: latinLetters(re), examples: examples || { match: [], noMatch: [] } });

/** Words and hints for the paid-extras spotlight (the line's options and services). */
export const servicesPage = {
  /** A heading that opens the line's list of options or services (the heading's whole text). */
  listHeading: p(
    /^(?:le\s+tue\s+opzioni|i\s+tuoi\s+servizi|servizi\s+attivi|opzioni\s+attive|opzioni(?:\s+e\s+servizi)?|servizi(?:\s+(?:a|in)\s+(?:pagamento|abbonamento|contenuto|sovrapprezzo)|\s+aggiuntivi|\s+extra)?|servizi\s+e\s+opzioni|(?:le\s+tue\s+)?opzioni\s+aggiuntive|abbonamenti(?:\s+(?:attivi|a\s+pagamento))?|i\s+tuoi\s+abbonamenti|contenuti\s+(?:e\s+servizi\s+)?(?:a\s+pagamento|digitali)|servizi\s+digitali|servizi\s+premium|extra(?:\s+attivi)?|opzioni\s+(?:e\s+)?servizi\s+attivi|(?:riepilogo|dettaglio)\s+(?:dei\s+)?costi(?:\s+(?:mensili|del\s+mese))?|i\s+tuoi\s+costi(?:\s+mensili)?|cosa\s+paghi(?:\s+ogni\s+mese)?)(?:\s+(?:attiv[eio]|della\s+linea|sulla\s+(?:linea|sim|tua\s+linea)|sulla\s+sim|a\s+pagamento))?(?:\s*\(\d+\))?$/i,
    WITH_EXAMPLES && {
      match: ['Le tue opzioni', 'Servizi attivi', 'Opzioni attive sulla linea', 'I tuoi servizi', 'Servizi a pagamento', 'Opzioni e servizi', 'Abbonamenti attivi', 'Servizi in abbonamento', 'Opzioni aggiuntive (3)', 'Servizi digitali', 'I tuoi abbonamenti', 'Riepilogo costi mensili', 'Cosa paghi ogni mese'],
      noMatch: ['Servizio clienti', 'Le tue fatture', 'Scelti per te', 'Opzioni di pagamento disponibili per la ricarica', 'Offerta'],
    },
  ),
  /** A heading over promotional tiles: nothing under it is on the line. */
  promoHeading: p(
    /^(?:scelti\s+per\s+te|per\s+te|offerte\s+(?:per\s+te|speciali|dedicate|consigliate)|potrebbe(?:ro)?\s+interessarti|ti\s+potrebbe(?:ro)?\s+(?:interessare|piacere)|consigliat[ie](?:\s+per\s+te)?|in\s+evidenza|novit[aà](?:\s+per\s+te)?|promozioni|scopri(?:\s+.*)?|aggiungi\s+alla\s+tua\s+offerta|(?:altre\s+)?opzioni\s+(?:disponibili|attivabili|da\s+attivare)|attiva\s+(?:nuove\s+)?opzioni|suggeriti(?:\s+per\s+te)?|imperdibili|vantaggi\s+per\s+te)$/i,
    WITH_EXAMPLES && {
      match: ['Scelti per te', 'Offerte per te', 'Potrebbe interessarti', 'Opzioni disponibili', 'Scopri le novità', 'In evidenza', 'Novità'],
      noMatch: ['Le tue opzioni', 'Servizi attivi', 'Fatture'],
    },
  ),
  /** A label or heading naming the line's base plan: that row is the plan the customer chose, never an extra. */
  planLabel: p(
    /^(?:(?:la\s+tua\s+|l['’]\s*)?offerta(?:\s+(?:attiva|base|principale|sottoscritta|in\s+uso|mobile|fissa|attuale))?|(?:il\s+tuo\s+)?piano(?:\s+(?:tariffario|base|attivo|attuale))?|(?:la\s+tua\s+)?tariffa(?:\s+(?:attiva|base))?|profilo(?:\s+tariffario)?|(?:il\s+tuo\s+)?abbonamento\s+(?:base|principale)|offerta\s+e\s+costi|(?:offerta|piano|tariffa)\s+(?:della|sulla)\s+(?:tua\s+)?(?:linea|sim|utenza)|costo\s+(?:dell['’]\s*)?(?:offerta|piano|tariffa)|canone\s+(?:dell['’]\s*offerta|offerta|base|(?:mensile\s+)?(?:dell['’]\s*|della\s+|del\s+)(?:offerta|piano|tariffa|abbonamento)))\s*[:·\-–]?$/i,
    WITH_EXAMPLES && {
      match: ['Offerta', 'Offerta:', 'La tua offerta', 'Il tuo piano', 'Piano tariffario', 'Offerta attiva', 'Tariffa', "L'offerta", 'Canone offerta', 'Canone del piano', "Canone mensile dell'offerta", 'Offerta della linea', 'Piano della SIM', 'Costo offerta', "Costo dell'offerta"],
      noMatch: ['Opzione', 'Offerte per te', 'TIM Prime Go', 'Offerta speciale TIM Prime Go a 0,49 €', 'Canone mensile', 'Canone'],
    },
  ),
  /**
   * A name that starts with the word for the base plan ("Offerta TIM Power Pro", "Piano Young"): the row is the
   * plan itself, named in one line, never an extra.
   */
  planName: p(
    /^(?:(?:la\s+tua\s+)?offerta|(?:il\s+tuo\s+)?piano(?:\s+tariffario)?|(?:la\s+tua\s+)?tariffa|profilo\s+tariffario)\s+(?!per\b|speciale\b|dedicat|riservat|consigliat|limitat)\S/i,
    WITH_EXAMPLES && {
      match: ['Offerta TIM Power Pro', 'Piano WINDTRE Go 200', 'Tariffa Base', 'La tua offerta Vodafone Special'],
      noMatch: ['Offerta', 'Offerta per te', 'Offerta speciale TIM Prime Go', 'Opzione Giga di Scorta', 'TIM Prime Go'],
    },
  ),
  /** A line that only names the line a row is about ("Linea 333 1234567", "SIM 3331234567"): a label, not a service. */
  lineName: p(
    /^(?:linea|numero|n\.|sim|utenza|tel(?:efono)?\.?)\s*:?\s*(?:mobile|fissa)?\s*\+?[\d][\d\s./-]{5,}$/i,
    WITH_EXAMPLES && {
      match: ['Linea 333 1234567', 'SIM 3331234567', 'Linea fissa 06 1234567', 'Numero: +39 333 1234567'],
      noMatch: ['Linea', 'LoSai', 'Giga 100', 'Linea Sicura Plus'],
    },
  ),
  /**
   * A status badge at the end of a name's line ("Giga Scorta Attiva" where the badge sits beside the name): the
   * status is not part of the name.
   */
  trailingStatus: p(
    /(?:\s+|(?<=[^\p{L}\p{N}\s]))(?:non\s+attiv[oa]|attiv[oa]|attivat[oa]|disattivat[oa]|non\s+abilitat[oa]|abilitat[oa]|sospes[oa]|in\s+prova|in\s+disattivazione)$/iu,
    WITH_EXAMPLES && {
      // A badge drawn as its own box right after a mark or an emoji reads with no space before it: "go®Attiva".
      match: ['Giga Scorta Attiva', 'Più Sicuri Mobile Pro Attivo', 'LoSai Non attivo', 'TIM Safe Web Plus In prova', 'Netflix In disattivazione', 'TIM PRIME go®Attiva', 'Safe Web Plus™Attiva', 'Quiz&Win Arena 🎮Attivo'],
      noMatch: ['Attiva', 'TIM Prime Go', 'Opzione attivabile', 'Riattiva', 'Prime Go Disattiva'],
    },
  ),
  /**
   * A sentence that says a service is off ("Non hai attivato l'opzione …", "… non è abilitato", "è stato
   * disattivato il …"): tested on whole lines, before sentenceActive ("Non hai attivo" holds "hai attivo").
   */
  sentenceInactive: p(
    /(?:\bnon\s+(?:hai|ha|avete|risulta(?:no)?|è|e'|sono)\s+(?:ancora\s+|più\s+|mai\s+)?(?:attivat[oaie]|attiv[oaie]|abilitat[oaie])|(?:^|\s)(?:è|e'|sono)\s+stat[oaie]\s+(?:disattivat|disabilitat|cessat)[oaie])\b/i,
    WITH_EXAMPLES && {
      match: ["Non hai attivato l'opzione Chiamate internazionali, che costa 2,99 € al mese.", 'Lo Sblocco connessione dati non è abilitato.', 'Meteo Pro, 1,49 € a settimana, è stato disattivato il 04/09/2026.', 'Il servizio non risulta attivo'],
      noMatch: ['Hai attivo LoSai a 1,99 € al mese.', 'La segreteria è attiva', 'Disattiva quando vuoi'],
    },
  ),
  /** A sentence that says a service is on: "Hai attivo LoSai a 1,99 € al mese", "TIM Prime Go è attivo sulla tua linea". */
  sentenceActive: p(
    /(?:^|[.!?]\s+)(?:hai\s+(?:attiv[oa]|attivato|abilitato)\b|(?!(?:quando|se|finché|mentre|appena|dopo\s+che)\b)[^.!?]{2,60}?\s(?:è|risulta)\s+(?:ora\s+)?attiv[oa]\b)/i,
    WITH_EXAMPLES && {
      match: ['Hai attivo LoSai a 1,99 € al mese.', 'TIM Prime Go è attivo sulla tua linea dal 3 marzo.', 'Hai attivato Giga di Scorta.'],
      noMatch: ['Quando è attivo, ricevi un SMS.', 'Attivalo quando vuoi.', 'Se il servizio è attivo paghi 1,99 €'],
    },
  ),
  /**
   * Words around a name in a sentence ("Hai attivo l'opzione LoSai a 1,99 €", "… Chiamate internazionali, che
   * costa"): the lead-in and the tail are not the name.
   */
  sentenceLead: p(
    /^(?:(?:non\s+)?(?:hai|ha)\s+(?:ancora\s+)?(?:attiv[oa]|attivato|abilitato|sottoscritto)\s+(?:anche\s+)?(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?(?:(?:opzione|servizio|abbonamento|pacchetto)\s+)?)/i,
    WITH_EXAMPLES && {
      match: ['Hai attivo LoSai', "Non hai attivato l'opzione Chiamate internazionali", "Hai attivo l’opzione TIM Prime Go", 'Hai sottoscritto il servizio Calcio Pass'],
      noMatch: ['LoSai', 'Happy Black', 'Hai bisogno di aiuto?'],
    },
  ),
  sentenceTail: p(
    /(?:,?\s+(?:che\s+costa|al\s+costo\s+di|al\s+prezzo\s+di|a|costa))+$/i,
    WITH_EXAMPLES && {
      match: ['Chiamate internazionali, che costa', 'LoSai a', 'TIM Prime Go al costo di'],
      noMatch: ['LoSai', 'Giga di Scorta', 'Vodafone Rete Sicura'],
    },
  ),
  /**
   * A column heading over prices written as bare numbers ("€/mese" over "3,00"): it names the currency or what
   * the figure is, and often its period.
   */
  priceColumn: p(
    /^(?:(?:costo|prezzo|canone|importo|tariffa|addebito)(?:\s+\p{L}+)?\s*(?:\(\s*(?:€|eur(?:o)?)\s*\))?|(?:€|eur(?:o)?)(?:\s*\/\s*\p{L}+|\s+(?:al|a|ogni|per)\s+\p{L}+)?|(?:\p{L}+\s+)?(?:in\s+)?(?:€|eur(?:o)?)|\(\s*(?:€|eur(?:o)?)\s*\))$/iu,
    WITH_EXAMPLES && {
      match: ['€/mese', '€', 'Costo', 'Costo mensile', 'Prezzo (€)', 'Canone (€)', 'Importo in €', 'EUR al mese', '€ / settimana', 'Costo €', '(€)'],
      noMatch: ['Servizio', 'Stato', 'Costo del servizio Giga di Scorta per chi ha finito i giga', 'Descrizione', 'Data di attivazione'],
    },
  ),
  /** A price announced for a later date, beside the one paid now: "dal 01/01/2027: 2,49 €/mese". */
  futurePrice: p(
    /^(?:dal|a\s+partire\s+dal|dopo\s+il)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|^dal\s+prossimo\s+rinnovo\b/i,
    WITH_EXAMPLES && {
      match: ['dal 01/01/2027: 2,49 €/mese', 'A partire dal 1/3/2027 2,99 €', 'dal prossimo rinnovo 1,99 €'],
      noMatch: ['1,99 €/mese', 'poi 0,99 € al mese', 'Gratis fino al 02/05/2025, poi 0,99 €', 'Attivo dal 12/02/2025'],
    },
  ),
  /** A word that leads a price on its line ("Era 0,99 € a settimana", "Ora 1,99 €"): never a name by itself. */
  priceLead: p(
    /^(?:era|costava|prima|ora|adesso|oggi|solo|soli|da|a\s+soli|a\s+partire\s+da|invece\s+di)$/i,
    WITH_EXAMPLES && {
      match: ['Era', 'Ora', 'A partire da'],
      noMatch: ['Erasmus Pass', 'Oroscopo', 'TIM Prime Go'],
    },
  ),
  /** A line that sums other rows ("Totale costi ricorrenti della linea", "Totale mensile"): never a service's name. */
  sumLine: p(
    /^(?:totale|totali|subtotale|somma|costo\s+(?:totale|complessivo))\b/i,
    WITH_EXAMPLES && {
      match: ['Totale costi ricorrenti della linea', 'Totale mensile', 'Subtotale', 'Costo totale'],
      noMatch: ['TIM Prime Go', 'Totalmente Sport', 'Costo'],
    },
  ),
  /**
   * A group's header that counts what it holds ("Intrattenimento e terze parti · 1 servizio attivo · 4,99 € a
   * settimana"): it sums the rows under it, it is none of them.
   */
  groupCount: p(
    /\b\d+\s+(?:servizi|servizio|opzioni|opzione|abbonamenti|abbonamento|contenuti|contenuto)\s+(?:attiv[ioe]|a\s+pagamento)\b/i,
    WITH_EXAMPLES && {
      match: ['Intrattenimento e terze parti 1 servizio attivo · 4,99 € a settimana ▸', '3 opzioni attive', '2 servizi a pagamento'],
      noMatch: ['3 servizi', 'Pacchetto 3 servizi in 1', 'TIM Prime Go', '1 GB attivo fino alle 23:59'],
    },
  ),
  /**
   * The answer to a status question in a list of labels and values ("Attivo" / "Sì, dal 21/10/2026", "No,
   * disattivato il 30/06/2026"): group 1 says yes, group 2 no.
   */
  statusAnswer: p(
    /^(?:(s[iì])|(no))(?!\p{L})/iu,
    WITH_EXAMPLES && {
      match: ['Sì', 'Sì, dal 21/10/2026', 'Si', 'No', 'No, disattivato il 30/06/2026'],
      noMatch: ['Sicurezza', 'Nome', 'Notizie', 'Attivo'],
    },
  ),
  /** An end already asked for, inside a longer line: "Sì, fino al 31/12/2026 (disattivazione richiesta il 20/11/2026)". */
  endRequested: p(
    /\b(?:disattivazione|cessazione|disdetta|recesso)\s+(?:(?:già\s+)?richiest[ao]|in\s+corso|programmat[ao]|in\s+lavorazione)\b|\bin\s+(?:disattivazione|cessazione)\b|\b(?:hai|è\s+stata)\s+(?:già\s+)?richiest[ao]\s+(?:la\s+)?(?:disattivazione|cessazione|disdetta)\b|\bhai\s+chiesto\s+di\s+(?:non\s+abilitar|disattivar|cessar|disdir)\p{L}*|\bnon\s+(?:verrà|sarà)\s+più\s+addebitat[oa]\b/iu,
    WITH_EXAMPLES && {
      match: ['Sì, fino al 31/12/2026 (disattivazione richiesta il 20/11/2026)', 'Attiva · in cessazione', 'Disdetta programmata per il 31/12', 'Meteo Plus (disattivazione in corso)', 'Disattivazione richiesta il 01/12/2026: sarà effettiva entro 24 ore', 'Hai già richiesto la disattivazione', "Hai chiesto di non abilitarla: dal 07/12/2026 l'opzione non verrà più addebitata."],
      noMatch: ['Sì, dal 21/10/2026', 'Disattivazione gratuita dall\'app', 'Puoi richiedere la disattivazione'],
    },
  ),
  /**
   * A line that continues another, starting with a small lower-case word ("poi 2,00 €/mese", "di PlayNow
   * Digital S.r.l.", "dal 10/09/2025"): never a name. Case-sensitive: "Più Sicuri Mobile" is a name.
   */
  continuation: p(
    /^(?:poi|di|da|dal|dalla|dallo|dai|dopo|per|con|al|alla|allo|in|e|o|se|fino|quindi|oppure|invece|ma|anche|solo|più|oltre)(?:\s|$)/,
    WITH_EXAMPLES && {
      match: ['poi', 'poi 2,00 €/mese per linea', 'di PlayNow Digital S.r.l.', 'dal 10/09/2025', 'per linea'],
      noMatch: ['iliad Giga 150', 'Più Sicuri Mobile', 'Poi Music Club', 'TIM Prime Go', 'e-Fattura'],
    },
  ),
  /**
   * A kind label written after the name on its line ("TIM Safe Web Plus Servizio", "Astro Giorno Servizio a
   * contenuto"): not part of it. Capitalised, as a label is; "Continuità del servizio" keeps its last word.
   */
  trailingKind: p(
    /(?<!\s(?:del|della|dello|di|dei|al|alla|allo))\s+(?:Servizio(?:\s+(?:a\s+contenuto|a\s+pagamento|aggiuntivo|digitale|di\s+terze\s+parti))?|Opzione(?:\s+aggiuntiva)?|[Oo]pzione\s+(?:TIM|Vodafone|WINDTRE|WindTre|Fastweb|iliad|Iliad)|Contenuto\s+digitale|Promozione|[Ss]ervizio\s+di\s+terz[ei](?:\s+parti)?)$/,
    WITH_EXAMPLES && {
      match: ['TIM Safe Web Plus Servizio', 'Giga di Scorta Opzione', 'Astro Giorno Servizio a contenuto', 'Gameloft Club servizio di terzi', 'Sblocco connessione dati oltre soglia opzione iliad'],
      noMatch: ['Servizio', 'TIM Prime Go', 'Segreteria telefonica', 'Continuità del servizio', 'Vodafone Continuità del Servizio', 'Giga illimitati con opzione'],
    },
  ),
  /** Account facts shown beside options (credit, renewal, usage counters): never extras. */
  accountFact: p(
    /\b(?:credito(?:\s+(?:residuo|disponibile))?|rinnov[oa]|prossimo\s+(?:addebito|rinnovo)|soglia|consumi|traffico\s+(?:residuo|utilizzato|disponibile)|residu[oi]|utilizzat[oi]|consumat[oi]|disponibil[ie]\s+fino|bonus\s+(?:ricarica|residuo)|ricarica(?:ta)?\s+(?:automatica|minima))\b/i,
    WITH_EXAMPLES && {
      match: ['Credito residuo', 'Prossimo rinnovo 02/12/2026', 'Giga residui', '12,3 GB utilizzati su 100 GB', 'Rinnovo ogni 4 settimane'],
      noMatch: ['TIM Prime Go', 'Lo Sai', 'Oroscopo Premium', '1,99 €/mese'],
    },
  ),
  /** A status that says the service is on (a badge, a cell, an icon's label). */
  activeStatus: p(
    /^(?:[●○•◉◎✓✔✗✘✕×]\s*)?(?:stato:?\s*|(?:servizio|opzione|abbonamento)\s+)?(?:attiv[oa]|attivat[oa]|in\s+corso|active|on|abilitat[oa]|sottoscritt[oa])(?:\s+dal\s+.*)?$/i,
    WITH_EXAMPLES && {
      match: ['Attivo', 'Attiva', 'Stato: attivo', 'Attivata', 'Attivo dal 03/05/2025', 'Abilitato', '● Attivo', 'Servizio attivo dal 12/02/2025'],
      noMatch: ['Attiva ora', 'Attivalo', 'Non attivo', 'Disattiva', 'Disattivato', 'Attivazione'],
    },
  ),
  /** A status that says the service is off: the row is not a cost today. */
  inactiveStatus: p(
    /^(?:[●○•◉◎✓✔✗✘✕×]\s*)?(?:stato:?\s*|(?:servizio|opzione|abbonamento)\s+)?(?:non\s+attiv[oa]|non\s+abilitat[oa]|disattivat[oa]|disattivo|(?<=stato:?\s*)disattiva|disabilitat[oa]|sospes[oa]|scadut[oa]|cessat[oa]|disdett[oa]|annullat[oa]|revocat[oa]|in\s+disattivazione|disattivazione\s+(?:richiesta|in\s+corso)|in\s+cessazione|cessazione\s+(?:richiesta|in\s+corso)|off|inactive)(?:\s+(?:il|dal)\s+\d.*)?$/i,
    WITH_EXAMPLES && {
      match: ['Non attivo', 'Disattivato', 'Stato: disattivata', 'Sospeso', 'In disattivazione', 'Disattivazione richiesta il 28/11/2026', 'Disattivato il 02/10/2026', '● Non attiva', 'Disdetto il 02/03/2025', 'Disattivo', 'Stato: disattiva', 'In cessazione', 'Cessazione richiesta il 30/11/2026', 'Disattivazione in corso'],
      noMatch: ['Attivo', 'Disattiva', 'Disattivare', 'Disattiva il servizio'],
    },
  ),
  /** The portal's own switch-off control (a button's or link's text or label, its start). */
  switchOffControl: p(
    /^(?:disattiva(?:re|lo|la)?|rimuovi|cessa|disdici|revoca|disiscriviti|annulla\s+(?:l['’]\s*)?(?:il\s+)?(?:servizio|abbonamento|opzione|iscrizione)|elimina\s+(?:il\s+)?(?:servizio|opzione))\b/i,
    WITH_EXAMPLES && {
      match: ['Disattiva', 'Disattivare', 'Disattiva TIM Prime Go', 'Rimuovi', 'Cessa', 'Disdici', "Annulla l'abbonamento"],
      noMatch: ['Disattivato', 'Attiva ora', 'Scopri', 'Dettagli', 'Come disattivare i servizi'],
    },
  ),
  /** A row's menu button ("⋮", "+", "Altre azioni"): a "Disattiva" inside its menu counts as the row's control. */
  menuButton: p(
    /^(?:[⋮⋯…+⁝︙]|\.{3}|altre\s+azioni|azioni|gestisci|menu|mostra\s+(?:altre\s+)?azioni|pi[uù]\s+(?:opzioni|azioni)|opzioni\s+(?:per|di)\b.*)(?:\s+(?:per|di)\s+.*)?$/i,
    WITH_EXAMPLES && {
      match: ['⋮', '+', '…', 'Altre azioni', 'Altre azioni per TIM Prime Go', 'Gestisci', 'Azioni per Lo Sai'],
      noMatch: ['Disattiva', 'Scopri', 'Le tue opzioni'],
    },
  ),
  /** Calls to action of promotional tiles: a row with one and no status or switch-off is marketing. */
  marketing: p(
    /^(?:scopri(?:\s+\S.{0,40})?|(?:ri)?attiva(?:\s+ora|\s+subito|lo|la)?|abilita|acquista(?:\s+ora)?|aggiungi(?:\s+ora)?|passa\s+a\b.*|prova\s+(?:gratis|ora)|richiedi(?:\s+ora)?|compra|abbonati|vai\s+all['’]\s*offerta)$/i,
    WITH_EXAMPLES && {
      match: ['Scopri', 'Scopri di più', 'Scopri iliadbox', 'Attiva ora', 'Attivala', 'Riattiva', 'Acquista', 'Prova gratis', 'Passa a TIM Premium'],
      noMatch: ['Disattiva', 'Attivo', 'Attiva dal 2025', 'Dettagli'],
    },
  ),
  /** Words that say an item costs nothing extra. */
  free: p(
    /\b(?:inclus[oaie]|gratuit[oaie]|gratis|compres[oaie](?:\s+nell['’]\s*offerta)?|senza\s+costi(?:\s+aggiuntivi)?|nessun\s+(?:addebito|costo|canone)|0\s+€|costo\s+zero)\b/i,
    WITH_EXAMPLES && {
      match: ['Incluso', 'Gratuito', 'Gratis', "Compreso nell'offerta", 'Senza costi aggiuntivi', 'Inclusa nel piano', 'Nessun addebito futuro'],
      noMatch: ['1,99 €/mese', 'Attivo', 'Disattiva'],
    },
  ),
  /** Questions used as field labels over a description ("Cosa fa", "Come funziona"): they are not names either. */
  fieldQuestion: p(
    /^(?:cosa\s+(?:fa|include|offre|comprende|ti\s+offre)|come\s+funziona|a\s+cosa\s+serve|in\s+cosa\s+consiste|quanto\s+costa|cos['’]\s*[eè])\s*[?:]?$/i,
    WITH_EXAMPLES && {
      match: ['Cosa fa', 'Cosa include', 'Come funziona?', 'A cosa serve', 'Quanto costa'],
      noMatch: ['Costo', 'TIM Prime Go', 'Cosa fare se hai perso la SIM'],
    },
  ),
  /** Field labels inside a row ("Costo", "Stato:"): they are not the service's name. */
  fieldLabel: p(
    /^(?:(?:costo|prezzo|canone|importo)(?:\s+(?:settimanale|mensile|giornaliero|annuale|annuo|al\s+mese|a\s+settimana))?|stato|attivazione|data\s+(?:di\s+)?attivazione|attivo\s+dal|attivat[oa]\s+il|periodicit[aà]|frequenza|tipo(?:logia)?|categoria|dettagli|descrizione|info|fornitore|servizio(?:\s+(?:aggiuntivo|extra|accessorio|a\s+pagamento|digitale|premium|di\s+terz[ei](?:\s+parti)?))?|contenut[oi](?:\s+digital[ei])?|abbonamento(?:\s+digitale)?|opzione(?:\s+(?:aggiuntiva|a\s+pagamento))?|promozione|nome(?:\s+(?:del\s+)?(?:servizio|opzione|abbonamento))?|linea|numero|addebito|rinnovo|validit[aà])\s*[:.]?$/i,
    WITH_EXAMPLES && {
      match: ['Costo', 'Prezzo:', 'Stato', 'Data attivazione', 'Opzione', 'Addebito', 'Servizio aggiuntivo', 'Servizio a pagamento', 'Servizio di terze parti', 'Contenuto digitale', 'Abbonamento', 'Nome servizio', 'Nome del servizio:', 'Costo settimanale', 'Canone mensile'],
      noMatch: ['TIM Prime Go', 'Oroscopo Premium', 'Segreteria telefonica', 'Contenuti Premium Plus', 'Servizio Clienti 187'],
    },
  ),
  /**
   * Cheap first looks at text nodes, before any element is read: only text holding one of these can anchor a
   * row (keeps the scan of a large page fast).
   */
  hints: {
    euro: /€|\beur(?:o)?\b/i,
    /** A charging period anywhere in a text node (see shared/money.ts parsePeriod for the full reading). */
    period: /\/\s*(?:mese|sett|giorno|gg|anno|mm|sms|mb|gb|min)|\b(?:al|alla|a|ogni|per)\s+(?:mese|settimana|giorno|anno|\d+\s*(?:settimane|giorni|mesi|mb|gb|kb|sms))|\bsettiman|mensil|giornalier|annual|a\s+consumo|di\s+utilizzo|per\s+utilizzo|una\s+tantum/i,
    switchOff: /disattiv|rimuov|cessa|disdic|annulla|revoc|disiscriv/i,
    status: /attiv[oa]|abilitat/i,
    /**
     * Any word an active status is made of (activeStatus: "Attivo", "In corso", "On", "Sottoscritto"): the light
     * check of every carrier page reads a status only where one of these is (services/may-show-extras.ts).
     */
    activeWord: /attiv|abilitat|in\s+corso|active|\bon\b|sottoscritt/i,
    /** Any word a status on or off is made of (activeStatus, inactiveStatus): a row's badges are looked for only where one is. */
    stateWord: /attiv|abilitat|in\s+corso|active|\bon\b|\boff\b|sottoscritt|sospes|scadut|cessat|cessazion|disdett|annullat|revocat/i,
    /** Any word a heading naming the line's services is made of (listHeading): sections' labels are read only where one is. */
    listWord: /opzion|serviz|abbonament|extra|cost|contenut|paghi/i,
  },
  /** Elements that act as controls. */
  controlSelector: 'button, a[href], [role="button"], [role="menuitem"], [role="link"], input[type="button"], input[type="submit"]',
  /** On/off switches: one that is on says the service is active; one that is off says it is not. */
  switchSelector: '[role="switch"], input[type="checkbox"], [aria-pressed]',
} as const;

/**
 * Headings or titles that say a page lists invoices: on its own, so the script that runs on every carrier page
 * (which asks only this) does not carry the invoice reader's other words.
 */
export const invoicePageHeading = p(
  /\b(?:la\s+mia\s+fattura|le\s+mie\s+fatture|le\s+tue\s+fatture|fatture(?:\s+e\s+pagamenti)?|elenco\s+fatture|archivio\s+(?:fatture|conti|bollette)|cont[oi]\s+telefonic[oi]|i\s+tuoi\s+conti|documenti\s+(?:contabili|di\s+fatturazione)|bollette|le\s+tue\s+bollette|storico\s+(?:fatture|pagamenti|conti|bollette)|il\s+mio\s+conto|i\s+miei\s+conti|conti\s+emessi|estratto\s+conto(?=\s*(?:$|[·|–—:-]))|movimenti\s+contabili)\b/i,
  WITH_EXAMPLES && {
    match: ['La Mia Fattura', 'Le tue fatture', 'Fatture e pagamenti', 'Archivio fatture', 'Archivio conti – MyTIM Fisso', 'Storico bollette', 'Le tue bollette', 'MyFastweb - Il mio conto', 'Conti telefonici', 'Conto telefonico', 'I tuoi conti', 'Documenti contabili', 'Estratto conto · MyFastweb', 'Movimenti contabili'],
    noMatch: ['Le tue opzioni', 'Assistenza', 'Offerte', 'Movimenti della SIM', 'Estratto conto servizi'],
  },
);

/** Words and hints for the invoice archive (MyTIM "La Mia Fattura", TIM Business "Fatture", other portals). */
export const invoicesPage = {
  /** Headings and labels naming each invoice field, tried in this order (a line number is not an invoice number). */
  labels: {
    line: p(
      /^(?:linea|numero\s+(?:di\s+)?linea|utenza|n(?:umero|\.)?\s*(?:di\s+)?telefono|codice\s+cliente|cliente|sim|numero\s+sim|linea\s+telefonica)$/i,
      WITH_EXAMPLES && {
        match: ['Linea', 'Numero linea', 'Utenza', 'Codice cliente', 'N. telefono'],
        noMatch: ['Numero fattura', 'Importo'],
      },
    ),
    number: p(
      /^(?:movimento|causale|fattura|n(?:umero|°|º|\.|r\.?)?\s*(?:fattura|documento|doc\.?)?|numero\s+(?:della\s+)?fattura|fattura\s+(?:n(?:umero|°|º|\.)?)|documento(?:\s+n(?:umero|°|\.)?)?|id\s+fattura|codice\s+fattura|(?:numero\s+)?conto(?:\s+telefonico)?(?:\s+n(?:umero|°|\.)?)?|bolletta(?:\s+n(?:umero|°|\.)?)?|(?:numero\s+)?nota\s+di\s+credito(?:\s+n(?:umero|°|\.)?)?|numero\s+(?:conto|bolletta|documento))$/i,
      WITH_EXAMPLES && {
        match: ['Fattura', 'Numero fattura', 'N° fattura', 'N. documento', 'Fattura n.', 'Documento', 'Numero', 'Conto telefonico n.', 'Numero conto', 'Conto n.', 'Nota di credito', 'Nota di credito n.', 'Numero nota di credito', 'Movimento', 'Causale'],
        noMatch: ['Numero linea', 'Importo', 'Data fattura', 'Fatture'],
      },
    ),
    issueDate: p(
      /^(?:emess[ao]\s+il|data\s+(?:di\s+)?emissione|data\s+(?:della\s+)?(?:fattura|documento|conto)|data|emissione|emess[ao](?:\s+del)?|del)$/i,
      WITH_EXAMPLES && {
        match: ['Emessa il', 'Emesso il', 'Data emissione', 'Data di emissione', 'Data fattura', 'Data', 'Data documento', 'del', 'Emessa del'],
        noMatch: ['Data scadenza', 'Scadenza', 'Periodo'],
      },
    ),
    amount: p(
      /^(?:addebiti|dare|importo(?:\s+(?:totale|fattura|dovuto|documento))?(?:\s+di)?|importo\s+da\s+pagare|totale(?:\s+(?:fattura|da\s+pagare|documento|dovuto|bolletta))?|costo(?:\s+totale)?|ammontare|imp\.?|a\s+(?:tuo|vostro)\s+favore|a\s+(?:tuo\s+)?credito)(?:\s*\((?:€|eur|euro|iva\s+inclusa)\)|\s+iva\s+incl(?:usa)?\.?)?$/i,
      WITH_EXAMPLES && {
        match: ['Importo', 'Importo totale', 'Totale', 'Totale fattura', 'Importo (€)', 'Importo da pagare', 'Totale da pagare', 'Totale IVA inclusa', 'Importo IVA inclusa', 'Imp. (€)', 'Totale IVA incl.', 'Importo di', 'A tuo favore', 'A credito', 'Addebiti', 'Dare'],
        noMatch: ['Scadenza', 'Stato', 'Totale anno', 'Da pagare', 'Imponibile', 'Totale IVA', 'Addebito', 'Data addebito', 'Accrediti'],
      },
    ),
    /**
     * A ledger's column of what the carrier credits ("Accrediti", "Avere" beside "Addebiti", "Dare"): a credit
     * note's amount written there is a credit, read as a negative amount.
     */
    credit: p(
      /^(?:accrediti|avere)(?:\s*\((?:€|eur|euro)\))?$/i,
      WITH_EXAMPLES && {
        match: ['Accrediti', 'Avere', 'Accrediti (€)'],
        noMatch: ['Addebiti', 'Accredito stipendio', 'Credito residuo', 'A credito'],
      },
    ),
    dueDate: p(
      /^(?:scadenza|data\s+(?:di\s+)?scadenza|scade(?:va)?\s+il|scade|(?:da\s+)?(?:pagare|saldare)\s+entro(?:\s+il)?|entro\s+il|in\s+scadenza\s+il|scadenza\s+pagamento|scad\.?|data\s+(?:di\s+|dell['’]\s*)?addebito)$/i,
      WITH_EXAMPLES && {
        // "Data addebito": the day a card or account is charged for the invoice, its due day where the portal charges it.
        match: ['Scadenza', 'Data scadenza', 'Scade il', 'Da pagare entro', 'Entro il', 'Pagare entro il', 'Da pagare entro il', 'Scad.', 'Data addebito', "Data dell'addebito"],
        noMatch: ['Data emissione', 'Stato'],
      },
    ),
    status: p(
      /^(?:stato(?:\s+(?:del\s+)?pagamento)?|pagamento|pagata\?|esito(?:\s+pagamento)?|stato\s+fattura|st\.?)$/i,
      WITH_EXAMPLES && {
        match: ['Stato', 'Stato pagamento', 'Stato del pagamento', 'Pagamento', 'Esito', 'St.'],
        noMatch: ['Pagata', 'Importo'],
      },
    ),
    period: p(
      /^(?:periodo(?:\s+di\s+(?:riferimento|fatturazione|competenza))?|competenza|riferimento|mese(?:\s+di\s+(?:riferimento|competenza))?|periodo\s+fatturato)$/i,
      WITH_EXAMPLES && {
        match: ['Periodo', 'Periodo di riferimento', 'Competenza', 'Mese', 'Mese di riferimento'],
        noMatch: ['Pagamento', 'Scadenza'],
      },
    ),
  },
  /** Status words: unpaid ones are tried first ("Non pagata" contains "pagata"). */
  unpaid: p(
    /\b(?:da\s+pagare|non\s+(?:ancora\s+)?pagat[aoei]|non\s+(?:ancora\s+)?saldat[aoei]|scadut[aoei]|insolut[ao]|in\s+attesa(?:\s+di\s+pagamento)?|da\s+saldare|in\s+scadenza|aperta|(?:pagamento|addebito)\s+(?:non\s+riuscito|fallito|respinto|in\s+corso)|non\s+andat[ao]\s+a\s+buon\s+fine|rifiutat[aoei]|respint[aoei])\b/i,
    WITH_EXAMPLES && {
      // "Rifiutata": the card refused the charge, so the invoice is still to pay.
      match: ['Da pagare', 'Non pagata', 'Scaduta', 'In attesa di pagamento', 'Insoluta', 'Pagamento non riuscito', 'Addebito fallito', 'Pagamento in corso', 'Non ancora pagata', 'Rifiutata', 'Addebito respinto'],
      noMatch: ['Pagata', 'Saldata', 'In elaborazione', 'Pagamento'],
    },
  ),
  paid: p(
    /\b(?:pagat[aoei]|saldat[aoei]|regolarizzat[ao]|addebitat[aoei]|domiciliat[aoei]|chiusa)\b/i,
    WITH_EXAMPLES && {
      // "Domiciliata": paid by direct debit from the customer's account, nothing left for them to pay by hand.
      match: ['Pagata', 'Saldata', 'Pagato', 'Addebitata', 'Domiciliata'],
      noMatch: ['Da pagare', 'Importo'],
    },
  ),
  /**
   * An invoice number printed in groups for the eye ("C1 2612 04417", "IL26 1104 9815", "RA 4081 2345"): letters
   * first, then groups of digits; read as one number without its spaces. A SIM, a phone or a customer code
   * printed the same way is not one.
   */
  groupedNumber: p(
    /^(?!(?:sim|tel|cell|fax|iva|cap|cod|tim|id)\b)(?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{1,4}(?:[ \u00a0\u202f]\d{2,6}){2,4}$/i,
    WITH_EXAMPLES && {
      match: ['C1 2612 04417', 'IL26 1104 9815', 'NC 2610 00318', 'M0 2611 48731', 'RA 4081 2345', '8W 0082 4417'],
      noMatch: ['SIM 351 889 0421', '06 8812 3456', 'RA40812345', 'Tel 06 1234 5678', 'C1 2612', '6 nov 2026'],
    },
  ),
  /**
   * A customer or billing account code as Vodafone, Fastweb and TIM Business print it ("1.1980442210",
   * "2.4418903", "3.0012874498"): one digit, a dot, the rest. Written after "Conto n." it is still no invoice number.
   */
  accountCode: p(
    /^\d\.\d{6,}$/,
    WITH_EXAMPLES && {
      match: ['1.1980442210', '2.4418903', '3.0012874498', '7.2291045'],
      noMatch: ['RA40812345', '2026/FT/1060657', '1.234,56', 'W2611094788', '12.345'],
    },
  ),
  /**
   * What a top-up receipt is titled ("Ricevuta di ricarica", "Ricarica effettuata"): listed beside the invoices
   * with a number, an amount and a PDF of its own, it is no invoice.
   */
  topUpReceipt: p(
    /\b(?:ricevut[ae]\s+(?:di\s+|della\s+)?ricaric[ah]e?|ricaric[ah]e?\s+(?:effettuat[ae]|online))\b/i,
    WITH_EXAMPLES && {
      match: ['Ricevuta di ricarica', 'Ricevute di ricarica', 'Ricarica effettuata', 'Ricarica online', 'Ricevuta ricarica'],
      // A bill paid by automatic top-up or card is still a bill.
      noMatch: ['Fattura dicembre 2026', 'Ricaricabile', 'Costo di ricarica SIM incluso', 'Pagamento con ricarica automatica', 'Ricarica automatica attiva'],
    },
  ),
  /**
   * A movement of an account ledger that is no document ("Pagamento ricevuto", "Pagamento respinto", "Saldo
   * iniziale"), listed between the invoices with an amount, a date and a receipt of its own: no invoice.
   */
  ledgerMovement: p(
    /^(?:pagamento|versamento|bonifico|incasso|rimborso|saldo|storno\s+(?:del\s+)?pagamento|addebito\s+(?:diretto|sepa|su\s+carta|carta))\b/i,
    WITH_EXAMPLES && {
      match: ['Pagamento ricevuto', 'Pagamento respinto', 'Saldo iniziale', 'Versamento', 'Bonifico ricevuto', 'Rimborso effettuato', 'Addebito diretto SEPA · rif. SDD 0987114', 'Storno pagamento'],
      noMatch: ['Fattura n. A261100487', 'Nota di credito n. C261000019', 'Conto telefonico 8K00709886', 'Pagata', 'A261100487', 'Fattura pagamento rateale'],
    },
  ),
  /** An amount the carrier owes the customer, written without a minus ("5,00 € a tuo favore"): a credit. */
  inFavour: p(
    /\b(?:a\s+(?:tuo|vostro|suo)\s+favore|a\s+(?:tuo\s+)?credito|da\s+rimborsare)\b/i,
    WITH_EXAMPLES && {
      match: ['5,00 € a tuo favore', '12,40 € a credito', '3,00 € a vostro favore', '9,90 € da rimborsare'],
      noMatch: ['29,90 €', 'Nota di credito', 'Credito residuo 3,20 €'],
    },
  ),
  /** A row that sums other rows ("Totale anno", "Totale 2026"): never an invoice. */
  totalRow: p(
    /^(?:totale|totali|subtotale|somma)(?:\s+(?:anno|annuo|annuale|complessivo|generale|periodo|fatture|\d{4}))*\s*:?$/i,
    WITH_EXAMPLES && {
      match: ['Totale anno', 'Totale 2026', 'Totale', 'Totale complessivo', 'Subtotale'],
      noMatch: ['RA40812345', 'Fattura n. 4B123'],
    },
  ),
  /** Links to the invoice document: by their words, their file name or a download attribute. */
  documentLink: p(
    /\b(?:scarica|download|pdf|visualizza|apri\s+(?:la\s+)?(?:fattura|bolletta|documento)|vedi\s+(?:la\s+)?(?:fattura|bolletta)|stampa)\b|\.pdf(?:$|[?#])/i,
    WITH_EXAMPLES && {
      match: ['Scarica PDF', 'Download', 'Visualizza', 'Apri la fattura', '/docs/RA1.pdf', 'fattura.pdf?id=3'],
      noMatch: ['Dettagli', 'Paga ora', 'Assistenza'],
    },
  ),
  /**
   * The accessible name of a download control that names its invoice ("Scarica PDF fattura FT26100571102",
   * "Download bolletta n. W2611223344"): where a timeline shows the number nowhere else. Group 1: the number.
   */
  documentOfNumber: p(
    /\b(?:scarica|download|apri|visualizza)\b.{0,20}?\b(?:fattura|bolletta|conto|documento|nota\s+di\s+credito)\s+(?:n(?:r|um)?\.?\s*°?\s*|numero\s+)?([A-Z0-9][A-Z0-9/-]{4,30})$/i,
    WITH_EXAMPLES && {
      match: ['Scarica PDF fattura FT26100571102', 'Download bolletta n. W2611223344', 'Scarica la fattura 8A00123456', 'Scarica PDF nota di credito W2610981207'],
      noMatch: ['Scarica PDF', 'Scarica la fattura in PDF', 'Fattura FT26100571102'],
    },
  ),
  /**
   * The title of a box that sums up one invoice beside the list ("Ultima fattura", "Prossimo conto"): the same
   * invoice is in the list, where it is read; the box counts only for an invoice the list does not show.
   */
  summaryTitle: p(
    /^(?:(?:ultim[ao]|prossim[ao]|precedente)\s+(?:fattura|conto|bolletta|documento)|(?:fattura|bolletta)\s+più\s+recente)\b/i,
    WITH_EXAMPLES && {
      match: ['Ultima fattura', 'Prossimo conto', 'Ultima bolletta emessa', 'Fattura più recente'],
      noMatch: ['Fattura M026110451', 'Le mie fatture', 'Ultimi pagamenti'],
    },
  ),
  /** Links to the same invoice in another format (the electronic invoice's XML, a signed copy, a CSV of calls): not its document. */
  otherFormat: p(
    /\b(?:xml|p7m|csv|xlsx?)\b/i,
    WITH_EXAMPLES && {
      match: ['XML', '/documento/8A00418273.xml', 'Scarica XML', 'fattura.xml.p7m', 'Dettaglio traffico CSV'],
      noMatch: ['Scarica PDF', '/docs/RA1.pdf', 'download.pdf?fattura=AI41187203&formato=pdf'],
    },
  ),
  /**
   * An invoice written as one sentence ("Fattura AI17263548 del 6 novembre 2026 di EUR 29,90, da pagare entro il
   * 26/11/2026."): the words around its values, read by invoices/invoice-sentences.ts.
   */
  sentence: {
    /** The document's name right before its number, anywhere in the sentence (group 1: the number). */
    invoice: p(
      /\b(?:fattura|conto(?:\s+telefonico)?|bolletta|nota\s+di\s+credito|documento)(?:\s+(?:n(?:r|um)?\s*[.°º:]?|numero|nr\.?))?\s+([A-Z0-9][A-Z0-9/\-._]*\d[A-Z0-9/\-._]*)/i,
      WITH_EXAMPLES && {
        match: ['Fattura AI17263548 del 6 novembre 2026', 'Conto n. AI15660327 di ago. 2026', "EUR 29,90 è l'importo della fattura AI15102274", 'Nota di credito NC-2026-00417 del 15 ottobre', 'Bolletta nr. 2026/118 emessa il 3/3/2026'],
        noMatch: ['Hai 2 conti da pagare per un totale di EUR 59,80', 'Fattura di ottobre 2026', 'Codice cliente 1.234567.89', 'Il 24/10/2026 abbiamo ricevuto EUR 29,90'],
      },
    ),
    /** Any word a sentence names an invoice by, looked for first in the raw text and in each text node (no word boundaries: words run together there). */
    documentWord: p(
      /fattur|conto|bollett|nota\s+di\s+credito|documento/i,
      WITH_EXAMPLES && {
        match: ['Le mie fattureFattura AI1', 'Conto n. AI15660327', 'Bollette', 'Nota di credito NC-1'],
        noMatch: ['Pagamenti ricevuti', 'Il 24/10/2026 abbiamo ricevuto EUR 29,90', 'Le tue opzioni'],
      },
    ),
    /** Words right after an invoice's number that make the month written next the period billed ("Conto n. X di ago. 2026"). */
    periodLead: p(
      /^\s*(?:di|del\s+mese\s+di|relativ[ao]\s+a)\s+/i,
      WITH_EXAMPLES && {
        match: [' di ago. 2026', ' del mese di novembre 2026', ' relativa a ottobre 2026'],
        noMatch: [' del 6 novembre 2026', ' emessa il 06/07/2026', ', importo EUR 31,40'],
      },
    ),
    /** Words right before the day an invoice was issued ("del", "emessa il"): tested on what precedes the day. */
    issueLead: p(
      /(?:\bdel|\bemess[ao](?:\s+il)?|\bdatat[ao](?:\s+il)?|\bdata\s+(?:di\s+)?emissione)\s*:?\s*$/i,
      WITH_EXAMPLES && {
        match: ['Fattura AI17263548 del', 'della fattura AI15102274 emessa il', 'Conto datato', 'data di emissione:'],
        noMatch: ['per il periodo dal 1 al', 'pagata il', 'da pagare entro il', 'Fattura AI1'],
      },
    ),
    /** Words right before the day an invoice falls due ("entro il", "scadenza", "scaduta il"). */
    dueLead: p(
      /(?:\bentro(?:\s+il)?|\bscadenza(?:\s+(?:il|del))?|\bscad(?:e|uta|uto|rà)(?:\s+il)?|\bin\s+scadenza\s+il|\bda\s+pagare\s+(?:entro\s+)?il)\s*:?\s*$/i,
      WITH_EXAMPLES && {
        match: ['da pagare entro il', 'importo EUR 31,40, scadenza', 'scaduta il', 'con scadenza', 'scade il'],
        noMatch: ['pagata il', 'addebitata il', 'Fattura AI1 del', 'dal 1 al'],
      },
    ),
    /** Words before an amount that is not the invoice's own (its VAT, a total of several): tested on what precedes the amount. */
    otherAmount: p(
      /(?:\bdi\s+cui(?:\s+iva)?|\biva|\btotale(?:\s+di)?|\bricevuto|\bpagamento\s+di|\bsconto\s+di)\s*(?:€|eur(?:o)?)?\s*$/i,
      WITH_EXAMPLES && {
        match: ['di cui IVA', 'per un totale di', 'abbiamo ricevuto EUR', 'di cui'],
        noMatch: ['Fattura AI17263548 del 6 novembre 2026 di', 'importo', "Fattura AI1 emessa il 6 giugno 2026:"],
      },
    ),
  },
  /** Headings or titles that say this page lists invoices. */
  pageHeading: invoicePageHeading,
} as const;
