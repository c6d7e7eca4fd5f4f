import { type ConfidenceInterval, confidenceInterval } from '@landport/sim-core';
import { runBorderReplication, type Scenario } from '@landport/sim-core/border';
import type { CalibrationRun, CalibrationTarget } from './calibration-target.js';
import { CALIBRATION_TARGETS } from './calibration-targets.js';
import { ClosedServiceCounter } from './closed-service-counter.js';
import { loadScenario, type ScenarioName } from './registry.js';

/** Options of {@link runCalibration}. */
export interface CalibrationOptions {
  /** Independent replications per scenario, at least 2 (an interval needs two). */
  readonly replications: number;
  /** Seed of the random streams; replications 0 … R−1 of it are run. Default 2024. */
  readonly seed?: number | string;
  /** Targets to evaluate. Default: all of {@link CALIBRATION_TARGETS}. */
  readonly targets?: readonly CalibrationTarget[];
  /** Called after each replication, e.g. to time or report progress. */
  readonly onReplication?: (scenario: ScenarioName, replication: number) => void;
}

/** A target evaluated over R replications. */
export interface CalibrationResult {
  readonly target: CalibrationTarget;
  /** The simulated value in each replication, in order. */
  readonly values: readonly number[];
  /** 95% Student-t interval of the mean over the replications. */
  readonly interval: ConfidenceInterval;
  /** Whether the whole interval lies inside the target's accepted range. */
  readonly holds: boolean;
}

/**
 * Runs every scenario the targets need R times (replications 0 … R−1 of one seed, so results are
 * reproducible) and evaluates each target on the same runs. Scenarios run once per replication
 * however many targets read them; the trace is switched on only for scenarios whose targets need it.
 *
 * @throws RangeError if `replications` is not an integer >= 2.
 */
export function runCalibration(options: CalibrationOptions): CalibrationResult[] {
  const { replications } = options;
  if (!(Number.isInteger(replications) && replications >= 2)) {
    throw new RangeError(`runCalibration: replications must be an integer >= 2, got ${replications}`);
  }
  const seed = options.seed ?? 2024;
  const targets = options.targets ?? CALIBRATION_TARGETS;
  const values = new Map<CalibrationTarget, number[]>(targets.map((t) => [t, []]));
  const scenarioNames = [...new Set(targets.map((t) => t.scenario))];
  for (const name of scenarioNames) {
    const own = targets.filter((t) => t.scenario === name);
    const measured = measureTargets(loadScenario(name), own, { replications, seed }, (replication) =>
      options.onReplication?.(name, replication),
    );
    own.forEach((target, k) => {
      values.set(target, measured[k]!);
    });
  }
  return targets.map((target) => {
    const xs = values.get(target)!;
    const interval = confidenceInterval(xs, 0.95);
    const holds = interval.lower >= target.accept.lower && interval.upper <= target.accept.upper;
    return { target, values: xs, interval, holds };
  });
}

/**
 * Runs `scenario` for replications 0 … R−1 of `seed` and reads every target off each run: the
 * values of target k are element k, in replication order. The trace is switched on only when a
 * target needs it. The re-fit calls this with the same seed for every candidate (common random
 * numbers), so two candidates differ by their parameters, not by their luck.
 */
export function measureTargets(
  scenario: Scenario,
  targets: readonly Pick<CalibrationTarget, 'measure' | 'needsTrace'>[],
  runs: { readonly replications: number; readonly seed: number | string },
  onReplication?: (replication: number) => void,
): number[][] {
  const values = targets.map((): number[] => []);
  const traced = targets.some((t) => t.needsTrace);
  for (let replication = 0; replication < runs.replications; replication++) {
    const counter = traced ? new ClosedServiceCounter(scenario) : null;
    // The counter reads only the lanes' grants: the vehicles need not run as traced processes.
    const result = runBorderReplication(
      scenario,
      counter === null
        ? { seed: runs.seed, replication }
        : { seed: runs.seed, replication, trace: counter.sink, traceVehicles: false },
    );
    const run: CalibrationRun = { scenario, result, closedServiceStarts: counter?.count ?? null };
    targets.forEach((target, k) => {
      values[k]!.push(target.measure(run));
    });
    onReplication?.(replication);
  }
  return values;
}
