/**
 * Puts the panel in the page inside an open shadow root (WXT's createShadowRootUi), marked as
 * Sentinella's own node so the page watcher ignores it. Mounted while there is something to show.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import { PANEL_CSS } from './panel-css.ts';

export interface PanelHandle {
  /** Shows the panel (once), or hides it when `visible` is false. */
  setVisible(visible: boolean): void;
}

export async function createPanel(ctx: ContentScriptContext, props: PanelProps): Promise<PanelHandle> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'sentinella-spotlight',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: PANEL_CSS,
    // Keys typed in the panel must not reach the portal's own shortcuts.
    isolateEvents: true,
    onMount(container) {
      render(<Panel {...props} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.shadowHost.setAttribute(OWN_NODE_ATTR, '');
  let shown = false;
  return {
    setVisible(visible) {
      if (visible === shown) return;
      shown = visible;
      if (visible) ui.mount();
      else ui.remove();
    },
  };
}
