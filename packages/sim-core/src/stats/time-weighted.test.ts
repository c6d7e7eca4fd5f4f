import { describe, expect, it } from 'vitest';
import { TimeWeighted } from './time-weighted.js';

describe('TimeWeighted', () => {
  it('TimeWeighted.mean weights each value by how long it held', () => {
    // Queue length: 0 on [0,2), 3 on [2,5), 1 on [5,10). Integral = 0·2 + 3·3 + 1·5 = 14.
    const q = new TimeWeighted();
    q.update(2, 3);
    q.update(5, 1);
    expect(q.integral(10)).toBe(14);
    expect(q.mean(10)).toBeCloseTo(1.4, 14);
    expect(q.min).toBe(0);
    expect(q.max).toBe(3);
    expect(q.current).toBe(1);
  });

  it('TimeWeighted honours a non-zero start time and initial value', () => {
    // 2 on [100,104), 6 on [104,108): integral 8 + 24 = 32 over 8 time units.
    const busy = new TimeWeighted(100, 2);
    busy.update(104, 6);
    expect(busy.integral(108)).toBe(32);
    expect(busy.mean(108)).toBe(4);
    expect(busy.startTime).toBe(100);
    expect(busy.lastUpdateTime).toBe(104);
  });

  it('TimeWeighted counts a value replaced at the same instant in min/max but not in the integral', () => {
    const q = new TimeWeighted(0, 1);
    q.update(3, 7);
    q.update(3, 2);
    expect(q.max).toBe(7);
    expect(q.integral(5)).toBe(1 * 3 + 2 * 2);
  });

  it('TimeWeighted.mean over an empty span is NaN', () => {
    const q = new TimeWeighted(5, 4);
    expect(q.mean(5)).toBeNaN();
    expect(q.integral(5)).toBe(0);
  });

  it('TimeWeighted.reset keeps the current value and restarts the integral at the reset time', () => {
    // 10 on [0,4), 0 on [4,6), 5 on [6,...). Warm-up ends at 8, when 5 is in force.
    const q = new TimeWeighted(0, 10);
    q.update(4, 0);
    q.update(6, 5);
    q.reset(8);
    expect(q.current).toBe(5);
    expect(q.min).toBe(5);
    expect(q.max).toBe(5);
    q.update(10, 1);
    // After reset: 5 on [8,10), 1 on [10,12): integral 10 + 2 = 12 over 4.
    expect(q.integral(12)).toBe(12);
    expect(q.mean(12)).toBe(3);
    expect(q.min).toBe(1);
    expect(q.toJSON(12)).toEqual({ start: 8, end: 12, mean: 3, min: 1, max: 5, current: 1, integral: 12 });
  });

  it('TimeWeighted rejects time going back with a RangeError', () => {
    const q = new TimeWeighted();
    q.update(5, 1);
    expect(() => q.update(4.999, 2)).toThrow(RangeError);
    expect(() => q.update(4, 2)).toThrow(/>= the previous update time 5, got 4/);
    expect(() => q.mean(4)).toThrow(RangeError);
    expect(() => q.integral(4)).toThrow(RangeError);
    expect(() => q.reset(4)).toThrow(RangeError);
    // The failed calls changed nothing.
    expect(q.current).toBe(1);
    expect(q.integral(6)).toBe(1);
  });

  it('TimeWeighted rejects non-finite times and values', () => {
    const q = new TimeWeighted();
    expect(() => q.update(Number.NaN, 1)).toThrow(RangeError);
    expect(() => q.update(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
    expect(() => q.update(1, Number.NaN)).toThrow(/value must be a finite number/);
    expect(() => new TimeWeighted(Number.NaN)).toThrow(/startTime/);
    expect(() => new TimeWeighted(0, Number.POSITIVE_INFINITY)).toThrow(/initialValue/);
  });
});
