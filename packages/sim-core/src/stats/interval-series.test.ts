import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalSeries } from './interval-series.js';
import { TimeWeighted } from './time-weighted.js';

describe('IntervalSeries', () => {
  it('IntervalSeries gives the time-weighted mean and max per interval on a hand-computed case', () => {
    // Interval 10. Value 2 on [0,5), 4 on [5,25), 0 on [25,30).
    // [0,10): (2·5 + 4·5)/10 = 3, max 4. [10,20): 4, max 4. [20,30): (4·5 + 0·5)/10 = 2, max 4.
    const s = new IntervalSeries(10, 0, 2);
    s.update(5, 4);
    s.update(25, 0);
    expect(s.finish(30)).toEqual({ start: 0, interval: 10, end: 30, mean: [3, 4, 2], max: [4, 4, 4] });
  });

  it('IntervalSeries does not carry a value replaced exactly at a boundary into the next interval', () => {
    // 9 on [0,10), then 1 from 10: interval [10,20) never saw 9.
    const s = new IntervalSeries(10, 0, 9);
    s.update(10, 1);
    expect(s.finish(20).max).toEqual([9, 1]);
  });

  it('IntervalSeries counts a value set and replaced within one instant in that interval max', () => {
    const s = new IntervalSeries(10, 0, 0);
    s.update(3, 8);
    s.update(3, 1);
    expect(s.finish(10)).toMatchObject({ mean: [0.7], max: [8] });
  });

  it('IntervalSeries reports a final partial interval over its own length', () => {
    // Start 100, interval 4; value 6 on [100,105), 2 from 105; finish at 106:
    // [100,104): 6. Partial [104,106): (6·1 + 2·1)/2 = 4.
    const s = new IntervalSeries(4, 100, 6);
    s.update(105, 2);
    const out = s.finish(106);
    expect(out).toEqual({ start: 100, interval: 4, end: 106, mean: [6, 4], max: [6, 6] });
    // finish is a snapshot: the run can go on.
    s.update(108, 0);
    expect(s.finish(112).mean).toEqual([6, 3, 0]);
  });

  it('IntervalSeries intervals average to the TimeWeighted mean over whole intervals', () => {
    const step = fc.record({
      dt: fc.double({ min: 0, max: 7, noNaN: true }),
      v: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const series = new IntervalSeries(5);
        const whole = new TimeWeighted();
        let t = 0;
        for (const { dt, v } of steps) {
          t += dt;
          series.update(t, v);
          whole.update(t, v);
        }
        const end = 5 * (Math.floor(t / 5) + 1);
        const { mean, max } = series.finish(end);
        expect(mean.length).toBe(end / 5);
        const average = mean.reduce((a, b) => a + b, 0) / mean.length;
        // Identical sums in a different order: agreement to rounding (values <= 50, ~40 terms).
        expect(Math.abs(average - whole.mean(end))).toBeLessThan(1e-9);
        expect(Math.max(...max)).toBeLessThanOrEqual(whole.max);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('IntervalSeries rejects time going back and bad parameters with RangeErrors', () => {
    const s = new IntervalSeries(1);
    s.update(3, 1);
    expect(() => s.update(2, 0)).toThrow(/>= the previous update time 3, got 2/);
    expect(() => s.finish(2)).toThrow(RangeError);
    expect(() => s.update(4, Number.NaN)).toThrow(/value must be a finite number/);
    expect(() => new IntervalSeries(0)).toThrow(/interval must be a finite number > 0, got 0/);
    expect(() => new IntervalSeries(1, Number.NaN)).toThrow(/start/);
  });
});
