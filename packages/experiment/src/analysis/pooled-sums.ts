/**
 * The point-by-point sum of replications' series, added one replication at a time: the pooled
 * mean of a warm-up analysis without holding the replications. Only the stretch every
 * replication so far has finite is kept: a non-finite value ends a replication's usable part.
 * The sums add the replications in the order given, from 0, so the mean is the same double as
 * summing a whole array of them point by point.
 */
export class PooledSums {
  private sums = new Float64Array(0);
  /** Points every replication so far has finite. */
  private length = 0;
  private count = 0;

  /** Replications added so far. */
  get replications(): number {
    return this.count;
  }

  /** Adds the next replication's values; returns how many come before its first non-finite one. */
  add(values: ArrayLike<number>): number {
    const finite = finiteLength(values);
    if (this.count === 0) {
      this.length = finite;
      this.sums = new Float64Array(finite);
    } else if (finite < this.length) {
      this.length = finite;
    }
    const sums = this.sums;
    for (let i = 0; i < this.length; i++) sums[i]! += values[i]!;
    this.count++;
    return finite;
  }

  /**
   * The mean over the replications added, point by point, up to `limit` points and up to the
   * first point at which some replication has no finite value.
   */
  mean(limit = Number.POSITIVE_INFINITY): number[] {
    const length = Math.min(this.length, limit);
    const out: number[] = [];
    for (let i = 0; i < length; i++) out.push(this.sums[i]! / this.count);
    return out;
  }
}

/** How many values come before the first non-finite one. */
function finiteLength(values: ArrayLike<number>): number {
  let i = 0;
  while (i < values.length && Number.isFinite(values[i]!)) i++;
  return i;
}
