// Test support for markdown-links.test.ts: the links of a markdown page that lead nowhere.
//
// Why: the pages link to each other's sections by anchor (docs/performance.md alone has dozens),
// and an anchor is the slug of a heading, so rewording a heading — a status line "not met (0.29×)"
// updated to a new figure — silently breaks every link to it. Renderers show a broken link as a
// working one; only following it tells.

/** A link of a page: its target as written and the 1-based line it is on. */
export interface PageLink {
  readonly target: string;
  readonly line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** `[text](target)` and `![alt](target)`, the target without spaces (an optional "title" after it). */
const INLINE_LINK = /!?\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;
/** A reference definition: `[label]: target`. */
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/;
/** Inline code spans, whose text is not markdown. */
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** Calls `visit` with each line of `markdown` outside fenced code blocks, and its 1-based number. */
function proseLines(markdown: string, visit: (line: string, number: number) => void): void {
  let fence: string | null = null;
  markdown.split('\n').forEach((line, i) => {
    const match = FENCE.exec(line);
    if (match !== null) {
      const mark = match[1]!;
      if (fence === null) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
      return;
    }
    if (fence === null) visit(line, i + 1);
  });
}

/**
 * The links of `markdown` outside code, inline and reference-style, in order. A link's text may
 * wrap onto the next line, so the prose is searched whole: code blocks blanked line for line and
 * code spans blanked character for character, so that offsets still give line numbers.
 */
export function linksOf(markdown: string): PageLink[] {
  const prose: string[] = [];
  let next = 1;
  proseLines(markdown, (line, number) => {
    while (next < number) {
      prose.push('');
      next++;
    }
    prose.push(line);
    next++;
  });
  const text = prose.join('\n').replace(CODE_SPAN, (span) => span.replace(/[^\n]/g, ' '));
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
  proseLines(markdown, (line) => {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      const slug = headingSlug(heading[1]!);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      anchors.add(count === 0 ? slug : `${slug}-${count}`);
    }
    for (const match of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
  });
  return anchors;
}
