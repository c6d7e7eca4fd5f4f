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
