import { pow } from '@landport/sim-core';

/**
 * The resolution at which a border replication records its hourly series: hundredths of a
 * vehicle. Every series of the border model is a time-weighted mean number of vehicles over an
 * hour, and such a mean's low digits are noise from the exact event times: kept to the bit, a
 * year of one series takes ~55 kB of any compressed log, rounded to 0.01 vehicle ~14 kB (see
 * docs/performance.md, "Results size").
 *
 * The rounding is done once, where a replication's result becomes its output, so that the log,
 * and every output computed from it or straight from the replication (series.csv, charts,
 * warm-up), sees the same rounded values whatever the workers, shards or resumes.
 */
export const SERIES_DECIMAL_PLACES = 2;

/** `values` rounded to {@link SERIES_DECIMAL_PLACES} decimal places (half up; never −0). */
export function roundSeries(values: ArrayLike<number>): number[] {
  const scale = pow(10, SERIES_DECIMAL_PLACES);
  return Array.from(values, (v) => Math.round(v * scale) / scale + 0);
}
