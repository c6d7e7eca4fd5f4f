import { describe, expect, it } from 'vitest';
import { NonhomogeneousPoisson } from './nonhomogeneous-poisson.js';
import { PiecewiseRate } from './piecewise-rate.js';
import type { RateProfile } from './rate-profile.js';
import { RandomStream } from './stream.js';
import {
  arrivalsUntil,
  DAILY_PROFILE,
  expectDailyProfileCounts,
  expectPoissonCount,
} from './test-poisson-counts.js';

describe('NonhomogeneousPoisson', () => {
  it('NonhomogeneousPoisson counts per segment of an hour-of-day profile match the integrated rate', () => {
    expectDailyProfileCounts(new NonhomogeneousPoisson(DAILY_PROFILE), 'nhpp/daily');
  });

  it('NonhomogeneousPoisson follows a monthly profile with unequal month lengths', () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const rates = [20, 22, 30, 35, 40, 45, 50, 48, 40, 32, 25, 20]; // cars per day
    const profile = new PiecewiseRate({ durations: days, rates });
    const times = arrivalsUntil(new NonhomogeneousPoisson(profile), 365, new RandomStream('nhpp/monthly'));
    let start = 0;
    days.forEach((length) => {
      const count = times.filter((t) => t >= start && t < start + length).length;
      expectPoissonCount(count, profile.integral(start, start + length));
      start += length;
    });
  });

  it('NonhomogeneousPoisson thins a smooth rate function to the right counts', () => {
    // λ(t) = 5(1 + sin(2πt/24)), bound 10; Λ over [a, b] = 5(b - a) - (60/π)(cos(2πb/24) - cos(2πa/24)).
    const profile: RateProfile = { rateAt: (t) => 5 * (1 + Math.sin((2 * Math.PI * t) / 24)), max: 10 };
    const integral = (a: number, b: number) =>
      5 * (b - a) - (60 / Math.PI) * (Math.cos((2 * Math.PI * b) / 24) - Math.cos((2 * Math.PI * a) / 24));
    const times = arrivalsUntil(new NonhomogeneousPoisson(profile), 24 * 40, new RandomStream('nhpp/sine'));
    for (let q = 0; q < 4; q++) {
      const [a, b] = [q * 6, (q + 1) * 6];
      const count = times.filter((t) => t % 24 >= a && t % 24 < b).length;
      expectPoissonCount(count, 40 * integral(a, b));
    }
  });

  it('NonhomogeneousPoisson with a constant profile has exponential gaps of mean 1/rate', () => {
    const process = new NonhomogeneousPoisson(new PiecewiseRate({ period: 1, rates: [4] }));
    const rng = new RandomStream('nhpp/constant');
    const n = 100_000;
    let t = 0;
    for (let i = 0; i < n; i++) t = process.next(t, rng);
    // Sum of n Exp(mean 1/4) gaps: SE of the mean gap = 0.25/√n; 5 SE.
    expect(Math.abs(t / n - 0.25)).toBeLessThan((5 * 0.25) / Math.sqrt(n));
  });

  it('NonhomogeneousPoisson never arrives when the bound is 0', () => {
    const process = new NonhomogeneousPoisson(new PiecewiseRate({ period: 24, rates: [0, 0] }));
    expect(process.next(3, new RandomStream('nhpp/zero'))).toBe(Number.POSITIVE_INFINITY);
  });

  it('NonhomogeneousPoisson rejects a rate above the declared bound instead of biasing the process', () => {
    const process = new NonhomogeneousPoisson({ rateAt: () => 3, max: 2 });
    expect(() => process.next(0, new RandomStream('nhpp/bound'))).toThrow(
      /NonhomogeneousPoisson: rateAt\(.+\) must be a finite number in \[0, max = 2\], got 3/,
    );
    const negative = new NonhomogeneousPoisson({ rateAt: () => Number.NaN, max: 2 });
    expect(() => negative.next(0, new RandomStream('nhpp/nan'))).toThrow(RangeError);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'NonhomogeneousPoisson rejects a bound of %d',
    (max) => {
      expect(() => new NonhomogeneousPoisson({ rateAt: () => 0, max })).toThrow(
        new RangeError(`NonhomogeneousPoisson: profile.max must be a finite number >= 0, got ${max}`),
      );
    },
  );
});
