import alea from 'seedrandom/lib/alea.js';

/**
 * Half of Alea's output spacing, 2^-33. Alea returns j·2^-32 for an integer j in [0, 2^32), so adding
 * this constant moves every output to the midpoint of its cell, (j + 0.5)·2^-32: the range becomes
 * [2^-33, 1 - 2^-33], strictly inside (0, 1), the mean stays exactly 1/2, and no branch is needed.
 */
const HALF_SPACING = 2 ** -33;

/**
 * One independent sequence of uniform random numbers, driven by Johannes Baagøe's Alea generator
 * (from the `seedrandom` package: period about 2^116, passes BigCrush, pure JavaScript, no Node APIs).
 *
 * Normally obtained from {@link RandomStreams.stream}, which derives the seed; construct directly only
 * to replay a known seed string.
 *
 * Resolution is 32 bits: the smallest draw is 2^-33, so an exponential variate -log(u) is capped at
 * about 22.9 means, a truncation of probability e^-22.9 ≈ 1e-10 per draw.
 */
export class RandomStream {
  /** The seed string this stream was started from; reproduces the stream exactly. */
  readonly seed: string;
  private readonly next: () => number;

  /** Starts a stream from `seed`; equal seeds give identical sequences on every JavaScript engine. */
  constructor(seed: string) {
    this.seed = seed;
    this.next = alea(seed);
  }

  /**
   * A uniform draw in the open interval (0, 1): never 0, so `-Math.log(u)` is finite, and never 1, so
   * `Math.floor(u * n) < n`. A single generator call plus one addition, allocation-free.
   */
  random(): number {
    return this.next() + HALF_SPACING;
  }
}
