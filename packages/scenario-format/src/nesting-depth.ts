/*
 * How deeply a text or a value nests. JSON and YAML readers, the YAML-to-object conversion and
 * the printing of values all recurse, so a file nested a hundred thousand levels deep ends in
 * "Maximum call stack size exceeded" somewhere inside them; measuring first, without recursion,
 * turns that into a sentence. A scenario nests about 7 levels (sides[0].openingHours.mon[0].from).
 */

/** Deepest nesting a scenario file may have: far above any real scenario, far below the stack. */
export const MAX_NESTING = 64;

/**
 * The deepest nesting of `[` and `{` in a JSON or YAML text, with quoted strings skipped: where the
 * text is JSON or YAML flow style, exactly the depth of its collections; for YAML block style it
 * counts only the flow parts (block nesting is bounded by the indentation the reader handles).
 * Returns as soon as `limit` is passed, with the offset where it was.
 */
export function flowNesting(text: string, limit: number): { depth: number; offset: number } {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== '') {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || (ch === "'" && /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = ch;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return { depth: deepest, offset: i };
      }
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    else if (ch === '#' && quote === '' && /\s/.test(text[i - 1] ?? '\n')) {
      // A YAML comment runs to the end of the line; JSON has no '#' outside strings.
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    }
  }
  return { depth: deepest, offset: -1 };
}

/** The nesting depth of a parsed value (a scalar is 0, `[]` is 1), stopping once past `limit`. */
export function valueNesting(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) {
      deepest = here;
      if (deepest > limit) return deepest;
    }
    for (const child of Object.values(node)) stack.push([child, here]);
  }
  return deepest;
}
