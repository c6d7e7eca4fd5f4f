import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { log } from '../math/index.js';
import { logBucket, SketchBucketIndex } from './sketch-bucket-index.js';

// The sketch's c at its default accuracy α = 1%, computed as QuantileSketch computes it.
const C = 1 / log(1.01 / 0.99);
const index = new SketchBucketIndex(C);
const { least, end } = SketchBucketIndex;

// The fixed one: each test below builds the cells it touches first.
const FLOAT = new Float64Array(1);
const BITS = new BigUint64Array(FLOAT.buffer);
function bitsOf(x: number): bigint {
  FLOAT[0] = x;
  return BITS[0]!;
}
function doubleOf(bits: bigint): number {
  BITS[0] = bits;
  return FLOAT[0]!;
}

/**
 * Compares the table with the log at every double within ±`ulps` of x; returns the buckets seen
 * in order, so a caller can check that they only step up by one.
 */
function scan(x: number, ulps: number): number[] {
  const centre = bitsOf(x);
  const seen: number[] = [];
  for (let k = -ulps; k <= ulps; k++) {
    const y = doubleOf(centre + BigInt(k));
    const expected = logBucket(y, C);
    const actual = index.index(y);
    if (!Object.is(actual, expected)) throw new Error(`index(${y}) = ${actual}, log gives ${expected}`);
    if (seen.length === 0 || seen[seen.length - 1] !== expected) seen.push(expected);
  }
  return seen;
}

describe('SketchBucketIndex (the quantile sketch bucket without a log)', () => {
  // The window where log(x)·c may stray from the exact c·ln x across an integer is < 83 ulps each
  // side of the exact boundary e^(k/c) (sketch-bucket-index.ts); Math.exp(k / C) is within ~20 ulps
  // of it. Outside the windows logBucket equals the exact, non-decreasing ⌈c·ln x⌉; inside, this
  // compares every double and checks the bucket steps from k to k + 1 exactly once (monotone).
  const WINDOW = 256;

  it('equals ⌈log(x)·c⌉ at every double within ±256 ulps of every bucket boundary in range', () => {
    const first = Math.ceil(C * Math.log(least));
    const last = Math.floor(C * Math.log(end));
    let boundaries = 0;
    for (let k = first; k <= last; k++) {
      const seen = scan(Math.exp(k / C), WINDOW);
      // One step, from bucket k to k + 1 (bucket k holds (γ^(k-1), γ^k]); -0 and 0 count as one
      // bucket here (Object.is above tells them apart: between 1/γ and 1 the log gives -0).
      expect(seen.length).toBe(2);
      expect(seen[0]! === k && seen[1]! === k + 1).toBe(true);
      boundaries++;
    }
    expect(boundaries).toBeGreaterThan(2000);
  });

  it('finds each of its boundaries inside those windows', () => {
    index.fillAll();
    const found = index.boundaries();
    expect(found.length).toBe(Math.floor(C * Math.log(end)) - Math.ceil(C * Math.log(least)) + 1);
    for (const b of found) {
      const k = logBucket(b, C) - 1;
      const nominal = bitsOf(Math.exp(k / C));
      const distance = bitsOf(b) - nominal;
      expect(distance >= -BigInt(WINDOW) && distance <= BigInt(WINDOW)).toBe(true);
      // b is the least double of its bucket: the one below is in the bucket before.
      expect(logBucket(doubleOf(bitsOf(b) - 1n), C)).toBe(k);
    }
  });

  it('equals ⌈log(x)·c⌉ on random doubles of the whole range and beyond it', () => {
    const inRange = fc.double({ min: least, max: end, noNaN: true, noDefaultInfinity: true });
    const anyPositive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(inRange, anyPositive), (x) => Object.is(index.index(x), logBucket(x, C))),
      { numRuns: 200_000 },
    );
  });

  it('equals it at the edges of its range and of its cells', () => {
    for (const x of [least, end]) scan(x, 64);
    // A cell edge every 1/128 of a binade: 2^e·(1 + j/128).
    for (let e = -32; e < 32; e += 7) {
      for (let j = 0; j < 128; j += 5) scan(2 ** e * (1 + j / 128), 4);
    }
  });

  it('a cell that would hold two boundaries is refused', () => {
    // At c = 1000 a bucket is 0.1% wide and a cell up to 0.78%: a cell holds several boundaries.
    expect(() => new SketchBucketIndex(1000).index(1.5)).toThrow(/at most one boundary/);
  });
});
