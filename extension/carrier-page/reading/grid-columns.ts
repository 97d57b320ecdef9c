/**
 * The columns of a CSS grid, as the page's own styles lay it out: what tells the cells of one row apart from the
 * next when a portal puts every cell straight into one grid, with no element per row.
 */

/**
 * How many columns a CSS grid lays its children out in, from its computed `grid-template-columns` (a track
 * list such as "240px 96px 96px 80px"; "repeat(4, 1fr)" where the browser leaves it declared). 0 when the
 * element is not a grid or its tracks cannot be counted.
 */
export function gridColumnCount(el: Element): number {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return 0;
  const style = view.getComputedStyle(el);
  if (!/^(?:inline-)?grid$/.test(style.display)) return 0;
  return countTracks(style.gridTemplateColumns ?? '');
}

/** Tracks in a grid-template-columns value: top-level items, "repeat(n, a b)" as n × its items; line names ignored. */
function countTracks(value: string): number {
  let count = 0;
  let depth = 0;
  let token = '';
  const flush = () => {
    const t = token.trim();
    token = '';
    if (!t || t.startsWith('[')) return;
    const repeat = /^repeat\(\s*(\d+)\s*,(.*)\)$/s.exec(t);
    if (repeat) count += Number(repeat[1]) * countTracks(repeat[2]!);
    else if (/^repeat\(/.test(t)) count = Number.NaN; // auto-fill / auto-fit: the columns depend on the width
    else count++;
  };
  for (const ch of value) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (depth === 0 && /\s/.test(ch)) flush();
    else token += ch;
  }
  flush();
  return Number.isFinite(count) ? count : 0;
}

/**
 * How many of a grid's `columns` a child spans, from its computed `grid-column` ("1 / -1": the whole row,
 * "span 3", "5 / 8"); 1 when it names no span.
 */
export function gridCellSpan(cell: Element, columns: number): number {
  const view = cell.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return 1;
  const style = view.getComputedStyle(cell);
  const shorthand = style.gridColumn || `${style.gridColumnStart || 'auto'} / ${style.gridColumnEnd || 'auto'}`;
  const [start = 'auto', end = 'auto'] = shorthand.split('/').map((s) => s.trim());
  const span = /^span\s+(\d+)$/.exec(end) ?? /^span\s+(\d+)$/.exec(start);
  if (span) return Math.max(1, Math.min(columns, Number(span[1])));
  const line = (v: string) => (/^-?\d+$/.test(v) ? (Number(v) < 0 ? columns + 2 + Number(v) : Number(v)) : null);
  const a = line(start);
  const b = line(end);
  return a !== null && b !== null && b > a ? Math.min(columns, b - a) : 1;
}
