import type { ReplicationSeries } from '../batch/replication.js';

/** Most points a time-series chart draws before its series is averaged into longer buckets. */
export const MAX_PLOTTED_POINTS = 1500;

/** Bucket lengths tried in order, hours: the series' own interval first, then a day, then a week. */
const BUCKET_HOURS = [24, 168] as const;

/**
 * How many consecutive points of a series (spaced `interval` hours, `points` long) one plotted
 * point averages: 1 while the series fits {@link MAX_PLOTTED_POINTS}, else the number making a
 * day, or a week. A year of hourly points (8,784) cannot be seen point by point on a page, and its
 * inlined data would weigh megabytes; daily means still show every shock and season.
 *
 * Why averaging and not every k-th point: picking the same hour each day aliases the daily cycle
 * (it would plot the 03:00 queue as if it were the day's).
 */
export function bucketFactor(interval: number, points: number): number {
  if (points <= MAX_PLOTTED_POINTS) return 1;
  for (const hours of BUCKET_HOURS) {
    const factor = Math.max(1, Math.round(hours / interval));
    if (Math.ceil(points / factor) <= MAX_PLOTTED_POINTS) return factor;
  }
  return Math.ceil(points / MAX_PLOTTED_POINTS);
}

/**
 * `series` averaged over buckets of `factor` consecutive points: value j is the mean of the finite
 * values among points j·factor … j·factor + factor − 1 (NaN if none; the last bucket may be
 * shorter). Applied to each replication before averaging across replications, so that the band
 * drawn is the confidence band of the bucket mean, which the bands of the hourly points do not
 * give (their covariance within a day is unknown).
 */
export function bucketSeries(series: ReplicationSeries, factor: number): ReplicationSeries {
  if (!(Number.isInteger(factor) && factor >= 1)) {
    throw new RangeError(`bucketSeries: factor must be an integer >= 1, got ${factor}`);
  }
  if (factor === 1) return series;
  const { values } = series;
  const out: number[] = new Array(Math.ceil(values.length / factor));
  for (let j = 0; j < out.length; j++) {
    let sum = 0;
    let n = 0;
    const end = Math.min(values.length, (j + 1) * factor);
    for (let k = j * factor; k < end; k++) {
      const x = values[k]!;
      if (Number.isFinite(x)) {
        sum += x;
        n++;
      }
    }
    out[j] = n === 0 ? Number.NaN : sum / n;
  }
  return { name: series.name, start: series.start, interval: series.interval * factor, values: out };
}
