import type { MserResult } from './mser.js';
import { PooledSums } from './pooled-sums.js';
import { WarmupAccumulator } from './warmup-accumulator.js';

/**
 * Warm-up detection on a model's recorded time series: MSER-5 (see mser.ts) on each replication
 * and on the mean over replications ("pooled", as Hoad, Robinson & Davies 2011 apply it), with
 * the suggested truncation point in simulated hours.
 *
 * MSER assumes that after an initial transient the series is stationary. A border scenario with
 * dated shocks (a change of opening hours, lanes, quotas, fees, demand) is not: its level moves at
 * each shock, and a later shock is a change of the system, not a warm-up. So the analysis stops at
 * the first shock dated after the series starts: only the stretch before it is searched, and the
 * suggestion can never lie past that shock. A shock at or before the first observation is part of
 * the system from the start and changes nothing here.
 */

/** One recorded series across replications, on a common time grid. */
export interface WarmupSeries {
  /** The series' name, e.g. `inSystem`, `station.kz-control.waiting`, `daily.exited`. */
  readonly name: string;
  /** What it measures, in words, e.g. `vehicles in the port`. */
  readonly label: string;
  /** Its unit, e.g. `vehicles`, `vehicles/day`. */
  readonly unit: string;
  /** Hours since the scenario start at which the first value's interval begins. */
  readonly start: number;
  /** Hours between values (each value covers one interval). */
  readonly interval: number;
  /** Per replication (ascending), the values; a non-finite value ends that replication's usable part. */
  readonly replications: readonly ArrayLike<number>[];
}

/** A dated change of the scenario, hours since its start. */
export interface DatedChange {
  readonly label: string;
  readonly at: number;
}

/** The spread of the per-replication suggestions, hours since the scenario start. */
export interface ReplicationSpread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Replications whose own MSER-5 minimum fell at the limit of the search (no settling found). */
  readonly atLimit: number;
  /** Replications with at least two batches of values before the cut. */
  readonly analysed: number;
}

/** What MSER-5 suggests for one series. */
export interface WarmupSuggestion {
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly start: number;
  readonly interval: number;
  /** Values searched (the pooled series up to the first later shock, or the end). */
  readonly points: number;
  /** The shock the search stopped at, or null if it ran to the end of the series. */
  readonly cutBy: DatedChange | null;
  /** MSER-5 on the mean over replications; null when fewer than 2 batches were available. */
  readonly pooled: MserResult | null;
  /** The suggested end of the warm-up, hours since the scenario start (start + d*·interval); null with `pooled`. */
  readonly suggested: number | null;
  /**
   * 1 − √(MSER(d*)/MSER(0)): the share of the marginal standard error that truncating removes.
   * Near 0 when the start hardly matters; null with `pooled`.
   */
  readonly gain: number | null;
  /** Per-replication MSER-5, or null if no replication had two batches. */
  readonly perReplication: ReplicationSpread | null;
}

/**
 * The fewest batches (of 5 values) a series needs before {@link isMaterial} trusts a suggestion:
 * with fewer, MSER-5 picks up noise as often as a transient.
 */
export const MIN_BATCHES_TRUSTED = 20;

/**
 * The least {@link WarmupSuggestion.gain} that counts as a transient worth a warning: on 400
 * stationary AR(1) series of 1000 values (φ up to 0.9) the 99th percentile of the gain was 0.07,
 * and at 8760 values (a year of hours) 0.01, so 10% is rarely reached by noise alone.
 */
export const MIN_GAIN = 0.1;

/**
 * MSER-5 on `series`, searched up to the first of `changes` dated after its first value. To
 * analyse replications as they are read, without holding them all, use {@link WarmupAccumulator}.
 */
export function suggestWarmup(series: WarmupSeries, changes: readonly DatedChange[]): WarmupSuggestion {
  const accumulator = new WarmupAccumulator(series, changes);
  for (const values of series.replications) accumulator.add(values);
  return accumulator.suggestion();
}

/**
 * Whether a suggestion is a transient worth acting on: MSER-5 found a minimum inside its search
 * (not at the limit), on at least {@link MIN_BATCHES_TRUSTED} batches, and truncating there removes
 * at least {@link MIN_GAIN} of the marginal standard error. Otherwise the start of the series
 * hardly moves its mean (or the series is too short to tell).
 */
export function isMaterial(s: WarmupSuggestion): boolean {
  return (
    s.pooled !== null &&
    s.pooled.truncation > 0 &&
    !s.pooled.atLimit &&
    s.pooled.batches >= MIN_BATCHES_TRUSTED &&
    (s.gain ?? 0) >= MIN_GAIN
  );
}

/**
 * The mean over replications, point by point, up to `limit` points and up to the first point at
 * which some replication has no finite value (so every pooled point averages all replications).
 */
export function pooledMean(
  replications: readonly ArrayLike<number>[],
  limit = Number.POSITIVE_INFINITY,
): number[] {
  const sums = new PooledSums();
  for (const values of replications) sums.add(values);
  return sums.mean(limit);
}
