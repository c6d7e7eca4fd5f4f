import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NonhomogeneousPoisson } from './nonhomogeneous-poisson.js';
import { PiecewiseRate } from './piecewise-rate.js';
import { type StepRate, StepRatePoisson } from './step-rate-poisson.js';
import { RandomStream } from './stream.js';
import {
  arrivalsUntil,
  DAILY_PROFILE,
  expectDailyProfileCounts,
  expectPoissonCount,
} from './test-poisson-counts.js';

describe('StepRatePoisson', () => {
  it('StepRatePoisson counts per segment of an hour-of-day profile match the integrated rate', () => {
    expectDailyProfileCounts(new StepRatePoisson(DAILY_PROFILE), 'step/daily');
  });

  it('StepRatePoisson follows a monthly profile with unequal month lengths, as thinning does', () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const rates = [20, 22, 30, 35, 40, 45, 50, 48, 40, 32, 25, 20]; // cars per day
    const profile = new PiecewiseRate({ durations: days, rates });
    const byInversion = arrivalsUntil(new StepRatePoisson(profile), 365, new RandomStream('step/monthly'));
    const byThinning = arrivalsUntil(new NonhomogeneousPoisson(profile), 365, new RandomStream('step/thin'));
    let start = 0;
    days.forEach((length) => {
      const expected = profile.integral(start, start + length);
      const inMonth = (t: number) => t >= start && t < start + length;
      expectPoissonCount(byInversion.filter(inMonth).length, expected);
      // The two methods are independent samples of the same process: their difference has
      // variance 2Λ.
      const difference = byInversion.filter(inMonth).length - byThinning.filter(inMonth).length;
      expect(Math.abs(difference)).toBeLessThanOrEqual(5 * Math.sqrt(2 * expected));
      start += length;
    });
  });

  it('StepRatePoisson gaps within one long segment are exponential (Kolmogorov-Smirnov)', () => {
    const process = new StepRatePoisson({ rateAt: () => 4, segmentEnd: () => Number.POSITIVE_INFINITY });
    const rng = new RandomStream('step/constant');
    const n = 20_000;
    const gaps: number[] = [];
    let t = 0;
    for (let i = 0; i < n; i++) {
      const next = process.next(t, rng);
      gaps.push(next - t);
      t = next;
    }
    gaps.sort((a, b) => a - b);
    let d = 0;
    gaps.forEach((g, i) => {
      const cdf = 1 - Math.exp(-4 * g);
      d = Math.max(d, Math.abs(cdf - i / n), Math.abs(cdf - (i + 1) / n));
    });
    // The 0.1% critical value of the KS statistic is 1.95/√n.
    expect(d).toBeLessThan(1.95 / Math.sqrt(n));
  });

  it('StepRatePoisson walks across many short segments, including zero-rate ones, without bias', () => {
    // Segments of one time unit, alternating rates 0 and 0.2: a gap crosses about ten of them.
    const rate: StepRate = {
      rateAt: (t) => (Math.floor(t) % 2 === 0 ? 0 : 0.2),
      segmentEnd: (t) => Math.floor(t) + 1,
    };
    const horizon = 40_000;
    const times = arrivalsUntil(new StepRatePoisson(rate), horizon, new RandomStream('step/short'));
    expect(times.every((t) => Math.floor(t) % 2 === 1)).toBe(true);
    expectPoissonCount(times.length, 0.2 * (horizon / 2));
  });

  it('StepRatePoisson uses one uniform per arrival, so a scaled rate moves each arrival in proportion', () => {
    // Common random numbers: with a constant rate r·c, the k-th arrival from the same stream is the
    // k-th arrival at rate r divided by c.
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.string(),
        (r, c, seed) => {
          const base = new StepRatePoisson({ rateAt: () => r, segmentEnd: (t) => t + 1 / r });
          const scaled = new StepRatePoisson({ rateAt: () => r * c, segmentEnd: (t) => t + 1 / r });
          const a = arrivalsUntil(base, 200 / r, new RandomStream(seed)).slice(0, 50);
          const b = arrivalsUntil(scaled, 200 / r / c, new RandomStream(seed)).slice(0, 50);
          a.forEach((t, k) => {
            expect(b[k]! * c).toBeCloseTo(t, 6 - Math.max(0, Math.ceil(Math.log10(t))));
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('StepRatePoisson returns Infinity past `until`, even when the rate stays 0 to the end', () => {
    const zero = new StepRatePoisson({ rateAt: () => 0, segmentEnd: (t) => Math.floor(t) + 1 }, 1e5);
    expect(zero.next(3, new RandomStream('step/zero'))).toBe(Number.POSITIVE_INFINITY);
    const forEver = new StepRatePoisson({ rateAt: () => 0, segmentEnd: () => Number.POSITIVE_INFINITY });
    expect(forEver.next(3, new RandomStream('step/forever'))).toBe(Number.POSITIVE_INFINITY);
  });

  it('StepRatePoisson rejects a rate that is negative or not finite, or a segment that does not end after t', () => {
    const negative = new StepRatePoisson({ rateAt: () => -1, segmentEnd: (t) => t + 1 });
    expect(() => negative.next(0, new RandomStream('step/bad'))).toThrow(
      new RangeError(
        'StepRatePoisson: at 0 the rate must be finite and >= 0 and end after 0, got rate -1 until 1',
      ),
    );
    const stuck = new StepRatePoisson({ rateAt: () => 1, segmentEnd: (t) => t });
    expect(() => stuck.next(2, new RandomStream('step/stuck'))).toThrow(/got rate 1 until 2$/);
  });
});
