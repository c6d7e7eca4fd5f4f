import { describe, expect, it } from 'vitest';
import { pairedDifference } from './paired-difference.js';
import { welchInterval } from './welch.js';

describe('pairedDifference', () => {
  it('pairedDifference gives the t interval of the differences on constructed data', () => {
    // d = a − b = [1, 2, 1, 2, 1]: mean 1.4, s_d² = 0.3, t(0.975, 4) = 2.776445105.
    // Var(a) = 10, Var(b) = 10.3, Cov(a, b) = 10.
    const a = [10, 12, 14, 16, 18];
    const b = [9, 10, 13, 14, 17];
    const pd = pairedDifference(a, b);
    const halfWidth = (2.776445105 * Math.sqrt(0.3)) / Math.sqrt(5);
    expect(pd.n).toBe(5);
    expect(pd.mean).toBeCloseTo(1.4, 14);
    expect(pd.sd).toBeCloseTo(Math.sqrt(0.3), 14);
    expect(pd.halfWidth).toBeCloseTo(halfWidth, 8);
    expect(pd.varianceRatio).toBeCloseTo(0.3 / 20.3, 14);
    expect(pd.correlation).toBeCloseTo(10 / Math.sqrt(10 * 10.3), 14);
    expect(pd.unpairedHalfWidth).toBe(welchInterval(a, b).halfWidth);
    // √(0.3/20.3) ≈ 0.12: an 8× smaller standard error, partly spent on the paired interval's
    // fewer degrees of freedom (4 vs Welch's ~8), so the interval is ~7× narrower.
    expect(pd.halfWidth).toBeLessThan(pd.unpairedHalfWidth / 6);
  });

  it('pairedDifference shows no gain when the pairs are anti-correlated', () => {
    const pd = pairedDifference([1, 2, 3, 4], [4, 3, 2, 1]);
    expect(pd.correlation).toBeCloseTo(-1, 14);
    // Var(a − b) = Var(a) + Var(b) + 2·Var = 2·(Var(a) + Var(b)).
    expect(pd.varianceRatio).toBeCloseTo(2, 14);
  });

  it('pairedDifference reports NaN ratios when they are undefined', () => {
    const one = pairedDifference([5], [3]);
    expect(one.mean).toBe(2);
    expect(one.halfWidth).toBe(Number.POSITIVE_INFINITY);
    expect(one.varianceRatio).toBeNaN();
    const constant = pairedDifference([5, 5, 5], [3, 3, 3]);
    expect(constant.halfWidth).toBe(0);
    expect(constant.varianceRatio).toBeNaN();
    expect(constant.correlation).toBeNaN();
  });

  it('pairedDifference rejects unequal lengths, empty input and non-finite values', () => {
    expect(() => pairedDifference([1, 2, 3], [1, 2])).toThrow(/equal lengths .* got 3 and 2/);
    expect(() => pairedDifference([], [])).toThrow(/a must not be empty/);
    expect(() => pairedDifference([1, 2], [1, Number.NaN])).toThrow(/b\[1\] must be a finite number/);
    expect(() => pairedDifference([1, 2], [1, 2], 2)).toThrow(/level must be in \(0, 1\), got 2/);
  });
});
