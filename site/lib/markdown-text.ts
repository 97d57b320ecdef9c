/**
 * Plain text out of Markdown, for the search index: what a reader sees, without markup.
 * Deliberately small: the index needs words and headings, not a faithful rendering.
 */

export interface MarkdownText {
  /** The text of every heading (#, ##, ...), in order. */
  headings: string[];
  /** The body as plain text on one line, headings included. */
  text: string;
}

/** Removes inline Markdown (links, emphasis, code marks, images, HTML tags) from one line. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`~]+/g, '')
    .trim();
}

/** Splits Markdown into headings and plain text. */
export function markdownText(markdown: string): MarkdownText {
  const headings: string[] = [];
  const parts: string[] = [];
  let inFence = false;
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(raw);
    if (heading) {
      const h = stripInline(heading[1]!);
      headings.push(h);
      parts.push(h);
      continue;
    }
    const line = stripInline(raw.replace(/^\s*(?:[-*+]|\d+[.)]|>)\s+/, '').replace(/^\s*\|/, '').replace(/\|/g, ' '));
    if (line && !/^[-:\s]+$/.test(line)) parts.push(line);
  }
  return { headings, text: parts.join(' ').replace(/\s+/g, ' ').trim() };
}
