import { ScenarioError } from './scenario-error.js';
import { validateScenario } from './validate.js';

/**
 * A shorter horizon (`--horizon`, `calendar.horizon=…`) leaves some of a scenario's dated shocks
 * after its end, which a file may not have; those shocks cannot change the run, so they are
 * dropped from `raw` (in place). Which ones is what validation says of their `at`, so "outside"
 * means exactly what the validator checks. Returns how many were dropped.
 */
export function dropShocksAfterHorizon(raw: Record<string, unknown>): number {
  const shocks = raw.shocks;
  if (!Array.isArray(shocks)) return 0;
  let outside: Set<number>;
  try {
    validateScenario(raw);
    return 0;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    outside = new Set(
      error.issues
        .map((i) => /^shocks\[(\d+)\]\.at$/.exec(i.path))
        .filter((m) => m !== null)
        .map((m) => Number(m[1])),
    );
  }
  if (outside.size > 0) raw.shocks = shocks.filter((_, i) => !outside.has(i));
  return outside.size;
}
