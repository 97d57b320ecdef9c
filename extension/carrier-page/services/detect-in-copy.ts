/**
 * The paid-extras detector run on a copy of the page (reading/page-copy.ts) in the extension's own document, so
 * its work happens in the extension's process and not on the carrier page's main thread. What it finds travels
 * back as plain data, each row and name by its number in the copy, and becomes DetectedService again on the
 * page, with the live elements and the catalog entries there.
 */
import type { SpotlightService } from '../../../shared/catalog/catalog.ts';
import { createServiceMatcher, type ServiceMatcher } from '../../lib/match-service.ts';
import { rebuildPage, type PageCopy } from '../reading/page-copy.ts';
import { detectServices, type DetectedService } from './detect-services.ts';

/** A detected service as it travels: its catalog entry by id, its row and name element by number in the copy. */
export interface FoundInCopy extends Omit<DetectedService, 'service' | 'row' | 'nameElement'> {
  row: number;
  nameElement: number;
}

const matchers = new WeakMap<readonly SpotlightService[], ServiceMatcher>();

/** Rebuilds `copy` as the body of `doc` and detects its paid services; `doc` is the extension's own, empty page. */
export function detectInCopy(doc: Document, copy: PageCopy, services: readonly SpotlightService[]): FoundInCopy[] {
  const elements = rebuildPage(doc, copy);
  if (elements.length !== copy.count) throw new Error(`page copy: ${copy.count} elements sent, ${elements.length} rebuilt`);
  let matcher = matchers.get(services);
  if (!matcher) matchers.set(services, (matcher = createServiceMatcher(services)));
  const numbers = new Map(elements.map((el, i) => [el, i]));
  try {
    return detectServices(doc, services, matcher).flatMap(({ service: _service, row, nameElement, ...rest }) => {
      const rowAt = numbers.get(row);
      const nameAt = numbers.get(nameElement);
      return rowAt === undefined || nameAt === undefined ? [] : [{ ...rest, row: rowAt, nameElement: nameAt }];
    });
  } finally {
    // The copy holds what the customer's page showed: it is not kept once read.
    doc.body.replaceChildren();
  }
}

/** What was found in the copy, on the live page: `elements` are the page's, numbered as copyPage() numbered them. */
export function onPage(found: readonly FoundInCopy[], elements: readonly Element[], services: readonly SpotlightService[]): DetectedService[] {
  const byId = new Map(services.map((s) => [s.id, s]));
  return found.flatMap(({ row, nameElement, ...rest }) => {
    const rowEl = elements[row];
    const nameEl = elements[nameElement];
    if (!rowEl || !nameEl || !rowEl.isConnected) return [];
    return [{ ...rest, service: byId.get(rest.id), row: rowEl, nameElement: nameEl }];
  });
}
