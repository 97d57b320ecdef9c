/**
 * Everything Sentinella knows about the carrier portals' markup and wording, in one place.
 * Features recognise things by meaning first (visible Italian text, headings, amounts, dates); the words
 * and the few structural hints below are what they look for. When a portal changes, this is the file to edit.
 */

/** Words and hints for the paid-extras spotlight (the line's options and services). */
export const servicesPage = {
  /** Headings that open the line's list of options or services (matched on the heading's whole text). */
  heading: /^(?:le\s+tue\s+opzioni|i\s+tuoi\s+servizi|servizi\s+attivi|opzioni\s+attive|opzioni(?:\s+e\s+servizi)?|servizi(?:\s+a\s+(?:pagamento|contenuto|sovrapprezzo))?|servizi\s+e\s+opzioni)(?:\s+(?:attiv[eio]|della\s+linea|sulla\s+linea|a\s+pagamento))?\b/i,
  /** Elements that can be headings of such a list: tag names, and elements with this role. */
  headingTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'legend'],
  headingRole: '[role="heading"]',
  /**
   * Cheap first looks at a whole page's words, before any element is read: a page without any of them has
   * no services list (keeps the scan of a large page fast). `listHeading` can only open a services list;
   * `status` is "Attivo"/"Attiva" but not the call to action "Attiva ora" (no word boundaries: a page's
   * text runs cells together, "settimanaAttivoDisattiva").
   */
  hints: {
    heading: /opzion|serviz/i,
    listHeading: /le\s+tue\s+opzioni|i\s+tuoi\s+servizi|servizi\s+attivi|opzioni\s+attive|servizi\s+a\s+(?:pagamento|contenuto)/i,
    switchOff: /disattiv|rimuov|cessa/i,
    status: /attiv[oa](?!\s*ora)/i,
  },
  /** A status cell or badge that says the service is on (the element's whole text). */
  activeStatus: /^(?:stato:?\s*)?(?:attiv[oa]|attivato|attivata|in\s+corso|active)$/i,
  /** The portal's own switch-off control (a button or link whose text starts so). */
  switchOffControl: /^(?:disattiva|disattivare|rimuovi|cessa)\b/i,
  /** On/off switches (the app-like portals): one that is on says the service is active. */
  switchSelector: '[role="switch"]',
  /** Controls that can be a switch-off control. */
  controlSelector: 'button, a, [role="button"], input[type="button"], input[type="submit"]',
  /** Calls to action of promotional cards: a row with one of these and no status or switch-off control is marketing. */
  marketing: /^(?:scopri(?:\s+di\s+pi[uù])?|attiva(?:\s+ora|lo|la)?|acquista(?:\s+ora)?|aggiungi|passa\s+a\b.*|prova\s+gratis|richiedi)$/i,
  /** Words that say an item costs nothing extra. */
  free: /\b(?:inclus[oaie]|gratuit[oaie]|gratis|compres[oaie]\s+nell'offerta|senza\s+costi)\b/i,
  /** Elements that are one row of a list: table rows, list items, cards (by role, tag or class word). */
  rowSelector: 'tr, li, [role="row"], [role="listitem"], article, dl > div, [class~="card"], [class~="tile"], [class~="item"], [class~="service"], [class~="servizio"], [class~="option"], [class~="opzione"]',
  /** Elements inside a row that usually hold its name; the first in page order with a name-like text wins. */
  nameSelector: '[class*="name"], [class*="nome"], [class*="title"], [class*="titolo"], h2, h3, h4, h5, h6, [role="heading"], th, dt, strong, b, td',
} as const;

/** Words and hints for the invoice archive (MyTIM "La Mia Fattura", TIM Business "Fatture"). */
export const invoicesPage = {
  /** Headings and labels naming each invoice field, tried in this order (a line number is not an invoice number). */
  labels: {
    line: /^(?:linea|numero\s+(?:di\s+)?linea|utenza|n(?:umero|\.)?\s*telefono|codice\s+cliente|cliente)$/i,
    number: /^(?:fattura|n(?:umero|°|\.|r\.?)?\s*(?:fattura|documento)?|numero\s+fattura|fattura\s+(?:n(?:umero|°|\.)?))$/i,
    issueDate: /^(?:emessa\s+il|data\s+(?:di\s+)?emissione|data\s+fattura|data|emissione)$/i,
    amount: /^(?:importo(?:\s+totale)?|importo\s+da\s+pagare|totale(?:\s+fattura|\s+da\s+pagare|\s+documento)?)$/i,
    dueDate: /^(?:scadenza|data\s+(?:di\s+)?scadenza|scade\s+il|da\s+pagare\s+entro)$/i,
    status: /^(?:stato(?:\s+(?:del\s+)?pagamento)?|pagamento)$/i,
    period: /^(?:periodo(?:\s+di\s+(?:riferimento|fatturazione))?|competenza|riferimento)$/i,
  },
  /** Status words: unpaid ones are tried first ("Non pagata" contains "pagata"). */
  unpaid: /\b(?:da\s+pagare|non\s+pagata|non\s+saldata|scaduta|insoluta|in\s+attesa\s+di\s+pagamento)\b/i,
  paid: /\b(?:pagata|saldata|pagato|saldato)\b/i,
  /** Links to the invoice document: by their words, their file name or a download attribute. */
  documentLink: /\b(?:scarica|download|pdf|visualizza|apri\s+(?:la\s+)?fattura)\b|\.pdf(?:$|[?#])/i,
  /** The invoice pages: headings or titles that say this page lists invoices. */
  pageHeading: /\b(?:la\s+mia\s+fattura|le\s+mie\s+fatture|fatture|elenco\s+fatture|archivio\s+fatture)\b/i,
} as const;
