/** The largest invoice document Sentinella keeps (portal PDFs are a few hundred KB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
