/** The archive's one option: archive invoices automatically on the portal (on by default). */
import { localItem } from '../local-item.ts';

export const archiveAutomatically = localItem<boolean>('archiveAutomatically', true);
