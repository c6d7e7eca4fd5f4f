import { standardNormalQuantile, studentTQuantile } from '@landport/sim-core';
import { lag1Autocorrelation } from './lag1-autocorrelation.js';

/**
 * The method of non-overlapping batch means on one long run (Law & Kelton, Simulation Modeling
 * and Analysis, 5th ed., §9.5.3; Schmeiser 1982 on the number of batches). The n observations
 * after the warm-up are cut into b batches of m = ⌊n/b⌋ consecutive observations (the n − b·m left
 * over at the end are dropped); if the batches are long enough their means Y₁ … Y_b are nearly
 * independent and normal, and
 *
 *   Ȳ ± t_{(1+level)/2, b−1} · s_Y / √b
 *
 * is a confidence interval for the steady-state mean. Batches too short leave the batch means
 * positively correlated, and the interval is then too narrow. So the lag-1 autocorrelation r₁ of
 * the batch means is reported and checked: under independence r₁ is approximately normal with
 * mean about −1/b and variance about 1/b (Bartlett; Box & Jenkins), so r₁ > z_{0.95}/√b rejects
 * independence at the 5% level, one-sided (only positive correlation makes the interval too
 * narrow). Law & Kelton's remedy is fewer, larger batches: `suggestedBatches` halves b.
 */
export interface BatchMeansResult {
  /** Observations used (b·m). */
  readonly observations: number;
  /** Observations dropped from the end (n − b·m). */
  readonly dropped: number;
  /** b. */
  readonly batches: number;
  /** m, observations per batch. */
  readonly batchSize: number;
  /** The batch means Y₁ … Y_b. */
  readonly means: readonly number[];
  /** Ȳ, the grand mean of the batch means. */
  readonly mean: number;
  /** s_Y, the standard deviation of the batch means (b − 1 divisor). */
  readonly sd: number;
  /** t_{(1+level)/2, b−1} · s_Y/√b. */
  readonly halfWidth: number;
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
  /** r₁, the lag-1 autocorrelation of the batch means (NaN if they are all equal). */
  readonly lag1: number;
  /** The 5% one-sided critical value z_{0.95}/√b that r₁ is checked against. */
  readonly lag1Critical: number;
  /** r₁ > lag1Critical: the batch means are correlated, the interval is too narrow. */
  readonly correlated: boolean;
  /** With `correlated` and at least 4 batches, half as many (each twice as long); else null. */
  readonly suggestedBatches: number | null;
}

/** Fewest batches accepted: with fewer, t_{b−1} and the r₁ check mean little (Schmeiser 1982 advises 10 to 30). */
export const MIN_BATCHES = 2;

/**
 * Batch means of `values` (time-ordered, finite, warm-up already removed) in `batches` batches.
 * Throws a RangeError for fewer than {@link MIN_BATCHES} batches, fewer observations than
 * batches, a non-finite value or a level outside (0, 1).
 */
export function batchMeans(values: ArrayLike<number>, batches: number, level = 0.95): BatchMeansResult {
  if (!Number.isInteger(batches) || batches < MIN_BATCHES)
    throw new RangeError(`batchMeans: batches must be a whole number >= ${MIN_BATCHES}, got ${batches}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`batchMeans: level must be in (0, 1), got ${level}`);
  const n = values.length;
  const m = Math.floor(n / batches);
  if (m < 1)
    throw new RangeError(`batchMeans: ${n} observations cannot make ${batches} batches of at least 1`);
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    for (let i = b * m; i < (b + 1) * m; i++) {
      const x = values[i]!;
      if (!Number.isFinite(x))
        throw new RangeError(`batchMeans: values[${i}] is ${x}; every value must be finite`);
      sum += x;
    }
    means.push(sum / m);
  }
  let mean = 0;
  for (const y of means) mean += y;
  mean /= batches;
  let ss = 0;
  for (const y of means) ss += (y - mean) ** 2;
  const sd = Math.sqrt(ss / (batches - 1));
  const halfWidth = (studentTQuantile((1 + level) / 2, batches - 1) * sd) / Math.sqrt(batches);
  const lag1 = lag1Autocorrelation(means);
  const lag1Critical = standardNormalQuantile(0.95) / Math.sqrt(batches);
  const correlated = lag1 > lag1Critical;
  return {
    observations: batches * m,
    dropped: n - batches * m,
    batches,
    batchSize: m,
    means,
    mean,
    sd,
    halfWidth,
    lower: mean - halfWidth,
    upper: mean + halfWidth,
    level,
    lag1,
    lag1Critical,
    correlated,
    suggestedBatches: correlated && batches >= 4 ? Math.floor(batches / 2) : null,
  };
}
