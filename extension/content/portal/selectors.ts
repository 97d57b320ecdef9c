/**
 * Everything Sentinella knows about the carrier portals' markup and wording, in one place.
 * Features recognise things by meaning first (visible Italian text, headings, amounts, dates); the words
 * and the few structural hints below are what they look for. When a portal changes, this is the file to edit.
 */

/** Words and hints for the paid-extras spotlight (the line's options and services). */
export const servicesPage = {} as const;

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
