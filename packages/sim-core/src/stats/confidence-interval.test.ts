import { describe, expect, it } from 'vitest';
import { confidenceInterval } from './confidence-interval.js';
import { normalQuantile } from './normal-quantile.js';

/** mulberry32: a tiny seeded generator so the test does not depend on the engine's random streams. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Box–Muller standard normal from two uniforms (1 − u keeps the log argument in (0, 1]). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

describe('confidenceInterval', () => {
  it('confidenceInterval computes x̄ ± t·s/√n on hand-checked data', () => {
    // mean 5, s² = 32/7, t(0.975, 7) = 2.364624252.
    const ci = confidenceInterval([2, 4, 4, 4, 5, 5, 7, 9]);
    const halfWidth = (2.364624252 * Math.sqrt(32 / 7)) / Math.sqrt(8);
    expect(ci.n).toBe(8);
    expect(ci.mean).toBe(5);
    expect(ci.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(ci.halfWidth).toBeCloseTo(halfWidth, 8);
    expect(ci.lower).toBeCloseTo(5 - halfWidth, 8);
    expect(ci.upper).toBeCloseTo(5 + halfWidth, 8);
    expect(ci.level).toBe(0.95);
  });

  it('confidenceInterval accepts typed arrays and other levels', () => {
    const ci = confidenceInterval(new Float64Array([1, 2, 3]), 0.99);
    // s = 1, t(0.995, 2) = 9.924843201.
    expect(ci.halfWidth).toBeCloseTo(9.924843201 / Math.sqrt(3), 8);
  });

  it('confidenceInterval covers the true mean of normal samples at the nominal rate', () => {
    const rand = mulberry32(2024);
    const trials = 4000;
    // Coverage count ~ Binomial(4000, 0.95): sd = √(4000·0.95·0.05) ≈ 13.8. Accepting ±5 sd (±69)
    // has false-failure probability < 1e-6. A z-interval (1.96 instead of t) would cover only
    // ~81% at n = 3, far outside the band, so the test has power against that error.
    const tolerance = 5 * Math.sqrt(trials * 0.95 * 0.05);
    for (const n of [3, 10]) {
      let covered = 0;
      let zCovered = 0;
      for (let k = 0; k < trials; k++) {
        const sample = Array.from({ length: n }, () => 10 + 2 * normal(rand));
        const ci = confidenceInterval(sample);
        if (ci.lower <= 10 && 10 <= ci.upper) covered++;
        if (Math.abs(ci.mean - 10) <= (normalQuantile(0.975) * ci.sd) / Math.sqrt(n)) zCovered++;
      }
      expect(Math.abs(covered - 0.95 * trials)).toBeLessThanOrEqual(tolerance);
      if (n === 3) expect(zCovered).toBeLessThan(0.95 * trials - tolerance);
    }
  });

  it('confidenceInterval with one value is unbounded rather than an error', () => {
    const ci = confidenceInterval([4.2]);
    expect(ci).toEqual({
      n: 1,
      mean: 4.2,
      sd: Number.NaN,
      halfWidth: Number.POSITIVE_INFINITY,
      lower: Number.NEGATIVE_INFINITY,
      upper: Number.POSITIVE_INFINITY,
      level: 0.95,
    });
  });

  it('confidenceInterval of constant values has zero width', () => {
    expect(confidenceInterval([3, 3, 3]).halfWidth).toBe(0);
  });

  it('confidenceInterval rejects empty input, non-finite values and bad levels', () => {
    expect(() => confidenceInterval([])).toThrow(/values must not be empty/);
    expect(() => confidenceInterval([1, Number.NaN, 3])).toThrow(
      /values\[1\] must be a finite number, got NaN/,
    );
    expect(() => confidenceInterval([1, 2], 1)).toThrow(/level must be in \(0, 1\), got 1/);
    expect(() => confidenceInterval([1, 2], 95)).toThrow(RangeError);
  });
});
