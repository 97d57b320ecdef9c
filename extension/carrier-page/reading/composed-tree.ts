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

/**
 * The custom elements of `root`'s own tree: the elements with a hyphen in their name. In a document, XPath
 * finds them without the script touching every element of the page (each element a content script touches
 * costs it a wrapper); inside a shadow root, or where there is no XPath (happy-dom), every element is looked at.
 */
function customElementsOf(root: Element | ShadowRoot | Document): ArrayLike<Element> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (doc && typeof doc.evaluate === 'function' && root.nodeType !== 11 && (root.nodeType === 9 || (root as Element).getRootNode() === doc)) {
    const found = doc.evaluate(".//*[contains(local-name(), '-')]", root, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    const out: Element[] = [];
    for (let i = 0; i < found.snapshotLength; i++) out.push(found.snapshotItem(i) as Element);
    return out;
  }
  return root.querySelectorAll('*');
}

/** The custom elements under `root` (and in their shadow roots) that have an open shadow root. */
export function shadowHosts(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const all = customElementsOf(root);
  for (let i = 0; i < all.length; i++) {
    const shadow = shadowOf(all[i]!);
    if (shadow) out.push(all[i]!, ...shadowHosts(shadow));
  }
  return out;
}

/**
 * `scope.querySelectorAll(selector)`, also inside the open shadow roots of the components under it. `hosts`
 * are the page's shadow hosts (shadowHosts(), found once per read): with none, this is querySelectorAll.
 */
export function queryAllComposed(scope: Element | ShadowRoot, selector: string, hosts: readonly Element[]): Element[] {
  const out = [...scope.querySelectorAll(selector)];
  for (const host of hosts) {
    if (host !== scope && !(scope.nodeType === 1 ? containsComposed(scope as Element, host) : scope.contains(host))) continue;
    const shadow = shadowOf(host);
    if (shadow) out.push(...shadow.querySelectorAll(selector));
  }
  return out;
}

/** True when `ancestor` holds `node` in the composed tree. */
export function containsComposed(ancestor: Element, node: Element): boolean {
  for (let el: Element | null = node; el; el = parentOf(el)) if (el === ancestor) return true;
  return false;
}
