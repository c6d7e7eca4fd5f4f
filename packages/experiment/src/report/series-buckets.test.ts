import { describe, expect, it } from 'vitest';
import { bucketFactor, bucketSeries, MAX_PLOTTED_POINTS } from './series-buckets.js';

describe('bucketFactor', () => {
  it('keeps a series that fits the chart point by point', () => {
    expect(bucketFactor(1, MAX_PLOTTED_POINTS)).toBe(1);
  });

  it('averages a year of hourly points by day, and a decade by week', () => {
    expect(bucketFactor(1, 8784)).toBe(24);
    expect(bucketFactor(1, 24 * 3653)).toBe(168);
    expect(bucketFactor(0.5, 17_568)).toBe(48);
  });
});

describe('bucketSeries', () => {
  it('averages consecutive points, skipping NaN, with a shorter last bucket', () => {
    const series = { name: 's', start: 2, interval: 1, values: [1, 2, Number.NaN, 4, 5, 6, 7] };
    const out = bucketSeries(series, 3);
    expect(out).toEqual({ name: 's', start: 2, interval: 3, values: [1.5, 5, 7] });
  });

  it('gives NaN for a bucket with no finite value, and the series itself for factor 1', () => {
    const series = { name: 's', start: 0, interval: 1, values: [Number.NaN, Number.NaN, 3] };
    expect(bucketSeries(series, 2).values).toEqual([Number.NaN, 3]);
    expect(bucketSeries(series, 1)).toBe(series);
  });

  it('rejects a factor that is not a whole number >= 1', () => {
    const series = { name: 's', start: 0, interval: 1, values: [1] };
    expect(() => bucketSeries(series, 1.5)).toThrow(/factor must be an integer >= 1, got 1.5/);
  });
});
