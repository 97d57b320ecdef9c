/** The archive's one option: archive invoices automatically on the portal (on by default). */
import { storage } from 'wxt/utils/storage';

export const archiveAutomatically = storage.defineItem<boolean>('local:archiveAutomatically', { fallback: true });
