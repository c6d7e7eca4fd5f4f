import type { CalibrationTarget } from '@landport/scenarios';
import type { BorderReplicationResult } from '@landport/sim-core/border';
import type { RunCalibration } from './run-data.js';

/** A calibration target on cars exported, restated per day for a throughput chart. */
export interface ThroughputTarget {
  readonly target: CalibrationTarget;
  /** Weight of each class's cars in the target's count (1 for the classes it counts, else absent). */
  readonly weights: Readonly<Record<string, number>>;
  /** The days after the warm-up of the shipped scenario the target's count covers. */
  readonly days: number;
  /** The accepted range divided by `days`: cars a day. */
  readonly lowerPerDay: number;
  readonly upperPerDay: number;
}

/**
 * The calibration target on cars exported of a shipped scenario (`calibration`: the target and the
 * scenario it was measured on, looked up by whoever read the run), with the classes it counts. A target's count is a function of a replication's result; which classes it
 * sums is read off by evaluating it on probe results holding one car in one class (its
 * `carsExported` sums `carsExited` of some classes, so the probe answers are the weights), and the
 * target is used only if the count is that linear form (an all-ones probe gives the sum of the
 * weights); any other kind of target returns null rather than a guess.
 *
 * Per day: the accepted range over the shipped scenario's days after its warm-up (a year for
 * horgos-2023), to compare with a run's cars a day whatever its own horizon.
 */
export function throughputTarget(
  calibration: RunCalibration | null | undefined,
  classes: readonly string[],
): ThroughputTarget | null {
  if (calibration == null) return null;
  const { target, scenario } = calibration;
  const count = (carsByClass: Record<string, number>): number | null => {
    const result = {
      classes: Object.fromEntries(classes.map((c) => [c, { carsExited: carsByClass[c] ?? 0 }])),
    } as unknown as BorderReplicationResult;
    try {
      const value = target.measure({ scenario, result, closedServiceStarts: null });
      return Number.isFinite(value) ? value : null;
    } catch {
      return null;
    }
  };
  const weights: Record<string, number> = {};
  let sum = 0;
  for (const c of classes) {
    const w = count({ [c]: 1 });
    if (w === null) return null;
    if (w !== 0) weights[c] = w;
    sum += w;
  }
  const all = count(Object.fromEntries(classes.map((c) => [c, 1])));
  if (all === null || Math.abs(all - sum) > 1e-9 || sum === 0) return null;
  const days = (scenario.calendar.horizon - scenario.calendar.warmUp) / 1440;
  return {
    target,
    weights,
    days,
    lowerPerDay: target.accept.lower / days,
    upperPerDay: target.accept.upper / days,
  };
}
