/** Plain-data snapshot of a {@link Histogram}. */
export interface HistogramJSON {
  from: number;
  to: number;
  bins: number;
  edges: number[];
  counts: number[];
  underflow: number;
  overflow: number;
}

/**
 * Counts of observations in equal-width bins over [from, to), for plotting a distribution
 * whose range is known in advance (for unknown ranges or tail quantiles use QuantileSketch).
 *
 * Bin k is the half-open interval [edges[k], edges[k+1]) with edges[k] = from + k·(to − from)/bins;
 * values below `from` count as underflow and values at or above `to` as overflow, so no
 * observation is silently dropped. `add` allocates nothing.
 */
export class Histogram {
  /** Lower edge of the first bin. */
  readonly from: number;
  /** Upper edge of the last bin (exclusive). */
  readonly to: number;
  /** Number of bins. */
  readonly bins: number;
  readonly #edges: Float64Array;
  readonly #counts: Float64Array;
  readonly #scale: number;
  #underflow = 0;
  #overflow = 0;

  /** Creates `bins` equal-width bins over [from, to); requires finite from < to and an integer bins >= 1. */
  constructor(from: number, to: number, bins: number) {
    if (!Number.isFinite(from) || !Number.isFinite(to) || !(from < to)) {
      throw new RangeError(`Histogram: need finite from < to, got from=${from}, to=${to}`);
    }
    if (!Number.isInteger(bins) || bins < 1) {
      throw new RangeError(`Histogram: bins must be an integer >= 1, got ${bins}`);
    }
    this.from = from;
    this.to = to;
    this.bins = bins;
    this.#scale = bins / (to - from);
    this.#counts = new Float64Array(bins);
    this.#edges = new Float64Array(bins + 1);
    const width = (to - from) / bins;
    for (let k = 0; k < bins; k++) this.#edges[k] = from + k * width;
    this.#edges[bins] = to;
  }

  /** Counts one observation; throws a RangeError for NaN, which belongs to no bin. */
  add(x: number): void {
    if (Number.isNaN(x)) {
      throw new RangeError(`Histogram.add: x must be a number, got ${x}`);
    }
    if (x < this.from) {
      this.#underflow++;
    } else if (x >= this.to) {
      this.#overflow++;
    } else {
      let k = Math.floor((x - this.from) * this.#scale);
      // The multiplication can round across an edge; nudge so that bins agree with `edges`.
      if (k >= this.bins) k = this.bins - 1;
      if (x < this.#edges[k]!) k--;
      else if (x >= this.#edges[k + 1]!) k++;
      this.#counts[k]!++;
    }
  }

  /** Observations per bin (a copy). */
  get counts(): number[] {
    return Array.from(this.#counts);
  }

  /** The bins + 1 bin edges, from `from` to `to` (a copy). */
  get edges(): number[] {
    return Array.from(this.#edges);
  }

  /** Observations below `from`. */
  get underflow(): number {
    return this.#underflow;
  }

  /** Observations at or above `to`. */
  get overflow(): number {
    return this.#overflow;
  }

  /** All observations, underflow and overflow included. */
  get count(): number {
    let total = this.#underflow + this.#overflow;
    for (const c of this.#counts) total += c;
    return total;
  }

  /** Adds `other`'s counts to this one; both must have the same from, to and bins (else RangeError). */
  merge(other: Histogram): this {
    if (other.from !== this.from || other.to !== this.to || other.bins !== this.bins) {
      throw new RangeError(
        `Histogram.merge: other has from=${other.from}, to=${other.to}, bins=${other.bins}; ` +
          `expected from=${this.from}, to=${this.to}, bins=${this.bins}`,
      );
    }
    for (let k = 0; k < this.bins; k++) this.#counts[k]! += other.#counts[k]!;
    this.#underflow += other.#underflow;
    this.#overflow += other.#overflow;
    return this;
  }

  /** Forgets all observations. */
  reset(): void {
    this.#counts.fill(0);
    this.#underflow = 0;
    this.#overflow = 0;
  }

  /** Plain-data snapshot, with edges so that a plot needs nothing else. */
  toJSON(): HistogramJSON {
    return {
      from: this.from,
      to: this.to,
      bins: this.bins,
      edges: this.edges,
      counts: this.counts,
      underflow: this.#underflow,
      overflow: this.#overflow,
    };
  }
}
