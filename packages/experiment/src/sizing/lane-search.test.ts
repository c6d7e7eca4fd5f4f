import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SizePoint } from '../report/size-data.js';
import { searchLanes } from './lane-search.js';

/** A verdict per lane count from a threshold: lane counts from `meetsFrom` up meet the target. */
function thresholdEvaluator(meetsFrom: number) {
  const asked: number[] = [];
  const evaluate = async (lanes: number): Promise<SizePoint> => {
    asked.push(lanes);
    const verdict = lanes >= meetsFrom ? 'meets' : 'fails';
    return { lanes, replications: 10, mean: lanes, lower: lanes, upper: lanes, verdict };
  };
  return { asked, evaluate };
}

describe('searchLanes(start, min, max, evaluate)', () => {
  it('walks down from a start that meets, and stops at the first that does not', async () => {
    const { asked, evaluate } = thresholdEvaluator(4);
    expect(await searchLanes(6, 1, 10, evaluate)).toBe(4);
    expect(asked).toEqual([6, 5, 4, 3]);
  });

  it('walks up from a start that fails until one meets', async () => {
    const { asked, evaluate } = thresholdEvaluator(8);
    expect(await searchLanes(6, 1, 10, evaluate)).toBe(8);
    expect(asked).toEqual([6, 7, 8]);
  });

  it('gives null when no lane count in the range meets, having tried up to the maximum', async () => {
    const { asked, evaluate } = thresholdEvaluator(99);
    expect(await searchLanes(3, 2, 5, evaluate)).toBeNull();
    expect(asked).toEqual([3, 4, 5]);
  });

  it('clamps the start to the range', async () => {
    const { asked, evaluate } = thresholdEvaluator(1);
    expect(await searchLanes(40, 2, 5, evaluate)).toBe(2);
    expect(asked).toEqual([5, 4, 3, 2]);
  });

  it('finds the smallest meeting lane count a scan of the range finds, asking each lane count at most once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 25 }),
        async (minLanes, extra, start, meetsFrom) => {
          const maxLanes = minLanes + extra;
          const { asked, evaluate } = thresholdEvaluator(meetsFrom);
          const answer = await searchLanes(start, minLanes, maxLanes, evaluate);
          const scan = Array.from({ length: extra + 1 }, (_, k) => minLanes + k).find((l) => l >= meetsFrom);
          expect(answer).toBe(scan ?? null);
          expect(new Set(asked).size).toBe(asked.length);
        },
      ),
    );
  });
});
