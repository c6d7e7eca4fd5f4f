import type { Scenario } from '@landport/sim-core/border';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { firstDuplicateKey } from './duplicate-keys.js';
import { flowNesting, MAX_NESTING, valueNesting } from './nesting-depth.js';
import { MAX_REPORTED_ISSUES, ScenarioError } from './scenario-error.js';
import { type ProblemDraft, type ScenarioIssue, toIssue } from './scenario-issue.js';
import { checkScenario } from './validate.js';

/** Options of {@link parseScenario}. */
export interface ParseScenarioOptions {
  /** The text's format. Default: from the file name's extension, else JSON if it starts with `{`, else YAML. */
  readonly format?: 'json' | 'yaml';
  /** Shown in error messages, and used to guess the format. */
  readonly fileName?: string;
}

interface Position {
  line: number;
  column: number;
}

/** A source read as YAML (JSON is read by yaml too, for the positions of its nodes). */
interface Source {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

function readYaml(text: string): Source {
  const lines = new LineCounter();
  // Duplicate keys are found by firstDuplicateKey, in linear time (see there).
  return { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines };
}

function formatOf(options: ParseScenarioOptions): 'json' | 'yaml' | 'sniff' {
  if (options.format) return options.format;
  const name = options.fileName?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return 'sniff';
}

function fail(
  fileName: string | undefined,
  issue: Omit<ScenarioIssue, 'message'> & { message: string },
): never {
  throw new ScenarioError([issue], fileName);
}

/** The position of a JSON.parse error, when the JavaScript engine reports one. */
function jsonErrorPosition(text: string, message: string): Position | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /position (\d+)/.exec(message);
  if (!offset) return undefined;
  const before = text.slice(0, Number(offset[1]));
  const line = before.split('\n').length;
  return { line, column: Number(offset[1]) - before.lastIndexOf('\n') };
}

function syntaxError(
  fileName: string | undefined,
  format: string,
  detail: string,
  position?: Position,
): never {
  const expected = format === 'json' ? 'valid JSON' : 'valid YAML';
  return fail(fileName, {
    path: '',
    value: undefined,
    expected,
    message: `not ${expected}: ${detail}`,
    ...(position ? { line: position.line, column: position.column } : {}),
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parseJson(text: string, fileName: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return syntaxError(fileName, 'json', detail, jsonErrorPosition(text, detail));
  }
}

/**
 * How many alias expansions a YAML file may make (yaml's `maxAliasCount`, which weighs each alias
 * by the size of what it repeats). Anchors and aliases are handy for routes shared by classes; a
 * "billion laughs" file nests them to expand into gigabytes, and is refused instead.
 */
const MAX_ALIAS_COUNT = 1000;

function tooDeep(fileName: string | undefined, detail: string, position?: Position): never {
  return fail(fileName, {
    path: '',
    value: undefined,
    expected: `a file nested at most ${MAX_NESTING} levels deep`,
    message: `the file is nested too deeply to read: ${detail}; a scenario needs about 7 levels, and at most ${MAX_NESTING} are read`,
    ...(position ? { line: position.line, column: position.column } : {}),
  });
}

function parseYaml(source: Source, fileName: string | undefined): unknown {
  const first = source.doc.errors[0];
  if (first) {
    const where = first.linePos?.[0];
    const position = where ? { line: where.line, column: where.col } : undefined;
    // The reader recursed until the stack ran out: only deep nesting does that.
    if (/call stack/i.test(first.message)) tooDeep(fileName, 'the YAML reader ran out of stack', position);
    // yaml appends " at line L, column C:" and a snippet; the position has its own fields.
    const detail = first.message.split(' at line ')[0]!.split('\n')[0]!;
    syntaxError(fileName, 'yaml', detail, position);
  }
  const duplicate = firstDuplicateKey(source.doc);
  if (duplicate !== undefined) {
    const at = duplicate.range ? linePosition(source, duplicate.range[0]) : undefined;
    syntaxError(fileName, 'yaml', 'Map keys must be unique', at);
  }
  try {
    return source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError ("Excessive alias count indicates a resource exhaustion
    // attack") past maxAliasCount, and a RangeError when its conversion runs out of stack.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return fail(fileName, {
        path: '',
        value: undefined,
        expected: `YAML that uses at most ${MAX_ALIAS_COUNT} alias expansions`,
        message: `the file uses too many YAML aliases: their expansion passes ${MAX_ALIAS_COUNT} nodes, the mark of an alias bomb ("billion laughs"); write the repeated parts out, or use fewer nested aliases`,
      });
    }
    if (error instanceof RangeError) return tooDeep(fileName, 'converting the YAML ran out of stack');
    throw error;
  }
}

function linePosition(source: Source, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

/**
 * The source position of a problem: the key itself for an unknown key, else the value at its
 * path, or the nearest ancestor that exists (a missing field points at the object lacking it).
 */
function positionOf(source: Source | undefined, problem: ProblemDraft): Position | undefined {
  if (source === undefined || source.doc.errors.length > 0) return undefined;
  const { segments } = problem;
  if (problem.kind === 'unknownKey') {
    const parent = source.doc.getIn(segments.slice(0, -1), true);
    const key = segments[segments.length - 1];
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    if (isScalar(pair?.key) && pair.key.range) return linePosition(source, pair.key.range[0]);
  }
  for (let n = segments.length; n >= 0; n--) {
    const node = source.doc.getIn(segments.slice(0, n), true);
    if (isNode(node) && node.range) return linePosition(source, node.range[0]);
  }
  return undefined;
}

/** A text read as JSON or YAML, before validation. */
interface ReadText {
  readonly value: unknown;
  readonly format: 'json' | 'yaml';
  /** The YAML view of the text, for source positions; undefined when it has syntax errors. */
  readonly source: Source | undefined;
}

/**
 * Reads JSON or YAML text into plain data, refusing what would exhaust the readers: NUL bytes
 * (a binary file), nesting beyond {@link MAX_NESTING}, and alias bombs.
 */
function readText(text: string, options: ParseScenarioOptions): ReadText {
  const { fileName } = options;
  if (typeof text !== 'string') {
    fail(fileName, {
      path: '',
      value: text,
      expected: 'text',
      message: 'expected the text of a JSON or YAML file',
    });
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    syntaxError(fileName, 'yaml', 'the file contains NUL bytes: it is binary, not JSON or YAML text');
  // Measured before any reader sees the text: the readers recurse, and slowly, on deep nesting.
  const nesting = flowNesting(text, MAX_NESTING);
  if (nesting.offset >= 0) {
    const before = text.slice(0, nesting.offset);
    const line = before.split('\n').length;
    tooDeep(fileName, `brackets open more than ${MAX_NESTING} levels deep`, {
      line,
      column: nesting.offset - before.lastIndexOf('\n'),
    });
  }

  const given = formatOf(options);
  let format = given === 'sniff' ? (/^\s*[{[]/.test(text) ? 'json' : 'yaml') : given;
  let value: unknown;
  let source: Source | undefined;
  if (format === 'json') {
    const yamlView = readYaml(text);
    source = yamlView.doc.errors.length === 0 ? yamlView : undefined;
    // A guessed JSON text that JSON rejects may still be YAML flow style ({ a: 1 }).
    if (given === 'sniff' && source !== undefined && !isJson(text)) format = 'yaml';
    value = format === 'json' ? parseJson(text, fileName) : parseYaml(yamlView, fileName);
  } else {
    source = readYaml(text);
    value = parseYaml(source, fileName);
  }
  const depth = valueNesting(value, MAX_NESTING);
  if (depth > MAX_NESTING) tooDeep(fileName, `its values nest more than ${MAX_NESTING} levels deep`);
  return { value, format, source };
}

/**
 * Reads JSON or YAML text into plain data, as {@link parseScenario} reads it, without validating
 * it: for programs that change a scenario file's content (overrides) before validating it.
 *
 * @throws ScenarioError for text that is not JSON/YAML, is nested too deeply or uses too many
 *   YAML aliases.
 */
export function readScenarioText(text: string, options: ParseScenarioOptions = {}): unknown {
  return readText(text, options).value;
}

/**
 * Reads a scenario from JSON or YAML text, validates it and resolves it (see validateScenario).
 *
 * @throws ScenarioError for text that is not JSON/YAML (with the line and column of the syntax
 *   error) and for an invalid scenario (its problems in file order, each with its line and column
 *   in the text; the first {@link MAX_REPORTED_ISSUES}, with the count of all).
 */
export function parseScenario(text: string, options: ParseScenarioOptions = {}): Scenario {
  const { fileName } = options;
  const { value, format, source } = readText(text, options);

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const expected = `a scenario: a ${format === 'json' ? 'JSON object' : 'YAML mapping'} with calendar, stations and classes`;
    fail(fileName, {
      path: '',
      value,
      expected,
      message: `the file is not a scenario: expected ${expected}, found ${value === null ? 'an empty document' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}`,
      line: 1,
      column: 1,
    });
  }

  const check = checkScenario(value);
  if (check.ok) return check.scenario;
  // Locating a problem searches the document, which for tens of thousands of problems (a large
  // file of unknown keys) would take minutes; only those reported are located.
  const located = check.problems.slice(0, MAX_REPORTED_ISSUES).map((problem: ProblemDraft) => ({
    problem,
    position: positionOf(source, problem),
  }));
  // Issues read best in file order; the sort is stable, so equal positions keep check order.
  located.sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
  throw new ScenarioError(
    located.map(({ problem, position }) => toIssue(problem, position)),
    fileName,
    check.problems.length,
  );
}
