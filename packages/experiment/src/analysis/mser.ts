/**
 * The Marginal Standard Error Rule (MSER; White 1997, "An effective truncation heuristic for bias
 * reduction in simulation output", Simulation 69(6); White, Cobb & Spratt 2000, "A comparison of
 * five steady-state truncation heuristics for simulation", WSC). MSER-5 applies it to the means of
 * consecutive, non-overlapping batches of 5 observations, which smooths the series and makes the
 * rule far less sensitive to single outliers (White, Cobb & Spratt 2000; Hoad, Robinson & Davies
 * 2011 recommend it for automated use).
 *
 * For batch means Z₁ … Z_k and a truncation of d batches, with Z̄(d) the mean of Z_{d+1} … Z_k:
 *
 *   MSER(d) = 1/(k − d)² · Σ_{j=d+1..k} (Z_j − Z̄(d))²
 *
 * the squared marginal standard error of the truncated mean. The rule picks the d* that minimises
 * it, searching d = 0 … ⌊k/2⌋ only: beyond half the series the estimate rests on too few batches
 * and MSER is known to pick spurious minima at the end (White, Cobb & Spratt 2000; Hoad et al.
 * 2011). A minimum at that limit means the series did not settle within it: the run is too short,
 * or the system is not stationary, and the suggestion is not to be trusted (`atLimit`).
 *
 * Observations left over after the last whole batch (fewer than 5) are dropped from the end.
 */

/** What {@link mser} finds. */
export interface MserResult {
  /** Observations per batch (5 for MSER-5). */
  readonly batchSize: number;
  /** Whole batches in the series, k. */
  readonly batches: number;
  /** Batches to drop from the start, d*. */
  readonly truncatedBatches: number;
  /** Observations to drop from the start, d*·batchSize: the suggested truncation point. */
  readonly truncation: number;
  /** Whether d* is the last truncation searched (⌊k/2⌋): no settling found, do not trust it. */
  readonly atLimit: boolean;
  /** MSER(d*): squared marginal standard error of the truncated mean. */
  readonly statistic: number;
  /** MSER(0), for comparison: what truncating gains. */
  readonly statisticUntruncated: number;
  /** Mean of the batch means kept (Z_{d*+1} … Z_k). */
  readonly truncatedMean: number;
  /** Mean of all the batch means. */
  readonly untruncatedMean: number;
}

/** Batch size of MSER-5. */
export const MSER_BATCH_SIZE = 5;

/**
 * MSER over `values` (time-ordered observations, all finite) on batch means of `batchSize`
 * (default 5: MSER-5). Needs at least two whole batches; throws a RangeError otherwise, or on a
 * non-finite value (named by its index). Ties go to the smaller truncation, so a constant series
 * gives 0. O(n).
 */
export function mser(values: ArrayLike<number>, batchSize = MSER_BATCH_SIZE): MserResult {
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`mser: batchSize must be a whole number >= 1, got ${batchSize}`);
  const k = Math.floor(values.length / batchSize);
  if (k < 2)
    throw new RangeError(
      `mser: needs at least 2 batches of ${batchSize} observations, got ${values.length} observations`,
    );
  const z = batchMeans(values, batchSize, k);
  // A backward Welford pass gives, for each d, the mean and sum of squares of z[d..k-1] in O(k),
  // without the cancellation of Σz² − (Σz)²/m.
  const limit = Math.floor(k / 2);
  const stat = new Float64Array(limit + 1);
  const tailMean = new Float64Array(limit + 1);
  let m = 0;
  let mean = 0;
  let ss = 0;
  for (let j = k - 1; j >= 0; j--) {
    m++;
    const delta = z[j]! - mean;
    mean += delta / m;
    ss += delta * (z[j]! - mean);
    if (j <= limit) {
      stat[j] = ss / (m * m);
      tailMean[j] = mean;
    }
  }
  let best = 0;
  for (let d = 1; d <= limit; d++) if (stat[d]! < stat[best]!) best = d;
  return {
    batchSize,
    batches: k,
    truncatedBatches: best,
    truncation: best * batchSize,
    atLimit: best === limit && best > 0,
    statistic: stat[best]!,
    statisticUntruncated: stat[0]!,
    truncatedMean: tailMean[best]!,
    untruncatedMean: tailMean[0]!,
  };
}

function batchMeans(values: ArrayLike<number>, size: number, k: number): Float64Array {
  const z = new Float64Array(k);
  for (let b = 0; b < k; b++) {
    let sum = 0;
    for (let i = b * size; i < (b + 1) * size; i++) {
      const x = values[i]!;
      if (!Number.isFinite(x)) throw new RangeError(`mser: values[${i}] is ${x}; every value must be finite`);
      sum += x;
    }
    z[b] = sum / size;
  }
  return z;
}
