import type { Scenario } from '@landport/sim-core/border';
import { checkBookingQuotas } from './check-booking-quotas.js';
import { checkCurrencies } from './check-currencies.js';
import { checkDirections } from './check-directions.js';
import { checkDrivers } from './check-drivers.js';
import { checkIds } from './check-ids.js';
import { checkPorts } from './check-ports.js';
import { checkRates } from './check-rates.js';
import { checkReferences } from './check-references.js';
import { checkRouting } from './check-routing.js';
import { checkTimeline } from './check-timeline.js';
import { resolveScenario } from './resolve.js';
import { MAX_REPORTED_ISSUES, ScenarioError } from './scenario-error.js';
import { type ProblemDraft, toIssue } from './scenario-issue.js';
import { scenarioParts } from './scenario-parts.js';
import { scenarioSchema } from './schema.js';
import { expectedText, problemsFromZod } from './zod-issues.js';

/** The outcome of checking a scenario: the resolved scenario, or every problem found. */
export type ScenarioCheck =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: ProblemDraft[] };

/**
 * Checks a scenario in two passes and collects every problem: the schema (types, ranges, unknown
 * keys), then the relations between fields on whatever parts passed the schema. Resolves only when
 * both passes are clean.
 */
export function checkScenario(value: unknown): ScenarioCheck {
  const result = scenarioSchema.safeParse(value, { error: expectedText });
  const problems = result.success ? [] : problemsFromZod(result.error.issues, value);
  const parts = scenarioParts(value);
  problems.push(
    ...checkIds(parts),
    ...checkReferences(parts),
    ...checkRouting(parts),
    ...checkRates(parts),
    ...checkTimeline(parts),
    ...checkCurrencies(parts),
    ...checkDrivers(parts),
    ...checkDirections(parts),
    ...checkBookingQuotas(parts),
    ...checkPorts(parts),
  );
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, scenario: resolveScenario(result.data) };
}

/**
 * Validates a scenario (parsed JSON/YAML, or an object built in TypeScript, typed as
 * ScenarioInput) and resolves it: units to minutes, dates to minutes since the start, defaults
 * filled.
 *
 * @throws ScenarioError listing the problems (the first 100, with the count of all), each with its
 *   path, the value found and what was expected.
 */
export function validateScenario(value: unknown): Scenario {
  const check = checkScenario(value);
  if (!check.ok) {
    const reported = check.problems.slice(0, MAX_REPORTED_ISSUES).map((p) => toIssue(p));
    throw new ScenarioError(reported, undefined, check.problems.length);
  }
  return check.scenario;
}
