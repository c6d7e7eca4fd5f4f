import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PooledSums } from './pooled-sums.js';

describe('PooledSums', () => {
  it('gives the point-by-point mean of the whole array, to the bit, up to the first non-finite value', () => {
    const value = fc.oneof(
      { weight: 20, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 40 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 50 }),
        (replications, limit) => {
          const sums = new PooledSums();
          const finite = replications.map((values) => sums.add(values));
          // The reference: every replication held, each point summed over them from 0.
          const firstBad = (v: number[]) => {
            const k = v.findIndex((x) => !Number.isFinite(x));
            return k < 0 ? v.length : k;
          };
          expect(finite).toEqual(replications.map(firstBad));
          const length = Math.min(limit, ...replications.map(firstBad));
          const expected = Array.from({ length }, (_, i) => {
            let sum = 0;
            for (const v of replications) sum += v[i]!;
            return sum / replications.length;
          });
          expect(sums.mean(limit)).toEqual(expected);
          expect(sums.replications).toBe(replications.length);
        },
      ),
    );
  });
});
