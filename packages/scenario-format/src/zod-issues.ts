import type * as z from 'zod';
import type { ProblemDraft } from './scenario-issue.js';

/*
 * From zod issues to scenario problems. The leaf schemas carry their expected text as their error
 * message; `expectedText` fills in words for the issues that no schema names (a missing list, an
 * array that is too short) so that every problem reads "expected …".
 */

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a finite number',
  int: 'an integer',
  boolean: 'true or false',
  record: 'an object',
};

/** A zod error map that words each issue as what was expected (the parse-level fallback). */
export function expectedText(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `a list of ${issue.exact ? 'exactly' : 'at least'} ${issue.minimum} item(s)`
        : `a value ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `a list of ${issue.exact ? 'exactly' : 'at most'} ${issue.maximum} item(s)`
        : `a value ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'a known key';
    case 'invalid_union':
      return Array.isArray(issue.options)
        ? `one of ${issue.options.join(', ')}`
        : 'one of the accepted forms';
    case 'invalid_format':
      return `a string in the format ${issue.format}`;
    case 'invalid_key':
      return 'a valid key';
    default:
      return 'a valid value';
  }
}

/** The value at `segments` inside `root`, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function segmentsOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/**
 * True when a union branch rejected the value for its type, i.e. the value was never meant for
 * it: a type or literal mismatch at the branch's root, or a nested union all of whose branches did.
 */
function rejectsType(branch: readonly z.core.$ZodIssue[]): boolean {
  return branch.some(
    (issue) =>
      issue.path.length === 0 &&
      (issue.code === 'invalid_type' ||
        issue.code === 'invalid_value' ||
        (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every(rejectsType))),
  );
}

/** Converts zod issues (from a parse of `input`) to problems, one per unknown key. */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly (string | number)[] = [],
): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  for (const issue of issues) {
    const segments = [...prefix, ...segmentsOf(issue.path)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...segments, key];
        problems.push({
          segments: at,
          value: valueAt(input, at),
          expected: issue.message,
          kind: 'unknownKey',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // When exactly one branch accepted the value's type (a list for a list route), its issues
      // say precisely what is wrong inside; otherwise the union's own message lists the forms.
      const candidates = issue.errors.filter((branch) => !rejectsType(branch));
      if (candidates.length === 1) {
        problems.push(...problemsFromZod(candidates[0]!, input, segments));
        continue;
      }
    }
    const value = valueAt(input, segments);
    problems.push({
      segments,
      value,
      expected: issue.message,
      kind: value === undefined ? 'missing' : 'invalid',
    });
  }
  return problems;
}
