import type { Summary } from '../batch/aggregate.js';
import { headlineMetrics } from '../summary-table.js';
import type { ScenarioRecord } from './scenario-record.js';

/** One point of a sweep: the parameter values (as written) and the summary there. */
export interface SweepPoint {
  readonly values: Readonly<Record<string, string>>;
  /** The point's run folder, inside the sweep folder. */
  readonly folder: string;
  readonly summary: Summary;
}

/** A `landport sweep` folder. */
export interface SweepData {
  readonly folder: string;
  /** The swept parameter paths, one or two. */
  readonly params: readonly string[];
  readonly replications: number;
  readonly seed: number | string;
  readonly points: readonly SweepPoint[];
  /** The scenario of the first point (the base scenario with that point's values), if recorded. */
  readonly scenario: ScenarioRecord | null;
}

/**
 * The metrics a sweep shows unless told otherwise: the headline p95 waits, throughput and
 * utilisations, the figures a lane or quota decision turns on.
 */
export function defaultSweepMetrics(summary: Summary): string[] {
  return headlineMetrics(Object.keys(summary.metrics)).filter((m) =>
    /waitHours\.p95$|^throughputPerDay$|utilisation$/.test(m),
  );
}
