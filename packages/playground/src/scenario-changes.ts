import {
  applyOverrides,
  dropShocksAfterHorizon,
  type Override,
  OverrideError,
  parseOverride,
  parseScenario,
  readDurationShorthand,
  readScenarioText,
  ScenarioError,
  type ScenarioIssue,
  validateScenario,
} from '@landport/scenario-format';
import type { Scenario } from '@landport/sim-core/border';

/** A scenario text with its overrides applied and validated, or why it cannot run. */
export type PreparedScenario =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** The scenario as written, with the overrides applied: what the page shows as YAML. */
      readonly document: Record<string, unknown>;
    }
  | {
      readonly ok: false;
      /** `text`: the file itself is wrong (issues carry its lines); `overrides`: an override is, or what it makes. */
      readonly stage: 'text' | 'overrides';
      /** One paragraph, worded as the CLI words it. */
      readonly message: string;
      readonly issues: readonly ScenarioIssue[];
      readonly problemCount: number;
    };

/**
 * What `landport run <file> --set …` does before it runs anything (the CLI's scenario-source.ts):
 * the text is parsed and validated on its own, so that its problems point at its own lines; then
 * the overrides are applied in order to the text's data (`calendar.horizon=20d` read as
 * `--horizon 20d`; a shorter horizon drops the dated shocks it leaves out) and the result is
 * validated once more. The same scenario as the CLI's, so the same results: the duration shorthand
 * and the dropping of shocks are the format's, which the CLI calls too.
 */
export function prepareScenario(
  text: string,
  fileName: string,
  overrideTexts: readonly string[],
): PreparedScenario {
  return withChanges(readScenario(text, fileName), overrideTexts);
}

/** The text parsed and validated on its own, with no override: `prepareScenario(text, fileName, [])`. */
export function readScenario(text: string, fileName: string): PreparedScenario {
  let scenario: Scenario;
  try {
    scenario = parseScenario(text, { fileName });
  } catch (error) {
    if (error instanceof ScenarioError) return failure('text', `${fileName} is not a valid scenario`, error);
    throw error;
  }
  const document = readScenarioText(text, { fileName }) as Record<string, unknown>;
  return { ok: true, scenario, document };
}

/**
 * `base` (from {@link readScenario}) with the overrides applied in order and validated once more;
 * a text that failed fails the same way whatever the overrides. `base` is left as it was, so one
 * reading of a text serves every set of overrides asked of it (the page's form and its variants).
 */
export function withChanges(base: PreparedScenario, overrideTexts: readonly string[]): PreparedScenario {
  if (!base.ok || overrideTexts.length === 0) return base;
  let overrides: Override[];
  let changed: Record<string, unknown>;
  try {
    overrides = overrideTexts.map(parseOverride).map(readDurationShorthand);
    changed = applyOverrides(base.document, overrides);
  } catch (error) {
    if (error instanceof OverrideError)
      return { ok: false, stage: 'overrides', message: error.message, issues: [], problemCount: 1 };
    throw error;
  }
  try {
    if (overrides.some((o) => o.path.join('.') === 'calendar.horizon')) dropShocksAfterHorizon(changed);
    return { ok: true, scenario: validateScenario(changed), document: changed };
  } catch (error) {
    if (error instanceof ScenarioError)
      return failure('overrides', `the scenario is invalid after ${overrideTexts.join(', ')}`, error);
    throw error;
  }
}

function failure(stage: 'text' | 'overrides', message: string, error: ScenarioError): PreparedScenario {
  return { ok: false, stage, message, issues: error.issues, problemCount: error.problemCount };
}
