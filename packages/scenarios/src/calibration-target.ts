import type { BorderReplicationResult, Scenario } from '@landport/sim-core/border';
import type { ScenarioName } from './registry.js';

/** One replication as a calibration target reads it. */
export interface CalibrationRun {
  readonly scenario: Scenario;
  readonly result: BorderReplicationResult;
  /**
   * Service starts at stations of a side while that side should be shut (local Saturday or
   * Sunday, or a dated closure), counted from the trace; null when no target of the scenario
   * asked for the trace (tracing slows a run down).
   */
  readonly closedServiceStarts: number | null;
}

/**
 * A calibration target: a sourced fact and how to read the simulated counterpart off one
 * replication. The target holds when the 95% confidence interval of the mean over the
 * replications lies inside `accept`: the whole interval, not just the point estimate, so that a
 * target reported as holding is not a coin toss away from failing.
 */
export interface CalibrationTarget {
  /** Stable id, e.g. `horgos-2023-exports`. */
  readonly id: string;
  readonly scenario: ScenarioName;
  /**
   * `fit`: used to set the scenario's free parameters (named in its file, at most three);
   * `check`: never used in fitting, reported as it comes out (out of sample).
   */
  readonly kind: 'fit' | 'check';
  /** What is compared, in words. */
  readonly title: string;
  /** The fact and where it comes from (fact-sheet row and original source). */
  readonly source: string;
  /** Unit of the simulated value, e.g. `cars`, `h`, `CNY`. */
  readonly unit: string;
  /** The accepted range of the simulated mean; ±Infinity for a one-sided bound. */
  readonly accept: { readonly lower: number; readonly upper: number };
  /** The accepted range as the fact states it, e.g. `304,000 ± 5%`. */
  readonly acceptText: string;
  /** Whether `measure` needs `closedServiceStarts`. */
  readonly needsTrace: boolean;
  /** The simulated value in one replication. */
  readonly measure: (run: CalibrationRun) => number;
}

/** `[target × (1 − share), target × (1 + share)]`: a relative tolerance around a sourced figure. */
export function within(target: number, share: number): { lower: number; upper: number } {
  return { lower: target * (1 - share), upper: target * (1 + share) };
}
