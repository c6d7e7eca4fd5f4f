// Test support for markdown-links.test.ts: the links of a markdown page that lead nowhere.
//
// Why: the pages link to each other's sections by anchor (docs/performance.md alone has dozens),
// and an anchor is the slug of a heading, so rewording a heading — a status line "not met (0.29×)"
// updated to a new figure — silently breaks every link to it. Renderers show a broken link as a
// working one; only following it tells.

import { closesFence, fenceLine } from './markdown-fence-line.js';

/** A link of a page: its target as written and the 1-based line it is on. */
export interface PageLink {
  readonly target: string;
  readonly line: number;
}

/** `[text](target)` and `![alt](target)`, the target without spaces (an optional "title" after it). */
const INLINE_LINK = /!?\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;
/** A reference definition: `[label]: target`. */
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/;
/** Inline code spans, whose text is not markdown. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** The lines of `markdown`, each line of a fenced code block (its fences too) blanked. */
function proseLines(markdown: string): string[] {
  let open: string | null = null;
  return markdown.split('\n').map((line) => {
    const fence = fenceLine(line);
    if (fence !== null && (open === null || closesFence(open, fence))) {
      open = open === null ? fence.mark : null;
      return '';
    }
    return open === null ? line : '';
  });
}

/**
 * The links of `markdown` outside code, inline and reference-style, in order. A link's text may
 * wrap onto the next line, so the prose is searched whole, code spans blanked character for
 * character so that offsets still give line numbers.
 */
export function linksOf(markdown: string): PageLink[] {
  const lines = proseLines(markdown);
  const text = lines.join('\n').replace(CODE_SPAN, (span) => span.replace(/[^\n]/g, ' '));
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const links: PageLink[] = [];
  for (const match of text.matchAll(INLINE_LINK))
    links.push({ target: match[1]!, line: lineAt(match.index) });
  text.split('\n').forEach((line, i) => {
    const reference = REFERENCE.exec(line);
    if (reference !== null) links.push({ target: reference[1]!, line: i + 1 });
  });
  return links.sort((a, b) => a.line - b.line);
}

/**
 * The anchor GitHub gives a heading: a link in it reduced to its text, then lower case, every
 * character but letters, digits, marks, spaces, hyphens and underscores dropped, spaces made
 * hyphens (github-slugger's rule). Formatting marks (`code`, *emphasis*) are dropped with the rest.
 */
export function headingSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/**
 * The anchors of `markdown`: its headings' slugs outside code, a repeated slug numbered as GitHub
 * numbers it (`-1`, `-2`, … in page order), and the ids of HTML anchors (`<a id="…">`).
 */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      const slug = headingSlug(heading[1]!);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      anchors.add(count === 0 ? slug : `${slug}-${count}`);
    }
    for (const match of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
  }
  return anchors;
}
