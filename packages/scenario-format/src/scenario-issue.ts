/** One problem in a scenario: where, what was found, what was expected. */
export interface ScenarioIssue {
  /** Path of the field, e.g. `stations[2].service.lognormal.cv`; empty for the whole file. */
  readonly path: string;
  /** The value found there (undefined when the field is missing). */
  readonly value: unknown;
  /** What the field should hold, e.g. `a finite number > 0`. */
  readonly expected: string;
  /** One line for people: path, what was found and what was expected. */
  readonly message: string;
  /** 1-based line in the source text, when the scenario came from a file. */
  readonly line?: number;
  /** 1-based column in the source text, when the scenario came from a file. */
  readonly column?: number;
}

/** A problem before it is printed: path segments keep keys and indices apart for source lookup. */
export interface ProblemDraft {
  readonly segments: readonly (string | number)[];
  readonly value: unknown;
  readonly expected: string;
  /** `missing`: no value; `unknownKey`: the last segment is a key the object does not accept. */
  readonly kind: 'invalid' | 'missing' | 'unknownKey';
  /** Extra detail after the found value, e.g. `(they sum to 0.9)`. */
  readonly note?: string;
}

const IDENTIFIER_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats segments as `stations[2].service.lognormal.cv`; keys that are not identifiers get `["kz-customs"]`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER_KEY.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** A short, readable rendering of a found value; numbers JSON cannot carry are spelt out. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'bigint' ? `${v}n` : v,
    );
  } catch {
    text = String(value);
  }
  if (text === undefined) text = String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Turns a draft into the public issue, with its source position when known. */
export function toIssue(draft: ProblemDraft, position?: { line: number; column: number }): ScenarioIssue {
  const path = formatPath(draft.segments);
  const where = path === '' ? '(top level)' : path;
  const note = draft.note === undefined ? '' : ` ${draft.note}`;
  let message: string;
  if (draft.kind === 'missing') message = `${where}: missing; expected ${draft.expected}${note}`;
  else if (draft.kind === 'unknownKey') {
    const key = draft.segments[draft.segments.length - 1];
    message = `${where}: unknown key ${JSON.stringify(key)}; expected ${draft.expected}${note}`;
  } else message = `${where}: expected ${draft.expected}, found ${describeValue(draft.value)}${note}`;
  const base = { path, value: draft.value, expected: draft.expected, message };
  return position === undefined ? base : { ...base, line: position.line, column: position.column };
}
