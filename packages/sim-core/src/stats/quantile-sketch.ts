import { exp, log } from '../math/index.js';
import { SketchBucketIndex } from './sketch-bucket-index.js';

/** Options for {@link QuantileSketch}. */
export interface QuantileSketchOptions {
  /** Relative accuracy α in (0, 1): every quantile is within ±α·(true value). Default 0.01 (1%). */
  relativeAccuracy?: number;
  /**
   * Most log buckets kept in memory, an integer >= 2. Default 2048 (16 KiB). They cover a
   * dynamic range max/min of γ^maxBuckets ≈ e^(2α·maxBuckets): 10^17 at α = 1%, but only
   * ~60 at α = 0.1%, so raise this together with a finer accuracy.
   */
  maxBuckets?: number;
}

/** Serialized {@link QuantileSketch}; `JSON.stringify` round-trips it exactly. */
export interface QuantileSketchJSON {
  relativeAccuracy: number;
  maxBuckets: number;
  count: number;
  zeroCount: number;
  /** Exact extremes; null when the sketch is empty. */
  min: number | null;
  max: number | null;
  /** Bucket index of `counts[0]`. */
  offset: number;
  counts: number[];
}

const MIN_ALLOCATION = 32;

const DEFAULT_RELATIVE_ACCURACY = 0.01;
/** The log-free bucket index of the default accuracy, built on first use (a few ms) and shared. */
let defaultIndex: SketchBucketIndex | null = null;

/**
 * Streaming quantiles of non-negative observations in bounded memory (DDSketch: Masson, Rim &
 * Lee, VLDB 2019).
 *
 * A positive x goes to log bucket i = ⌈ln x / ln γ⌉ with γ = (1 + α)/(1 − α); bucket i spans
 * (γ^(i−1), γ^i] and reports 2γ^i/(γ + 1), which is within a factor 1 ± α of every value in it.
 * So `quantile(q)` is within relative error α of the exact order statistic x₍ₖ₎, k = ⌊q·(n − 1)⌋
 * (0-based), the lower end of the interval that linear interpolation (d3's `quantileSorted`)
 * draws from. Zeros are counted exactly in their own slot (waits are often exactly 0, which a
 * log scale cannot hold). Results are clamped to the exact min and max, and q = 0 and q = 1
 * return them exactly.
 *
 * Memory: at most `maxBuckets` counters, whatever the number of observations. With α = 1%
 * 2048 buckets span a dynamic range of γ^2048 ≈ 10^17, so the bound rarely binds; when it
 * does, the lowest buckets are collapsed into the lowest kept one, so *low* quantiles lose
 * accuracy (they read high, never below the exact min) while high quantiles, the ones that
 * matter for waits, keep the guarantee. Collapsing depends only on the largest index seen, so
 * the sketch stays mergeable: `a.merge(b)` equals the sketch of a's and b's observations together.
 *
 * Negative inputs are rejected with a RangeError: the engine's sketched quantities (waits,
 * sojourn and service times) are non-negative, and supporting negatives would double the store.
 * Deterministic: no randomness; results depend only on the multiset of observations.
 */
export class QuantileSketch {
  /** Relative accuracy α this sketch guarantees. */
  readonly relativeAccuracy: number;
  /** Upper bound on buckets held in memory. */
  readonly maxBuckets: number;
  readonly #logGamma: number;
  readonly #invLogGamma: number;
  readonly #gamma: number;
  /** The table that gives ⌈log(x)·#invLogGamma⌉ without a log, at the default accuracy; else null. */
  readonly #index: SketchBucketIndex | null;
  #counts = new Float64Array(0);
  /** Bucket index stored at `#counts[0]`. */
  #offset = 0;
  /** Inclusive range of occupied buckets; empty while `#hi < #lo`. */
  #lo = 0;
  #hi = -1;
  #count = 0;
  #zeroCount = 0;
  #min = Number.POSITIVE_INFINITY;
  #max = Number.NEGATIVE_INFINITY;

  /** Creates an empty sketch; see {@link QuantileSketchOptions} for the defaults. */
  constructor(options: QuantileSketchOptions = {}) {
    const { relativeAccuracy = DEFAULT_RELATIVE_ACCURACY, maxBuckets = 2048 } = options;
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      throw new RangeError(`QuantileSketch: relativeAccuracy must be in (0, 1), got ${relativeAccuracy}`);
    }
    if (!Number.isInteger(maxBuckets) || maxBuckets < 2) {
      throw new RangeError(`QuantileSketch: maxBuckets must be an integer >= 2, got ${maxBuckets}`);
    }
    this.relativeAccuracy = relativeAccuracy;
    this.maxBuckets = maxBuckets;
    this.#gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.#logGamma = log(this.#gamma);
    this.#invLogGamma = 1 / this.#logGamma;
    if (relativeAccuracy === DEFAULT_RELATIVE_ACCURACY) {
      defaultIndex ??= new SketchBucketIndex(this.#invLogGamma);
      this.#index = defaultIndex;
    } else {
      this.#index = null;
    }
  }

  /** Rebuilds a sketch from {@link QuantileSketch.toJSON} output, validating it. */
  static fromJSON(json: QuantileSketchJSON): QuantileSketch {
    const sketch = new QuantileSketch({
      relativeAccuracy: json.relativeAccuracy,
      maxBuckets: json.maxBuckets,
    });
    const { count, zeroCount, min, max, offset, counts } = json;
    if (!Array.isArray(counts)) {
      throw new RangeError(`QuantileSketch.fromJSON: counts must be an array, got ${typeof counts}`);
    }
    if (!Number.isSafeInteger(offset)) {
      throw new RangeError(`QuantileSketch.fromJSON: offset must be an integer, got ${offset}`);
    }
    if (!Number.isSafeInteger(zeroCount) || zeroCount < 0) {
      throw new RangeError(`QuantileSketch.fromJSON: zeroCount must be an integer >= 0, got ${zeroCount}`);
    }
    let total = zeroCount;
    for (let k = 0; k < counts.length; k++) {
      const c = counts[k]!;
      if (!Number.isSafeInteger(c) || c < 0) {
        throw new RangeError(`QuantileSketch.fromJSON: counts[${k}] must be an integer >= 0, got ${c}`);
      }
      if (c > 0) sketch.#addToBucket(offset + k, c);
      total += c;
    }
    if (count !== total) {
      throw new RangeError(`QuantileSketch.fromJSON: count ${count} != zeroCount + sum(counts) = ${total}`);
    }
    const extremesValid =
      count === 0
        ? min === null && max === null
        : min !== null && max !== null && 0 <= min && min <= max && Number.isFinite(max);
    if (!extremesValid) {
      throw new RangeError(
        `QuantileSketch.fromJSON: min/max must be null when empty, else 0 <= min <= max; got ${min}, ${max}`,
      );
    }
    sketch.#count = count;
    sketch.#zeroCount = zeroCount;
    if (min !== null && max !== null) {
      sketch.#min = min;
      sketch.#max = max;
    }
    return sketch;
  }

  /**
   * Records one observation; throws a RangeError unless x is finite and >= 0.
   * Allocates only when the occupied range widens past the allocation (amortized, bounded).
   */
  add(x: number): void {
    if (!(x >= 0) || x === Number.POSITIVE_INFINITY) {
      throw new RangeError(`QuantileSketch.add: x must be a finite number >= 0, got ${x}`);
    }
    this.#count++;
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
    if (x === 0) {
      this.#zeroCount++;
      return;
    }
    // The same bucket either way (sketch-bucket-index.ts); the table saves a log per observation.
    const index = this.#index;
    this.#addToBucket(index !== null ? index.index(x) : Math.ceil(log(x) * this.#invLogGamma), 1);
  }

  /**
   * Estimated q-quantile, q in [0, 1], within relative error α of x₍⌊q(n−1)⌋₎ (see the class
   * comment for the collapse caveat). NaN when the sketch is empty.
   */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) {
      throw new RangeError(`QuantileSketch.quantile: q must be in [0, 1], got ${q}`);
    }
    if (this.#count === 0) return Number.NaN;
    if (q === 0) return this.#min;
    if (q === 1) return this.#max;
    const rank = q * (this.#count - 1);
    if (rank < this.#zeroCount) return 0;
    let cumulative = this.#zeroCount;
    for (let i = this.#lo; i <= this.#hi; i++) {
      cumulative += this.#counts[i - this.#offset]!;
      if (cumulative > rank) {
        const estimate = (2 * exp(i * this.#logGamma)) / (this.#gamma + 1);
        return Math.min(this.#max, Math.max(this.#min, estimate));
      }
    }
    return this.#max;
  }

  /** Number of observations, zeros included. */
  get count(): number {
    return this.#count;
  }

  /** Number of observations that were exactly 0. */
  get zeroCount(): number {
    return this.#zeroCount;
  }

  /** Exact smallest observation; NaN when empty. */
  get min(): number {
    return this.#count === 0 ? Number.NaN : this.#min;
  }

  /** Exact largest observation; NaN when empty. */
  get max(): number {
    return this.#count === 0 ? Number.NaN : this.#max;
  }

  /** Bucket counters currently allocated: the memory footprint, never above `maxBuckets`. */
  get bucketCount(): number {
    return this.#counts.length;
  }

  /**
   * Folds `other` into this sketch. Both must share `relativeAccuracy` and `maxBuckets`
   * (otherwise their buckets do not line up: RangeError). `other` is left unchanged.
   */
  merge(other: QuantileSketch): this {
    if (other.relativeAccuracy !== this.relativeAccuracy || other.maxBuckets !== this.maxBuckets) {
      throw new RangeError(
        `QuantileSketch.merge: other sketch has relativeAccuracy ${other.relativeAccuracy}, maxBuckets ${other.maxBuckets}; ` +
          `expected ${this.relativeAccuracy}, ${this.maxBuckets}`,
      );
    }
    // Snapshot first so that merging a sketch into itself doubles it instead of reading its own writes.
    const counts = other.#counts.slice();
    const [lo, hi, offset] = [other.#lo, other.#hi, other.#offset];
    for (let i = lo; i <= hi; i++) {
      const c = counts[i - offset]!;
      if (c > 0) this.#addToBucket(i, c);
    }
    this.#count += other.#count;
    this.#zeroCount += other.#zeroCount;
    if (other.#min < this.#min) this.#min = other.#min;
    if (other.#max > this.#max) this.#max = other.#max;
    return this;
  }

  /** Forgets all observations (e.g. after a warm-up period), keeping the allocated buckets. */
  reset(): void {
    this.#counts.fill(0);
    this.#lo = 0;
    this.#hi = -1;
    this.#count = 0;
    this.#zeroCount = 0;
    this.#min = Number.POSITIVE_INFINITY;
    this.#max = Number.NEGATIVE_INFINITY;
  }

  /** Serializable state: occupied buckets only, so equal observation multisets give equal JSON. */
  toJSON(): QuantileSketchJSON {
    const empty = this.#hi < this.#lo;
    return {
      relativeAccuracy: this.relativeAccuracy,
      maxBuckets: this.maxBuckets,
      count: this.#count,
      zeroCount: this.#zeroCount,
      min: this.#count === 0 ? null : this.#min,
      max: this.#count === 0 ? null : this.#max,
      offset: empty ? 0 : this.#lo,
      counts: empty
        ? []
        : Array.from(this.#counts.subarray(this.#lo - this.#offset, this.#hi - this.#offset + 1)),
    };
  }

  /**
   * Adds `c` observations to bucket `i`, keeping the occupied range within `maxBuckets`:
   * a new highest bucket collapses everything below `hi − maxBuckets + 1` into that bucket,
   * and a bucket below that floor is clamped up to it.
   */
  #addToBucket(i: number, c: number): void {
    if (this.#hi < this.#lo) {
      this.#reserve(i, i);
      this.#lo = i;
      this.#hi = i;
    } else if (i > this.#hi) {
      const floor = i - this.maxBuckets + 1;
      let collapsed = 0;
      if (floor > this.#lo) {
        const end = Math.min(floor - 1, this.#hi);
        for (let j = this.#lo; j <= end; j++) {
          collapsed += this.#counts[j - this.#offset]!;
          this.#counts[j - this.#offset] = 0;
        }
        this.#lo = floor;
      }
      this.#reserve(this.#lo, i);
      this.#hi = i;
      this.#counts[this.#lo - this.#offset]! += collapsed;
    } else if (i < this.#lo) {
      i = Math.max(i, this.#hi - this.maxBuckets + 1);
      if (i < this.#lo) {
        this.#reserve(i, this.#hi);
        this.#lo = i;
      }
    }
    this.#counts[i - this.#offset]! += c;
  }

  /**
   * Makes `#counts` cover bucket indices [lo, hi] (at most `maxBuckets` wide), keeping the
   * occupied buckets inside that range. Grows by doubling up to `maxBuckets`, then re-centres
   * in place, so allocation is amortized and bounded.
   */
  #reserve(lo: number, hi: number): void {
    const length = this.#counts.length;
    if (lo >= this.#offset && hi < this.#offset + length) return;
    const needed = hi - lo + 1;
    const wanted = Math.min(this.maxBuckets, Math.max(MIN_ALLOCATION, 2 * needed));
    const target = wanted > length ? new Float64Array(wanted) : this.#counts;
    const offset = lo - Math.floor((target.length - needed) / 2);
    const keepLo = Math.max(lo, this.#lo);
    const keepHi = Math.min(hi, this.#hi);
    if (keepLo <= keepHi) {
      const from = keepLo - this.#offset;
      const to = keepLo - offset;
      const n = keepHi - keepLo + 1;
      if (target === this.#counts) {
        target.copyWithin(to, from, from + n);
        target.fill(0, 0, to);
        target.fill(0, to + n);
      } else {
        target.set(this.#counts.subarray(from, from + n), to);
      }
    } else if (target === this.#counts) {
      target.fill(0);
    }
    this.#counts = target;
    this.#offset = offset;
  }
}
