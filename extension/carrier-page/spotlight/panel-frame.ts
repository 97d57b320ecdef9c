/**
 * Shows the spotlight where it found paid extras: the rows highlighted on the page, and the panel, an
 * extension page (entrypoints/spotlight-frame/) in an iframe fixed to the corner of the page (WXT's
 * createIframeUi). The panel runs in the extension's process, out of the page's reach and off its main thread;
 * this side only tells it what to show, takes its "Lo voglio tenere" and sizes the frame to it
 * (lib/spotlight-frame.ts). The frame is there while there is something to show.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { FRAME_ATTR, frameToken, isFrameEventMessage, SHOWN_ATTR, SPOTLIGHT_FRAME_PAGE, spotlightFrameUrl, type FrameEvent, type FrameShow } from '../../lib/spotlight-frame.ts';
import { spotlightTitle as itTitle } from '../../public/_locales/it/messages.json';
import { spotlightTitle as enTitle } from '../../public/_locales/en/messages.json';
import { format, inUiLanguage } from './words.ts';
import type { SpotlightBridge, SpotlightSnapshot } from './bridge.ts';
import { reconcileHighlights } from './highlight.ts';

/** The longest the first pass waits for the panel to say it is on screen. */
const FIRST_SHOW_TIMEOUT_MS = 5000;
/** Room between the frame and the viewport's right and bottom edges, where it sits. */
const EDGE = 16;
/** Room kept between the frame and the viewport's top and left edges too, when the panel is taller or wider than the viewport. */
const VIEWPORT_ROOM = EDGE + 8;
/** The frame's accessible name, from the bundled messages (i18n.getMessage would fetch the whole catalog). */
const TITLE = inUiLanguage({ it: itTitle, en: enTitle });

/** Inline and !important: a portal's own `iframe { … }` rules must not move or stretch the panel. */
function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

/**
 * Starts the highlights and the panel; settles once the panel is on screen (or after a few seconds, so the
 * feature's first pass ends even when the panel cannot load).
 */
export function startPanelFrame(ctx: ContentScriptContext, bridge: SpotlightBridge, report: (error: unknown) => void): Promise<void> {
  // The rows first: they are the page's own, and do not wait for the panel.
  try {
    const paint = (rows: ReturnType<SpotlightBridge['rows']>, wanted: ReadonlySet<string>) => reconcileHighlights(document, rows, wanted);
    paint(bridge.rows(), bridge.snapshot().wanted);
    const stopPainting = bridge.onRows(paint);
    // A script that stops (the extension updated or removed) takes its highlights with it.
    ctx.onInvalidated(() => {
      stopPainting();
      reconcileHighlights(document, [], new Set());
    });
  } catch (error) {
    report(error);
  }

  const token = frameToken();
  let mounted = false;
  /** The frame's page has loaded and listens (again after every mount: a new frame loads anew). */
  let listening = false;
  let shownOnce: () => void = () => {};
  const firstShow = new Promise<void>((resolve) => {
    shownOnce = resolve;
    setTimeout(resolve, FIRST_SHOW_TIMEOUT_MS);
  });

  const ui = createIframeUi(ctx, {
    page: SPOTLIGHT_FRAME_PAGE,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(wrapper, iframe) {
      wrapper.setAttribute(OWN_NODE_ATTR, '');
      iframe.setAttribute(OWN_NODE_ATTR, '');
      iframe.setAttribute(FRAME_ATTR, '');
      iframe.removeAttribute(SHOWN_ATTR);
      iframe.title = format(TITLE, 'spotlightTitle');
      // Fixed to the corner, no border, transparent, light like the panel page; a speck until the panel says its
      // size (not nothing: a frame of no size is one the browser may stop drawing).
      setStyles(iframe, {
        position: 'fixed', right: `${EDGE}px`, bottom: `${EDGE}px`, left: 'auto', top: 'auto', width: '1px', height: '1px', 'max-width': 'none', 'max-height': 'none',
        border: '0', margin: '0', padding: '0', background: 'transparent', 'color-scheme': 'light', 'z-index': '2147483646', display: 'block', visibility: 'visible', opacity: '1',
      });
      iframe.setAttribute('allowtransparency', 'true');
    },
  });
  // The token in the frame's address tells the panel which messages are its own.
  ui.iframe.src = `${spotlightFrameUrl()}#${token}`;

  const show = ({ services, wanted }: SpotlightSnapshot) => {
    if (!listening || ctx.isInvalid) return;
    const message: FrameShow = { type: 'spotlight-frame:show', token, services: [...services], wanted: [...wanted] };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const setVisible = (visible: boolean) => {
    if (visible === mounted || ctx.isInvalid) return;
    mounted = visible;
    listening = false;
    if (visible) ui.mount();
    else ui.remove();
  };
  const resize = ({ width, height }: { width: number; height: number }) => {
    const iframe = ui.iframe;
    // The panel's shadow and round corners are the frame's: the frame is exactly the panel, and a click beside
    // it reaches the page.
    setStyles(iframe, {
      width: `${Math.min(width, Math.max(0, innerWidth - VIEWPORT_ROOM))}px`,
      height: `${Math.min(height, Math.max(0, innerHeight - VIEWPORT_ROOM))}px`,
      'border-radius': '10px',
      'box-shadow': '0 2px 10px #00000040',
    });
    iframe.setAttribute(SHOWN_ATTR, '');
    shownOnce();
  };

  const onEvent = (event: FrameEvent) => {
    if (event.kind === 'ready') {
      listening = true;
      show(bridge.snapshot());
    } else if (event.kind === 'toggle') bridge.toggleWanted(event.key);
    else if (mounted) resize(event);
  };
  const onMessage = (message: unknown) => {
    if (!isFrameEventMessage(message) || message.token !== token) return false;
    try {
      onEvent(message.event);
    } catch (error) {
      report(error);
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const apply = (snapshot: SpotlightSnapshot) => {
    setVisible(snapshot.services.length > 0);
    show(snapshot);
  };
  try {
    apply(bridge.snapshot());
  } catch (error) {
    report(error);
  }
  ctx.onInvalidated(bridge.subscribe((snapshot) => {
    try {
      apply(snapshot);
    } catch (error) {
      report(error);
    }
  }));
  return firstShow;
}
