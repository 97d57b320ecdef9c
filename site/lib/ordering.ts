/** How lists of content are ordered on the site. */
import type { Guide, Operator, Service } from '../../shared/schemas/index.ts';

const it = (a: string, b: string) => a.localeCompare(b, 'it');

/** Guides by their `order`, then by title. */
export function byGuideOrder<T extends { data: Pick<Guide, 'order' | 'title'> }>(a: T, b: T): number {
  return a.data.order - b.data.order || it(a.data.title, b.data.title);
}

/** Most recently updated guides first, then by title. */
export function byGuideUpdated<T extends { data: Pick<Guide, 'updated' | 'title'> }>(a: T, b: T): number {
  return it(b.data.updated, a.data.updated) || it(a.data.title, b.data.title);
}

/** Services: on-by-default ones first, then by name. */
export function byServiceImportance<T extends { data: Pick<Service, 'onByDefault' | 'name'> }>(a: T, b: T): number {
  return Number(b.data.onByDefault) - Number(a.data.onByDefault) || it(a.data.name, b.data.name);
}

/** Carriers by name. */
export function byOperatorName<T extends { data: Pick<Operator, 'name'> }>(a: T, b: T): number {
  return it(a.data.name, b.data.name);
}
