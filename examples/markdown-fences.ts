// Test support for markdown-fences.test.ts: finds fenced code blocks in a markdown text that
// swallow the prose after them.
//
// Why: a fence closes only on a fence of the same character at least as long as the one that
// opened it (CommonMark). A block opened with ```` by mistake is not closed by the ``` meant to end
// it, and runs on to the next ```` however far that is: in docs/performance.md one such block held
// 77 lines, a section heading and its tables among them, all shown as code. The renderer raises no
// error, so this looks for the two shapes the mistake takes.

import { closesFence, fenceLine } from './markdown-fence-line.js';

/** A fence that cannot be what its author meant, with the 1-based line of its opening. */
export interface FenceProblem {
  readonly line: number;
  readonly problem: string;
}

/**
 * The suspicious fences of `markdown`:
 * - a block opened with a fence longer than three characters whose inner fences do not pair up as
 *   blocks shown inside it (an opening fence, then a bare closing one): the one reason to lengthen
 *   a fence is to show a fenced block inside, and a stray bare fence inside is the short closing
 *   fence that was meant to end it;
 * - a block still open at the end of the text.
 */
export function fenceProblems(markdown: string): FenceProblem[] {
  const problems: FenceProblem[] = [];
  const lines = markdown.split('\n');
  let open: { fence: string; line: number; shown: number; innerOpen: boolean; stray: boolean } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = fenceLine(lines[i]!);
    if (line === null) continue;
    if (open === null) {
      open = { fence: line.mark, line: i + 1, shown: 0, innerOpen: false, stray: false };
      continue;
    }
    if (line.mark[0] !== open.fence[0]) continue;
    if (closesFence(open.fence, line)) {
      if (open.fence.length > 3 && (open.stray || open.innerOpen || open.shown === 0)) {
        problems.push({
          line: open.line,
          problem: `opened with ${open.fence} but shows no fenced block inside: it runs to line ${i + 1}; open it with ${open.fence[0]!.repeat(3)}`,
        });
      }
      open = null;
    } else if (!open.innerOpen) {
      open.innerOpen = true;
    } else if (line.info === '') {
      open.innerOpen = false;
      open.shown++;
    } else {
      // An opening fence inside a block shown inside: the earlier bare fence was a stray closer.
      open.stray = true;
    }
  }
  if (open !== null) {
    problems.push({ line: open.line, problem: `opened with ${open.fence} and never closed` });
  }
  return problems;
}
