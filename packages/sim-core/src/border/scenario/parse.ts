import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { ScenarioError } from './scenario-error.js';
import { type ProblemDraft, type ScenarioIssue, toIssue } from './scenario-issue.js';
import type { Scenario } from './types.js';
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
  return { doc: parseDocument(text, { lineCounter: lines }), lines };
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

function parseYaml(source: Source, fileName: string | undefined): unknown {
  const first = source.doc.errors[0];
  if (first) {
    const where = first.linePos?.[0];
    // yaml appends " at line L, column C:" and a snippet; the position has its own fields.
    const detail = first.message.split(' at line ')[0]!.split('\n')[0]!;
    syntaxError(fileName, 'yaml', detail, where ? { line: where.line, column: where.col } : undefined);
  }
  return source.doc.toJS({ maxAliasCount: 1000 });
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

/**
 * Reads a scenario from JSON or YAML text, validates it and resolves it (see validateScenario).
 *
 * @throws ScenarioError for text that is not JSON/YAML (with the line and column of the syntax
 *   error) and for an invalid scenario (every problem, each with its line and column in the text).
 */
export function parseScenario(text: string, options: ParseScenarioOptions = {}): Scenario {
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
  const located = check.problems.map((problem: ProblemDraft) => ({
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
  );
}
