import { describe, expect, it } from 'vitest';
import { welchMovingAverage } from './welch-moving-average.js';

describe('welchMovingAverage(values, w)', () => {
  it('averages 2i − 1 points near the start and 2w + 1 after, and drops the last w (Law & Kelton §9.5.1)', () => {
    const y = [1, 2, 6, 3, 8, 4, 10];
    // w = 2: i = 1: y1; i = 2: (y1+y2+y3)/3; i = 3..5: (y_{i−2}..y_{i+2})/5.
    expect(welchMovingAverage(y, 2)).toEqual([1, 3, 4, 23 / 5, 31 / 5]);
  });

  it('with w = 0 is the series itself, and a window of one period removes a cycle', () => {
    expect(welchMovingAverage([3, 1, 4], 0)).toEqual([3, 1, 4]);
    const cycle = Array.from({ length: 100 }, (_, i) => [0, 3, 6, 3, 0][i % 5]!);
    for (const v of welchMovingAverage(cycle, 2).slice(2)) expect(v).toBeCloseTo(2.4, 12);
  });
});
