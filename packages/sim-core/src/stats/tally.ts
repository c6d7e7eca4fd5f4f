/** Plain-data snapshot of a {@link Tally}; empty statistics are `NaN` (`null` after `JSON.stringify`). */
export interface TallyJSON {
  count: number;
  sum: number;
  mean: number;
  variance: number;
  stdDev: number;
  min: number;
  max: number;
}

/**
 * Summary statistics of independent observations (waits, sojourn times, crossings per day).
 *
 * Uses Welford's (1962) online update so the variance stays accurate when the mean is large
 * relative to the spread (e.g. absolute timestamps), where the textbook `Σx² − n·x̄²` cancels:
 *
 *   n ← n + 1;  δ = x − x̄;  x̄ ← x̄ + δ/n;  M₂ ← M₂ + δ·(x − x̄);  s² = M₂/(n − 1)
 *
 * Constant memory; `add` allocates nothing. Two tallies combine with {@link Tally.merge}
 * (Chan, Golub & LeVeque 1979), so per-worker or per-replication tallies can be pooled.
 */
export class Tally {
  #count = 0;
  #sum = 0;
  #mean = 0;
  #m2 = 0;
  #min = Number.POSITIVE_INFINITY;
  #max = Number.NEGATIVE_INFINITY;

  /** Records one observation; throws a RangeError for NaN or ±Infinity, which would poison every statistic. */
  add(x: number): void {
    if (!Number.isFinite(x)) {
      throw new RangeError(`Tally.add: x must be a finite number, got ${x}`);
    }
    const n = ++this.#count;
    const delta = x - this.#mean;
    this.#mean += delta / n;
    this.#m2 += delta * (x - this.#mean);
    this.#sum += x;
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
  }

  /** Number of observations. */
  get count(): number {
    return this.#count;
  }

  /** Sum of observations (0 when empty). */
  get sum(): number {
    return this.#sum;
  }

  /** Arithmetic mean; NaN when empty. */
  get mean(): number {
    return this.#count === 0 ? Number.NaN : this.#mean;
  }

  /** Unbiased sample variance M₂/(n − 1); NaN for fewer than two observations. */
  get variance(): number {
    return this.#count < 2 ? Number.NaN : this.#m2 / (this.#count - 1);
  }

  /** Sample standard deviation √variance; NaN for fewer than two observations. */
  get stdDev(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation; NaN when empty. */
  get min(): number {
    return this.#count === 0 ? Number.NaN : this.#min;
  }

  /** Largest observation; NaN when empty. */
  get max(): number {
    return this.#count === 0 ? Number.NaN : this.#max;
  }

  /**
   * Folds `other` into this tally, as if its observations had been added here (up to rounding).
   * Chan et al.'s pairwise formula, with δ = x̄_b − x̄_a and n = n_a + n_b:
   *
   *   x̄ = x̄_a + δ·n_b/n;  M₂ = M₂_a + M₂_b + δ²·n_a·n_b/n
   *
   * `other` is left unchanged. Returns `this` for chaining.
   */
  merge(other: Tally): this {
    const nb = other.#count;
    if (nb === 0) return this;
    const na = this.#count;
    const n = na + nb;
    const delta = other.#mean - this.#mean;
    this.#mean += (delta * nb) / n;
    this.#m2 += other.#m2 + ((delta * delta * na) / n) * nb;
    this.#count = n;
    this.#sum += other.#sum;
    if (other.#min < this.#min) this.#min = other.#min;
    if (other.#max > this.#max) this.#max = other.#max;
    return this;
  }

  /** Forgets all observations (e.g. at the end of a warm-up period). */
  reset(): void {
    this.#count = 0;
    this.#sum = 0;
    this.#mean = 0;
    this.#m2 = 0;
    this.#min = Number.POSITIVE_INFINITY;
    this.#max = Number.NEGATIVE_INFINITY;
  }

  /** Plain-data snapshot for reports. */
  toJSON(): TallyJSON {
    return {
      count: this.count,
      sum: this.sum,
      mean: this.mean,
      variance: this.variance,
      stdDev: this.stdDev,
      min: this.min,
      max: this.max,
    };
  }
}
