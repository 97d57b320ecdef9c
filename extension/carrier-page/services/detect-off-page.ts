/**
 * Detects the paid services of the page without doing the detector's work on the page's main thread: the page
 * is copied (reading/page-copy.ts), the extension detects them in the copy in its own process
 * (background/detect-elsewhere.ts) and the answer is mapped back to the live rows. The detector itself is not
 * in this script: what the page costs is the copy, the message and the highlights.
 */
import type { SpotlightService } from '../../../shared/catalog/catalog.ts';
import { send } from '../../lib/send.ts';
import { copyPage, MAX_COPIED_ELEMENTS } from '../reading/page-copy.ts';
import { onPage } from './detect-in-copy.ts';
import type { DetectedService } from './detect-services.ts';

export async function detectOffPage(doc: Document, services: readonly SpotlightService[]): Promise<DetectedService[]> {
  const elements: Element[] = [];
  const copy = copyPage(doc, elements);
  if (!copy) throw new Error(`page not read: more than ${MAX_COPIED_ELEMENTS} elements`);
  const { found } = await send<'spotlight:detect'>({ type: 'spotlight:detect', copy });
  if (!found) throw new Error('page not read: the extension could not detect its services');
  return onPage(found, elements, services);
}
