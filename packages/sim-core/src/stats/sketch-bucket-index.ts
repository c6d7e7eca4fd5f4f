import { fromWords, highWord } from '../math/float-words.js';
import { log } from '../math/index.js';

/**
 * The quantile sketch's bucket of a positive x, ⌈log(x)·c⌉ with c = 1/log γ, computed with the
 * logarithm: the definition, which {@link SketchBucketIndex} reproduces without one.
 */
export function logBucket(x: number, invLogGamma: number): number {
  return Math.ceil(log(x) * invLogGamma);
}

/** Bits of mantissa that pick a cell within a binade: 128 cells, each narrower than a bucket. */
const CELL_BITS = 7;
/** Binades covered, 2^-32 <= x < 2^32 (about 2 ms to 8,000 years in minutes); others take the log. */
const LOWEST_EXPONENT = -32;
const BINADES = 64;
const CELLS = BINADES << CELL_BITS;
/** `highWord(x) >>> (20 - CELL_BITS)` is the biased exponent and the cell bits; this is its value at 2^-32. */
const FIRST_CELL = (1023 + LOWEST_EXPONENT) << CELL_BITS;

/** Doubles in a cell: its 45 low bits of the bit pattern (the rest of the mantissa). */
const CELL_DOUBLES = 2 ** 45;
const TWO_32 = 2 ** 32;

/** The double `offset` steps above the least one of `cell` (0 <= offset < 2^45). */
function doubleInCell(cell: number, offset: number): number {
  const high = ((FIRST_CELL + cell) << (20 - CELL_BITS)) | Math.floor(offset / TWO_32);
  return fromWords(high, (offset % TWO_32) | 0);
}

/**
 * {@link logBucket} without a logarithm, for 2^-32 <= x < 2^32: a table lookup giving the same
 * integer for every double (outside that range, and for NaN or x <= 0, it defers to the log).
 *
 * The range is cut into cells by exponent and top 7 mantissa bits, 128 per binade, so a cell
 * spans a ratio of at most 1 + 1/128, less than γ ≈ 1.0202 at α = 1%: it holds at most one
 * bucket boundary. Per cell the table keeps the bucket of its least double and the least double
 * of the next bucket (found by binary search over the cell's doubles with `logBucket` itself), so
 * `index(x)` is `next[cell] <= x ? above[cell] : below[cell]`. The buckets are kept as doubles
 * because `logBucket` gives −0, not 0, for 1/γ < x < 1 (⌈−0.3⌉ is −0), and the table keeps that too.
 *
 * Equal to `logBucket` for every double of the range if and only if `logBucket` is
 * non-decreasing within each cell, which the binary search presumes. Why that holds, and the
 * test that checks it: with |ln x| <= 22.2, fdlibm's log within 1 ulp (< 2^-48 here) and one
 * rounding of the product (< 2^-42 since |log(x)·c| < 2048), the computed log(x)·c is within
 * δ = 2^-41 of the exact c·ln x, whose ceiling is non-decreasing. So `logBucket` can disagree
 * with it, and so be non-monotone, only where c·ln x is within δ of an integer: a window of
 * relative width 2δ/c around each boundary, at most 2^13/c < 170 ulps of x. The test
 * (`sketch-bucket-index.test.ts`) scans ±256 ulps around every boundary the table found and
 * compares the two functions at each double, and a fast-check property compares them on random
 * doubles of the whole range.
 *
 * Built for one c at a time (the sketch uses it only for its default α, the one the test covers),
 * a cell at a time on its first use: 2 logs, and 45 more when a boundary is in it (a binary search
 * over its 2^45 doubles). Filling all 8,192 cells takes about 115,000 logs, 20–80 ms, so a
 * process pays only for the cells its observations fall in.
 */
export class SketchBucketIndex {
  readonly invLogGamma: number;
  /** Bucket of each cell's least double, and of its doubles from `#next` on. */
  readonly #below = new Float64Array(CELLS);
  readonly #above = new Float64Array(CELLS);
  /** Least double of the next bucket if it starts inside the cell, else +Infinity. */
  readonly #next = new Float64Array(CELLS);

  constructor(invLogGamma: number) {
    this.invLogGamma = invLogGamma;
    this.#below.fill(Number.NaN); // not filled yet
  }

  /** `logBucket(x, invLogGamma)` for a finite x > 0. */
  index(x: number): number {
    const cell = (highWord(x) >>> (20 - CELL_BITS)) - FIRST_CELL;
    if (cell >= 0 && cell < CELLS) {
      const below = this.#below[cell]!;
      if (Number.isNaN(below)) {
        this.#fill(cell);
        return this.index(x);
      }
      return x >= this.#next[cell]! ? this.#above[cell]! : below;
    }
    return logBucket(x, this.invLogGamma);
  }

  /** Fills every cell (for the test, which scans all boundaries). */
  fillAll(): void {
    for (let cell = 0; cell < CELLS; cell++) if (Number.isNaN(this.#below[cell]!)) this.#fill(cell);
  }

  /** The least doubles of the buckets that start inside the range, ascending (after {@link fillAll}). */
  boundaries(): number[] {
    return Array.from(this.#next).filter((x) => x !== Number.POSITIVE_INFINITY && x !== 0);
  }

  #fill(cell: number): void {
    const c = this.invLogGamma;
    const low = logBucket(doubleInCell(cell, 0), c);
    const high = logBucket(doubleInCell(cell, CELL_DOUBLES - 1), c);
    if (high - low > 1 || high < low) {
      throw new Error(
        `SketchBucketIndex: cell ${cell} spans buckets ${low}..${high}; a cell must hold at most one boundary`,
      );
    }
    this.#above[cell] = high;
    if (high === low) {
      this.#next[cell] = Number.POSITIVE_INFINITY;
    } else {
      // The least double of the cell in bucket `high`: logBucket(below) < high <= logBucket(at).
      let below = 0;
      let at = CELL_DOUBLES - 1;
      while (at - below > 1) {
        const middle = Math.floor((below + at) / 2);
        if (logBucket(doubleInCell(cell, middle), c) >= high) at = middle;
        else below = middle;
      }
      this.#next[cell] = doubleInCell(cell, at);
    }
    this.#below[cell] = low; // last: marks the cell filled
  }

  /** The range served by the table, [least, end): 2^LOWEST_EXPONENT and 2^(LOWEST_EXPONENT + BINADES). */
  static readonly least = 2 ** -32;
  static readonly end = 2 ** 32;
}
