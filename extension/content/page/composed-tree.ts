/**
 * The page as a person sees it includes the open shadow roots of web components: these helpers walk the
 * composed tree (a shadow root's children belong to its host) so every feature reads components like any markup.
 */

/** The parent of `el`, crossing from a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as ShadowRoot | null;
  return root && root.nodeType === 11 ? (root.host ?? null) : null;
}

/** The open shadow root of a custom element (its tag has a hyphen), if any. */
export function shadowOf(el: Element): ShadowRoot | null {
  return el.tagName.includes('-') ? ((el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot ?? null) : null;
}

/** `scope.querySelectorAll(selector)`, also inside the open shadow roots of the components under it. */
export function queryAllComposed(scope: Element | ShadowRoot, selector: string): Element[] {
  const out = [...scope.querySelectorAll(selector)];
  const hosts = scope.querySelectorAll('*');
  for (let i = 0; i < hosts.length; i++) {
    const shadow = shadowOf(hosts[i]!);
    if (shadow) out.push(...queryAllComposed(shadow, selector));
  }
  if (scope.nodeType === 1) {
    const own = shadowOf(scope as Element);
    if (own) out.push(...queryAllComposed(own, selector));
  }
  return out;
}

/** True when `ancestor` holds `node` in the composed tree. */
export function containsComposed(ancestor: Element, node: Element): boolean {
  for (let el: Element | null = node; el; el = parentOf(el)) if (el === ancestor) return true;
  return false;
}
