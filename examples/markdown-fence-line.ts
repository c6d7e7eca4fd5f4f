// Test support for the markdown checks (markdown-fences.ts, markdown-links.ts): what a fence line
// is and which fence closes a block, by CommonMark's rules, in one place so that both checks read
// a page's code blocks alike.

/** A fence line: its run of backticks or tildes, and the info string after it, trimmed. */
export interface FenceLine {
  readonly mark: string;
  readonly info: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The fence `line` is, or null. A run of backticks followed by text holding a backtick is inline
 * code, not a fence (a backtick fence's info string may not hold one).
 */
export function fenceLine(line: string): FenceLine | null {
  const match = FENCE.exec(line);
  if (match === null) return null;
  const mark = match[1]!;
  const info = match[2]!.trim();
  if (mark[0] === '`' && info.includes('`')) return null;
  return { mark, info };
}

/** Whether `fence` closes a block opened with `open`: the same character, as long or longer, no info. */
export function closesFence(open: string, fence: FenceLine): boolean {
  return fence.mark[0] === open[0] && fence.mark.length >= open.length && fence.info === '';
}
