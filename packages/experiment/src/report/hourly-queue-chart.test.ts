import { describe, expect, it } from 'vitest';
import { busiestHoursShare } from './hourly-queue-chart.js';

describe('busiestHoursShare', () => {
  it('is 1% for a queue spread evenly over the hours', () => {
    const r = busiestHoursShare(new Array(1000).fill(2));
    expect(r).toEqual({ total: 2000, topShare: 0.01, topHours: 10 });
  });

  it('is the busiest hours’ part of the total when a few hours dominate, NaN hours left out', () => {
    // 990 hours with 1 vehicle, 10 hours with 100: the 10 busiest hold 1000 of 1990.
    const values = [...new Array(990).fill(1), ...new Array(10).fill(100), Number.NaN];
    const r = busiestHoursShare(values);
    expect(r.topHours).toBe(10);
    expect(r.topShare).toBeCloseTo(1000 / 1990, 12);
  });

  it('takes at least one hour, and a share of 0 for a queue that never formed', () => {
    expect(busiestHoursShare([0, 0, 0])).toEqual({ total: 0, topShare: 0, topHours: 1 });
    expect(busiestHoursShare([1, 3]).topShare).toBe(0.75);
  });
});
