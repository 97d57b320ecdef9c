/**
 * A copy of the page's body, as plain data, that the extension rebuilds in a document of its own (the offscreen
 * document in Chrome, the background page in Firefox) so the paid-extras detector runs there, in the extension's
 * process, instead of on the carrier page's main thread.
 *
 * The copy keeps what the readers of the page look at: elements with their attributes, text, open shadow roots,
 * the state of checkboxes, an inline `display:none`, and the layout the page's own CSS gave each element (its
 * computed `display`; a grid's columns and the columns its cells span), given back in the copy by a class of its
 * own and one stylesheet (readers never look at classes; the page's own are left out). It leaves out what a
 * reader never uses and what could make the extension's document load anything: scripts, styles, frames, media,
 * SVG images, `use` and animations, every attribute that names a resource (src, srcset, poster, a link's href
 * outside <a>/<area>), the rest of inline styles and event handlers; the rebuilding side holds the copy to the
 * same rules. The rebuilt document is inert: nothing of it runs and nothing is fetched.
 *
 * Elements are numbered in the order of a walk of the composed tree, the same on both sides, so an element the
 * detector finds in the copy is the live element with the same number.
 */
import { OWN_NODE_ATTR } from '../page-watcher.ts';

/** A text node's data, or an element: [tag, namespace, attributes (name, value, …), children, shadow children?]. */
export type CopiedNode = string | CopiedElement;
export type CopiedElement = [tag: string, ns: Namespace, attributes: string[], children: CopiedNode[], shadow?: CopiedNode[]];

/** 0: HTML, 1: SVG, 2: MathML. */
type Namespace = 0 | 1 | 2;
const NAMESPACES = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'] as const;

export interface PageCopy {
  /** The body's attributes and its content. */
  body: CopiedElement;
  /** The layouts the page's CSS gives, as CSS declarations: an element's layout class is "s" and its index here. */
  layouts: string[];
  /** How many elements the copy numbers (a check that both sides walked the same tree). */
  count: number;
}

/** Never copied, with everything inside: nothing a person reads, or something that loads or runs. */
const LEFT_OUT = new Set(['script', 'style', 'link', 'meta', 'base', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source', 'track', 'canvas', 'portal']);

/**
 * Of SVG, the shapes and texts an icon is drawn with, and its title: what gives an icon its name. Never images,
 * `use` (it may fetch), animations (they may set an address) or foreign content.
 */
const SVG_KEPT = new Set(['svg', 'g', 'title', 'desc', 'text', 'tspan', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon', 'defs', 'symbol']);

/** Whether an element of this tag and namespace is copied (its subtree goes with it). */
function kept(tag: string, ns: Namespace): boolean {
  if (ns === 1) return SVG_KEPT.has(tag);
  return !LEFT_OUT.has(tag.toLowerCase());
}

/** Attributes that name something to load or run, dropped from every element. */
const RESOURCE_ATTRIBUTE = /^(?:on|src$|srcset$|srcdoc$|poster$|background$|ping$|action$|formaction$|data$|manifest$|codebase$|archive$|longdesc$|lowsrc$|dynsrc$|nonce$|integrity$|xlink:href$)/i;

/** What the readers see of an inline style: whether it hides the element (visible-text.ts). */
const INLINE_NONE = /display\s*:\s*none/i;

/** Whether an attribute is copied: never one that names a resource or a handler; an address only on a link. */
function keptAttribute(name: string, value: string, tag: string, ns: Namespace): boolean {
  if (RESOURCE_ATTRIBUTE.test(name)) return false;
  if (name === 'href') return ns === 0 && (tag === 'a' || tag === 'area');
  if (name === 'style') return value === 'display:none';
  // The page's own classes stay behind; the copy's are its layouts.
  if (name === 'class') return /^s\d+$/.test(value);
  return true;
}

/** A layout is a few declarations of these properties, with values as browsers compute them: no url, no block. */
const LAYOUT = /^(?:display|grid-template-columns|grid-column-start|grid-column-end):[\w .,%()[\]-]*$/;
const validLayout = (layout: string) => !/url|image|src/i.test(layout) && layout.split(';').every((d) => LAYOUT.test(d));

/** Above this many elements a page is not copied (no customer area's page comes near). */
export const MAX_COPIED_ELEMENTS = 100_000;

/**
 * Copies `doc`'s body with the layout its CSS gives each element; `elements` receives the live elements in
 * their copy's numbering. Returns null when the page is larger than MAX_COPIED_ELEMENTS.
 */
export function copyPage(doc: Document, elements: Element[]): PageCopy | null {
  const body = doc.body;
  const view = doc.defaultView;
  if (!body || !view) return null;
  let count = 0;
  let tooLarge = false;
  const layouts = new Map<string, number>();
  const layoutClass = (layout: string) => {
    let at = layouts.get(layout);
    if (at === undefined) layouts.set(layout, (at = layouts.size));
    return `s${at}`;
  };

  const copyChildren = (parent: Node, parentDisplay: string): CopiedNode[] => {
    const out: CopiedNode[] = [];
    for (let node = parent.firstChild; node && !tooLarge; node = node.nextSibling) {
      if (node.nodeType === 3) out.push((node as Text).data);
      else if (node.nodeType === 1) {
        const copied = copyElement(node as Element, parentDisplay);
        if (copied) out.push(copied);
      }
    }
    return out;
  };

  const copyElement = (el: Element, parentDisplay: string): CopiedElement | null => {
    const ns: Namespace = el.namespaceURI === NAMESPACES[1] ? 1 : el.namespaceURI === NAMESPACES[2] ? 2 : 0;
    const tag = el.localName;
    if (!kept(tag, ns) || el.hasAttribute(OWN_NODE_ATTR)) return null;
    if (++count > MAX_COPIED_ELEMENTS) {
      tooLarge = true;
      return null;
    }
    elements.push(el);
    const attributes: string[] = [];
    for (const attr of el.attributes) {
      if (attr.name === 'checked' || attr.name === 'style' || attr.name === 'class' || !keptAttribute(attr.name, attr.value, tag, ns)) continue;
      attributes.push(attr.name, attr.value);
    }
    if (INLINE_NONE.test(el.getAttribute('style') ?? '')) attributes.push('style', 'display:none');
    if ((el as HTMLInputElement).checked === true && el.tagName === 'INPUT') attributes.push('checked', '');
    const style = view.getComputedStyle(el);
    const display = style.display;
    let layout = `display:${display}`;
    if (display === 'grid' || display === 'inline-grid') layout += `;grid-template-columns:${style.gridTemplateColumns}`;
    if (parentDisplay === 'grid' || parentDisplay === 'inline-grid') layout += `;grid-column-start:${style.gridColumnStart};grid-column-end:${style.gridColumnEnd}`;
    if (validLayout(layout)) attributes.push('class', layoutClass(layout));
    const copied: CopiedElement = [tag, ns, attributes, copyChildren(el, display)];
    const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
    // The shadow root's children are laid out in the host's box.
    if (shadow) copied[4] = copyChildren(shadow, display);
    return copied;
  };

  const copied = copyElement(body, '');
  if (!copied || tooLarge) return null;
  return { body: copied, layouts: [...layouts.keys()], count };
}

function setAttributes(el: Element, attributes: string[], tag: string, ns: Namespace): void {
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    if (!keptAttribute(attributes[i]!, attributes[i + 1]!, tag, ns)) continue;
    try {
      el.setAttribute(attributes[i]!, attributes[i + 1]!);
    } catch {
      // A name the page's DOM allowed but setAttribute does not (made by script): not one a reader needs.
    }
  }
}

/**
 * Rebuilds `copy` as the body of `doc` (an extension document that holds nothing else), numbering its elements
 * as copyPage() did. Text stays text and attributes stay attributes: nothing of the copy is parsed as HTML.
 */
export function rebuildPage(doc: Document, copy: PageCopy): Element[] {
  const elements: Element[] = [];
  // The copy comes from this extension's own content script; it is still held to the same rules here, where a
  // stray element or address would load or run with the extension's rights.
  if (!copy.layouts.every(validLayout)) throw new Error('page copy: a layout that is not one');
  const sheet = new (doc.defaultView ?? globalThis).CSSStyleSheet();
  // !important: the inline `display:none` kept from the page is the only other style, and says the same.
  sheet.replaceSync(copy.layouts.map((layout, i) => `.s${i}{${layout.replaceAll(';', ' !important;')} !important}`).join('\n'));
  const build = (node: CopiedElement): Element => {
    const [tag, ns, attributes, children, shadow] = node;
    if (!NAMESPACES[ns] || !kept(tag, ns)) throw new Error(`page copy: a <${tag}> is never copied`);
    const el = doc.createElementNS(NAMESPACES[ns], tag);
    elements.push(el);
    setAttributes(el, attributes, tag, ns);
    append(el, children);
    if (shadow) {
      try {
        const root = el.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        append(root, shadow);
      } catch {
        // Not a host this document allows: its content is read as the element's own.
        append(el, shadow);
      }
    }
    return el;
  };
  const append = (parent: Node, children: CopiedNode[]) => {
    for (const child of children) parent.appendChild(typeof child === 'string' ? doc.createTextNode(child) : build(child));
  };

  doc.adoptedStyleSheets = [sheet];
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  body.replaceChildren();
  elements.push(body);
  for (const name of body.getAttributeNames()) body.removeAttribute(name);
  const [, , attributes, children] = copy.body;
  setAttributes(body, attributes, 'body', 0);
  append(body, children);
  return elements;
}
