import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MSER_BATCH_SIZE, mser } from './mser.js';
import { WarmupAccumulator } from './warmup-accumulator.js';
import type { DatedChange } from './warmup-suggestion.js';

/**
 * The whole-array analysis the accumulator replaces, written out independently: every
 * replication held, the pooled mean summed point by point over all of them, MSER-5 on each.
 */
function reference(replications: number[][], start: number, interval: number, changes: DatedChange[]) {
  const cutBy = [...changes].sort((a, b) => a.at - b.at).find((c) => c.at > start) ?? null;
  const beforeCut =
    cutBy === null ? Number.POSITIVE_INFINITY : Math.floor((cutBy.at - start) / interval + 1e-9);
  const prefix = (values: number[], limit: number) => {
    const end = values.findIndex((v) => !Number.isFinite(v));
    return values.slice(0, Math.min(end < 0 ? values.length : end, limit));
  };
  const length = Math.min(beforeCut, ...replications.map((v) => prefix(v, beforeCut).length));
  const pooled: number[] = [];
  for (let i = 0; i < length; i++) {
    let sum = 0;
    for (const values of replications) sum += values[i]!;
    pooled.push(sum / replications.length);
  }
  const own = replications
    .map((v) => prefix(v, beforeCut))
    .filter((v) => v.length >= 2 * MSER_BATCH_SIZE)
    .map((v) => mser(v));
  return {
    cutBy,
    pooled: pooled.length >= 2 * MSER_BATCH_SIZE ? mser(pooled) : null,
    points: pooled.length,
    ownAt: own.map((r) => start + r.truncation * interval).sort((a, b) => a - b),
    atLimit: own.filter((r) => r.atLimit).length,
  };
}

const value = fc.oneof(
  { weight: 20, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
);

describe('WarmupAccumulator', () => {
  it('fed one replication at a time, gives exactly the whole-array analysis', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 0, maxLength: 80 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(0.5, 1, 24),
        fc.array(
          fc.record({ label: fc.constantFrom('a', 'b'), at: fc.double({ min: 0, max: 2000, noNaN: true }) }),
          {
            maxLength: 3,
          },
        ),
        (replications, start, interval, changes) => {
          const accumulator = new WarmupAccumulator(
            { name: 's', label: 'series', unit: 'vehicles', start, interval },
            changes,
          );
          for (const values of replications) accumulator.add(values);
          const expected = reference(replications, start, interval, changes);
          const got = accumulator.suggestion();
          expect(got.cutBy).toEqual(expected.cutBy);
          expect(got.points).toBe(expected.points);
          expect(got.pooled).toEqual(expected.pooled);
          expect(accumulator.replications).toBe(replications.length);
          if (expected.ownAt.length === 0) expect(got.perReplication).toBeNull();
          else {
            const n = expected.ownAt.length;
            expect(got.perReplication).toEqual({
              min: expected.ownAt[0],
              median: expected.ownAt[Math.floor((n - 1) / 2)],
              max: expected.ownAt[n - 1],
              atLimit: expected.atLimit,
              analysed: n,
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps no replication: its pooled mean is the running sums over the count', () => {
    const accumulator = new WarmupAccumulator(
      { name: 's', label: 's', unit: 'u', start: 0, interval: 1 },
      [],
    );
    accumulator.add([1, 2, 3, 4]);
    accumulator.add([3, 4, Number.NaN, 8]);
    accumulator.add([5, 9, 1]);
    // Point 2 is not finite in the second replication: the pooled mean stops before it.
    expect(accumulator.pooledMean()).toEqual([3, 5]);
    expect(accumulator.pooledMean(1)).toEqual([3]);
  });
});
