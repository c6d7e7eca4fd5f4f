import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  applyOverrides,
  dropShocksAfterHorizon,
  formatIssues,
  OverrideError,
  parseDurationShorthand,
  parseOverride,
  parseScenario,
  readDurationShorthand,
  readScenarioText,
  ScenarioError,
  validateScenario,
} from '@landport/scenario-format';
import { scenarioNames, scenarioText } from '@landport/scenarios/registry';
import type { Scenario } from '@landport/sim-core/border';
import { horizonNote } from './horizon-note.js';
import { requireAffordableRun } from './run-cost-guard.js';
import { DEFAULT_MAX_SCENARIO_BYTES, parseByteSize, readScenarioFile } from './scenario-file.js';
import { UsageError } from './usage-error.js';

/** A scenario ready to run, and how it was obtained (for the manifest). */
export interface ScenarioSource {
  /** The built-in name, or the file's base name. */
  readonly name: string;
  readonly scenario: Scenario;
  /** The overrides as given, including --horizon and --warmup. */
  readonly overrides: readonly string[];
  /**
   * What the changes leave out that matters (see horizon-note.ts), for the command to print with
   * {@link printScenarioNotes} once its own checks have passed: a note must never come before an
   * error, since the run it describes will not happen.
   */
  readonly notes: readonly string[];
}

/** Options that change a scenario before it runs. */
export interface ScenarioChanges {
  readonly set?: readonly string[] | undefined;
  readonly horizon?: string | undefined;
  readonly warmup?: string | undefined;
  /** `--allow-large-run`: skip the cost guard. */
  readonly allowLargeRun?: boolean | undefined;
  /** `--max-scenario-size`, as written: the size limit of a scenario file. */
  readonly maxScenarioSize?: string | undefined;
}

/** The size limit of scenario files `--max-scenario-size` sets, in bytes. */
export function scenarioSizeLimit(changes: Pick<ScenarioChanges, 'maxScenarioSize'>): number {
  return changes.maxScenarioSize === undefined
    ? DEFAULT_MAX_SCENARIO_BYTES
    : parseByteSize('--max-scenario-size', changes.maxScenarioSize);
}

/**
 * Loads `arg` (a built-in scenario's name or a JSON/YAML file), applies `--set`, `--horizon` and
 * `--warmup`, validates it and checks that its replications can finish (the cost guard, unless
 * `--allow-large-run`). Every problem becomes a `UsageError` naming the field, the value and what
 * was expected; nothing runs on a bad scenario.
 */
export function loadScenarioSource(arg: string, changes: ScenarioChanges = {}): ScenarioSource {
  const source = loadUnguarded(arg, changes);
  const after = source.overrides.length === 0 ? '' : ` after ${source.overrides.join(', ')}`;
  requireAffordableRun(
    source.scenario,
    `the scenario ${source.name}${after}`,
    changes.allowLargeRun === true,
  );
  return source;
}

function loadUnguarded(arg: string, changes: ScenarioChanges): ScenarioSource {
  const builtIn = scenarioNames().includes(arg);
  let text: string;
  let fileName: string;
  let name: string;
  if (builtIn) {
    text = scenarioText(arg);
    fileName = `${arg}.yaml`;
    name = arg;
  } else if (existsSync(arg)) {
    text = readScenarioFile(arg, scenarioSizeLimit(changes));
    fileName = arg;
    name = basename(arg, extname(arg));
  } else {
    throw new UsageError(
      `no built-in scenario or file named ${JSON.stringify(arg)}. Built-in scenarios: ${scenarioNames().join(', ')}; or give the path of a JSON or YAML scenario file.`,
    );
  }
  const base = parseChecked(text, fileName);
  const overrides = asUsageError(() => (changes.set ?? []).map(parseOverride).map(readDurationShorthand));
  const texts = overrides.map((o) => o.text);
  if (changes.horizon !== undefined) texts.push(`calendar.horizon=${changes.horizon}`);
  if (changes.warmup !== undefined) texts.push(`calendar.warmUp=${changes.warmup}`);
  if (texts.length === 0) return { name, scenario: base, overrides: texts, notes: [] };
  // Read as parseChecked read it (same format and limits); it passed there, so this cannot fail.
  const raw = readScenarioText(text, { fileName }) as Record<string, unknown>;
  const calendar = raw.calendar as Record<string, unknown>;
  if (changes.horizon !== undefined) calendar.horizon = parseDuration('--horizon', changes.horizon);
  if (changes.warmup !== undefined) calendar.warmUp = parseDuration('--warmup', changes.warmup);
  const changed = asUsageError(() => applyOverrides(raw, overrides));
  try {
    // The flag that set the horizon: a --set of calendar.horizon is applied after --horizon.
    const horizonSet = overrides.filter((o) => o.path.join('.') === 'calendar.horizon').at(-1);
    const horizonOption =
      horizonSet !== undefined
        ? `--set ${horizonSet.text}`
        : changes.horizon !== undefined
          ? `--horizon ${changes.horizon}`
          : null;
    if (horizonOption !== null) dropShocksAfterHorizon(changed);
    const scenario = validateScenario(changed);
    const note = horizonOption === null ? null : horizonNote(base, scenario, horizonOption);
    return { name, scenario, overrides: texts, notes: note === null ? [] : [note] };
  } catch (error) {
    if (error instanceof ScenarioError) {
      throw new UsageError(`the scenario ${name} is invalid after ${texts.join(', ')}:\n${issuesOf(error)}`);
    }
    throw error;
  }
}

/** Runs `read`, reporting a bad `--set` as a usage problem (exit 2). */
function asUsageError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof OverrideError) throw new UsageError(error.message);
    throw error;
  }
}

/** Prints the notes of `sources` on stderr, each once (compare and sweep load one scenario several times). */
export function printScenarioNotes(...sources: readonly ScenarioSource[]): void {
  for (const note of new Set(sources.flatMap((source) => source.notes))) {
    process.stderr.write(`landport: ${note}\n`);
  }
}

/** Validates a scenario file's text, for `landport validate`. */
export function parseChecked(text: string, fileName: string): Scenario {
  try {
    return parseScenario(text, { fileName });
  } catch (error) {
    if (error instanceof ScenarioError)
      throw new UsageError(`${fileName} is not a valid scenario:\n${issuesOf(error)}`);
    throw error;
  }
}

/** The problems of a scenario, one a line: the first 20, then a count of the others. */
function issuesOf(error: ScenarioError): string {
  return formatIssues(error.issues, error.problemCount, error.fileName, (i) =>
    i.line === undefined ? '' : `line ${i.line}:${i.column ?? 0}: `,
  );
}

/** Reads `30d`, `12h` or `90m` as a scenario duration, or says what `option` expected. */
export function parseDuration(option: string, text: string): Record<string, number> {
  const duration = parseDurationShorthand(text);
  if (duration === null)
    throw new UsageError(`${option} ${JSON.stringify(text)}: expected a duration such as 30d, 12h or 90m.`);
  return duration;
}
