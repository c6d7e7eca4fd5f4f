import type { RunCalibration } from '@landport/experiment';
import { CALIBRATION_TARGETS, loadScenario } from '@landport/scenarios';
import type { Scenario } from '@landport/sim-core/border';

/**
 * The calibration target on cars exported of the shipped scenario `name`, with that scenario, for
 * the throughput charts (see `throughputTarget`); null when the scenario has none.
 */
export function shippedCalibration(name: string): RunCalibration | null {
  const target = CALIBRATION_TARGETS.find((t) => t.scenario === name && t.unit === 'cars');
  if (target === undefined) return null;
  return { target, scenario: loadScenario(target.scenario) as Scenario };
}
