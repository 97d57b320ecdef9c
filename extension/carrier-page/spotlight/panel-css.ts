/**
 * The panel's styles, in px only, in its own page (an extension page in an iframe): the portal's CSS cannot
 * reach them. The page is as wide as the panel (max-content), never the other way round, so the frame can be
 * sized to the panel, and the frame is exactly the panel: its shadow and round corners are the frame's own
 * (panel-frame.ts), so no transparent margin around the panel takes the clicks meant for the page. Light
 * colours on a transparent page: the same colour scheme as the frame on the portal, or the browser would
 * paint the frame opaque.
 */
export const PANEL_CSS = `
:root { color-scheme: light; }
html, body { margin: 0; padding: 0; background: transparent; }
body { width: max-content; }
.panel { box-sizing: border-box; width: 380px; max-height: 560px; display: flex; flex-direction: column; background: #ffffff; color: #1c1c1c;
  border: 1px solid #b0b7bf; border-radius: 10px; font: 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
.panel * { box-sizing: border-box; }
.toggle { all: unset; box-sizing: border-box; cursor: pointer; display: flex; align-items: center; gap: 10px; width: 100%; padding: 10px 14px; border-radius: 10px 10px 0 0;
  background: #8e1b1b; color: #ffffff; }
.panel.collapsed { width: auto; max-width: 380px; }
.panel.collapsed .toggle { border-radius: 10px; }
.toggle:focus-visible, a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
.brand { font-weight: 700; font-size: 15px; }
.headline { flex: 1; font-size: 13px; }
.chevron { font-size: 12px; }
.body { overflow-y: auto; padding: 12px 14px 14px; }
.total { margin: 0 0 10px; padding: 8px 10px; background: #fdecea; border-radius: 6px; }
.total strong { font-size: 18px; color: #8e1b1b; }
.total small { display: block; color: #555555; font-size: 12px; }
.free-call { display: block; margin: 0 0 12px; padding: 10px 12px; border-radius: 6px; background: #1b5e20; color: #ffffff; font-weight: 700; text-decoration: none; text-align: center; }
.free-call:hover { background: #2e7d32; }
ol.services { list-style: none; margin: 0; padding: 0; }
.service { border: 1px solid #dde1e5; border-radius: 8px; padding: 10px 12px; margin: 0 0 10px; }
.service.wanted { background: #f3f5f7; border-style: dashed; }
.name { margin: 0 0 4px; font-size: 15px; font-weight: 700; word-break: break-word; }
.unknown-tag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; background: #fff3e0; color: #6d4100; font-size: 11px; font-weight: 600; }
.prices { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; font-size: 13px; }
.prices dt { color: #555555; }
.prices dd { margin: 0; }
.prices .year { font-weight: 700; color: #8e1b1b; }
.fallback { color: #6d4100; font-size: 12px; }
.keep { all: unset; box-sizing: border-box; cursor: pointer; display: inline-block; padding: 4px 10px; border: 1px solid #607d8b; border-radius: 14px; font-size: 13px; color: #263238; background: #ffffff; }
.keep[aria-pressed="true"] { background: #607d8b; color: #ffffff; }
.kept-note { margin-left: 8px; font-size: 12px; color: #555555; }
details { margin-top: 8px; }
summary { cursor: pointer; font-weight: 600; color: #1b5e20; }
h3 { margin: 10px 0 4px; font-size: 13px; }
ul.ways { margin: 0; padding-left: 18px; font-size: 13px; }
ul.ways li { margin: 2px 0; }
ol.steps { margin: 2px 0; padding-left: 18px; font-size: 12px; }
.costly { color: #8e1b1b; }
a { color: #0d47a1; }
.refund, .more { font-size: 12px; margin: 6px 0 0; }
.empty { margin: 0; }
`;
