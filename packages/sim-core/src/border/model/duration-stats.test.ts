import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../stats/tally.js';
import { DurationStats } from './duration-stats.js';

// DurationStats keeps only the mean beside its sketch, with Tally's own update and merge: the
// count, mean and max must be Tally's to the bit, whatever the order of adds and merges.
const duration = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 600 }),
);

describe('DurationStats', () => {
  it('gives the count, mean and max of a Tally of the same durations, bit for bit, across merges', () => {
    fc.assert(
      fc.property(fc.array(fc.array(duration, { maxLength: 60 }), { maxLength: 5 }), (parts) => {
        const stats = new DurationStats();
        const tally = new Tally();
        for (const part of parts) {
          const s = new DurationStats();
          const t = new Tally();
          for (const x of part) {
            s.add(x);
            t.add(x);
          }
          stats.merge(s);
          tally.merge(t);
        }
        const summary = stats.summary();
        expect(summary.count).toBe(tally.count);
        if (tally.count === 0) {
          expect(summary.mean).toBeNull();
          expect(summary.max).toBeNull();
        } else {
          expect(Object.is(summary.mean, tally.mean)).toBe(true);
          expect(Object.is(summary.max, tally.max)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the mean of a Tally over a long run of adds', () => {
    const stats = new DurationStats();
    const tally = new Tally();
    for (let i = 0; i < 100_000; i++) {
      const x = ((i * 7919) % 1009) / 7 + (i % 3 === 0 ? 0 : 1e-3 * i);
      stats.add(x);
      tally.add(x);
    }
    expect(Object.is(stats.summary().mean, tally.mean)).toBe(true);
    expect(stats.count).toBe(100_000);
  });

  it('refuses a negative or non-finite duration', () => {
    const stats = new DurationStats();
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => stats.add(bad)).toThrow(RangeError);
    expect(stats.count).toBe(0);
  });
});
