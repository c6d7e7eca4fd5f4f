import type { RunCalibration } from '@landport/experiment';
import { parseScenario } from '@landport/scenario-format';
import { CALIBRATION_TARGETS } from '@landport/scenarios/calibration-targets';
import { BUILT_IN_SCENARIOS } from './built-in-scenarios.js';

/**
 * The calibration target on cars exported of the built-in scenario `name`, with that scenario, for
 * the throughput charts, as `landport report` finds it for a run of that name; null when the
 * scenario has none (and for a pasted scenario, which has no name the targets could know).
 */
export function shippedCalibration(name: string): RunCalibration | null {
  const target = CALIBRATION_TARGETS.find((t) => t.scenario === name && t.unit === 'cars');
  const text = target === undefined ? undefined : BUILT_IN_SCENARIOS.get(target.scenario);
  if (target === undefined || text === undefined) return null;
  return { target, scenario: parseScenario(text, { fileName: `${target.scenario}.yaml` }) };
}
