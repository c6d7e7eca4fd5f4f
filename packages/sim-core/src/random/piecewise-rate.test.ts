import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PiecewiseRate } from './piecewise-rate.js';

describe('PiecewiseRate', () => {
  const hourly = new PiecewiseRate({
    period: 24,
    rates: [...Array(6).fill(0), ...Array(12).fill(10), ...Array(6).fill(2)],
  });

  it('PiecewiseRate with a period splits it into equal segments', () => {
    expect(hourly.period).toBe(24);
    expect(hourly.rateAt(0)).toBe(0);
    expect(hourly.rateAt(5.999)).toBe(0);
    expect(hourly.rateAt(6)).toBe(10);
    expect(hourly.rateAt(17.5)).toBe(10);
    expect(hourly.rateAt(18)).toBe(2);
    expect(hourly.max).toBe(10);
    expect(hourly.meanRate).toBe((12 * 10 + 6 * 2) / 24);
  });

  it('PiecewiseRate repeats every period, for negative times too', () => {
    for (const t of [0.5, 7, 20.25]) {
      expect(hourly.rateAt(t + 24 * 30)).toBe(hourly.rateAt(t));
      expect(hourly.rateAt(t - 24 * 3)).toBe(hourly.rateAt(t));
    }
  });

  it('PiecewiseRate with durations gives unequal segments, e.g. month lengths', () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const monthly = new PiecewiseRate({ durations: days, rates: days.map((_, m) => m + 1) });
    expect(monthly.period).toBe(365);
    expect(monthly.rateAt(30.9)).toBe(1);
    expect(monthly.rateAt(31)).toBe(2);
    expect(monthly.rateAt(58.9)).toBe(2);
    expect(monthly.rateAt(59)).toBe(3);
    expect(monthly.rateAt(364.9)).toBe(12);
    expect(monthly.rateAt(365)).toBe(1);
  });

  it('PiecewiseRate.integral is the area under the rate, across segment and period boundaries', () => {
    expect(hourly.integral(0, 24)).toBe(132);
    expect(hourly.integral(5, 7)).toBe(10);
    expect(hourly.integral(17, 19)).toBe(12);
    expect(hourly.integral(20, 24 * 10 + 7)).toBeCloseTo(8 + 132 * 9 + 6 * 0 + 10, 9);
    expect(hourly.integral(-24, 0)).toBe(132);
    expect(hourly.integral(7, 5)).toBe(-10);
  });

  it.each([
    [{ rates: [] }, 'PiecewiseRate: rates must be a non-empty array, got []'],
    [{ rates: [1, -2], period: 2 }, 'PiecewiseRate: rates[1] must be a finite number >= 0, got -2'],
    [
      { rates: [1, Number.POSITIVE_INFINITY], period: 2 },
      'PiecewiseRate: rates[1] must be a finite number >= 0, got Infinity',
    ],
    [{ rates: [1] }, 'PiecewiseRate: period must be given when durations are omitted, got undefined'],
    [{ rates: [1], period: 0 }, 'PiecewiseRate: period must be a finite number > 0, got 0'],
    [
      { rates: [1, 2], durations: [1] },
      'PiecewiseRate: durations must be an array of 2 entries (one per rate), got 1 entries',
    ],
    [{ rates: [1, 2], durations: [1, 0] }, 'PiecewiseRate: durations[1] must be a finite number > 0, got 0'],
    [
      { rates: [1, 2], durations: [1, 2], period: 4 },
      'PiecewiseRate: period must be the sum of durations (3), got 4',
    ],
  ])('PiecewiseRate(%o) throws a RangeError', (options, message) => {
    expect(() => new PiecewiseRate(options)).toThrow(new RangeError(message));
  });
});

describe('PiecewiseRate.segmentEnd', () => {
  it('PiecewiseRate.segmentEnd is the next boundary of the periodic profile, always after t', () => {
    const profile = new PiecewiseRate({ durations: [6, 3, 15], rates: [0, 2, 1] });
    expect([0, 5.5, 6, 8, 23.9, 24, 30, -1].map((t) => profile.segmentEnd(t))).toEqual([
      6, 6, 9, 9, 24, 30, 33, 0,
    ]);
    fc.assert(
      // Times on a 1/64 grid wrap into the cycle exactly (off it, rounding may put a time a hair
      // away from a boundary into the neighbouring segment, in rateAt and segmentEnd alike).
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), (k) => {
        const t = k / 64;
        const end = profile.segmentEnd(t);
        expect(end).toBeGreaterThan(t);
        // The rate holds over [t, end): at the midpoint it is the rate at t.
        expect(profile.rateAt((t + end) / 2)).toBe(profile.rateAt(t));
      }),
    );
  });
});
