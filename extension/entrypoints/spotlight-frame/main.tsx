/**
 * The spotlight's panel page, shown in an iframe on a carrier page where the detector found paid extras
 * (carrier-page/spotlight/panel-frame.ts makes the frame). It runs in the extension's own process: the carrier
 * page can neither read nor script it, and its rendering is not the page's work. What to show comes from the
 * content script that made the frame, the user's "Lo voglio tenere" goes back to it (lib/spotlight-frame.ts);
 * the panel's size goes back too, so the frame is exactly as large as the panel and covers nothing else.
 */
import services from 'virtual:sentinella-catalog/spotlight';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLanguage } from '../../lib/i18n.ts';
import { isFrameShow, type FrameEvent } from '../../lib/spotlight-frame.ts';
import { Panel } from '../../carrier-page/spotlight/Panel.tsx';
import { PANEL_CSS } from '../../carrier-page/spotlight/panel-css.ts';
import { createSpotlightStore } from '../../carrier-page/spotlight/store.ts';

const byId = new Map(services.map((s) => [s.id, s]));
const token = location.hash.slice(1);
const store = createSpotlightStore();

const tell = (event: FrameEvent) => void browser.runtime.sendMessage({ type: 'spotlight-frame:to-page', token, event }).catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isFrameShow(message) || message.token !== token) return false;
  store.show(message.services.map((s) => ({ ...s, service: byId.get(s.id) })));
  store.wanted.value = new Set(message.wanted);
  // Measured once Preact has drawn the change: until the frame has its size it is a speck on the page, where the
  // browser may hold back a resize observer's calls, so the first size is measured here.
  setTimeout(tellSize, 0);
  return false;
});

document.documentElement.lang = uiLanguage();
const style = document.createElement('style');
style.textContent = PANEL_CSS;
document.head.append(style);
const app = document.getElementById('app')!;
render(<Panel store={store} onToggleWanted={(key) => tell({ kind: 'toggle', key })} />, app);

// The frame follows the panel's size (collapsed, opened, a longer list), exactly: it covers nothing else.
let last = '';
function tellSize(): void {
  const panel = app.firstElementChild;
  if (!panel || store.services.value.length === 0) return;
  const box = panel.getBoundingClientRect();
  const size = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  const key = `${size.width}x${size.height}`;
  if (key === last) return;
  last = key;
  tell({ kind: 'size', ...size });
}
new ResizeObserver(tellSize).observe(app);
tell({ kind: 'ready' });
