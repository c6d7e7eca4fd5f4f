import { confidenceInterval } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import type { Target } from '../target.js';
import { laneVerdict } from './lane-verdict.js';

const target: Target = { metric: 'station.s.waitHours.p95', op: '<', value: 4, text: 'p95 wait < 4h' };

/** Values of replication i from a fixed list, recording the ranges asked for. */
function fromList(values: readonly number[]) {
  const asked: [number, number][] = [];
  return {
    asked,
    values: async (from: number, to: number) => {
      asked.push([from, to]);
      return values.slice(from, to);
    },
  };
}

describe('laneVerdict(target, options, values)', () => {
  it('meets when the whole Student-t interval of the first replications is below the target', async () => {
    const list = [3.0, 3.1, 2.9, 3.05, 2.95];
    const { asked, values } = fromList(list);
    const point = await laneVerdict(target, { level: 0.95, initial: 5, step: 5, cap: 50 }, values);
    const ci = confidenceInterval(list, 0.95);
    expect(point).toEqual({
      replications: 5,
      mean: ci.mean,
      lower: ci.lower,
      upper: ci.upper,
      verdict: 'meets',
    });
    expect(asked).toEqual([[0, 5]]);
  });

  it('adds `step` replications while the interval straddles the target, then decides', async () => {
    // The first 2 straddle 4 widely; with 8 values the interval sits above it.
    const list = [3, 6, 5, 5.2, 4.9, 5.1, 5, 5];
    const { asked, values } = fromList(list);
    const point = await laneVerdict(target, { level: 0.95, initial: 2, step: 3, cap: 8 }, values);
    expect(asked).toEqual([
      [0, 2],
      [2, 5],
      [5, 8],
    ]);
    expect(point.replications).toBe(8);
    expect(point.verdict).toBe('fails');
    expect(point.lower).toBeGreaterThan(4);
  });

  it('is unclear at the cap when the interval still straddles the target', async () => {
    const list = [3, 5, 3, 5];
    const { values } = fromList(list);
    const point = await laneVerdict(target, { level: 0.95, initial: 2, step: 1, cap: 4 }, values);
    expect(point.replications).toBe(4);
    expect(point.verdict).toBe('unclear');
    expect(point.lower).toBeLessThan(4);
    expect(point.upper).toBeGreaterThan(4);
  });

  it('fails with NaN statistics when a replication has no value (nobody served)', async () => {
    const { values } = fromList([1, Number.NaN, 1]);
    const point = await laneVerdict(target, { level: 0.95, initial: 3, step: 1, cap: 3 }, values);
    expect(point.verdict).toBe('fails');
    expect(point.mean).toBeNaN();
  });
});
