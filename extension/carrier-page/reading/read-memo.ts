/**
 * What a feature read of each element of the page, kept until the page changes inside that element, so that
 * after a page change only what changed is read again (a 1,000-invoice page where one row changes reads one
 * row). The page watcher says which nodes changed; `forget` drops every element that holds one of them.
 */
import { parentOf } from './composed-tree.ts';

export interface ReadMemo<T> {
  get(el: Element): T | undefined;
  set(el: Element, value: T): void;
  /** Forgets the elements holding any of `changed` (null: the whole page may have changed). */
  forget(changed: readonly Node[] | null): void;
}

export function createReadMemo<T>(): ReadMemo<T> {
  let entries = new WeakMap<Element, T>();
  return {
    get: (el) => entries.get(el),
    set: (el, value) => void entries.set(el, value),
    forget(changed) {
      if (changed === null) {
        entries = new WeakMap();
        return;
      }
      for (const node of changed) {
        // A component's shadow root (its tree redrawn) stands for its host.
        let el: Element | null = node.nodeType === 1 ? (node as Element) : node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
        for (; el; el = parentOf(el)) entries.delete(el);
      }
    },
  };
}
