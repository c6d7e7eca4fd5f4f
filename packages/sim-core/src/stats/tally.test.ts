import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally } from './tally.js';

/** mulberry32: a tiny seeded generator so the test does not depend on the engine's random streams. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function twoPass(xs: readonly number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const ss = xs.reduce((s, x) => s + (x - mean) ** 2, 0);
  return { mean, variance: ss / (xs.length - 1) };
}

function tallyOf(xs: readonly number[]): Tally {
  const t = new Tally();
  for (const x of xs) t.add(x);
  return t;
}

describe('Tally', () => {
  it('Tally.variance matches the two-pass formula, even with a large offset', () => {
    const rand = mulberry32(42);
    // An offset of 1e9 with unit spread is where Σx² − n·x̄² loses every significant digit.
    const xs = Array.from({ length: 10_000 }, () => 1e9 + rand());
    const t = tallyOf(xs);
    // Subtracting the offset is exact (Sterbenz), so the two-pass formula on the shifted data
    // is a reference accurate to ~1e-15.
    const exact = twoPass(xs.map((x) => x - 1e9));
    const naive =
      (xs.reduce((s, x) => s + x * x, 0) - xs.length * (t.sum / xs.length) ** 2) / (xs.length - 1);
    expect(Math.abs(naive - exact.variance) / exact.variance).toBeGreaterThan(1);
    expect(t.count).toBe(10_000);
    // The running mean is rounded to ulp(1e9) ≈ 1.2e-7 at each step: ~1e-15 relative.
    expect(Math.abs(t.mean - 1e9 - exact.mean)).toBeLessThan(1e-5);
    // Welford's error bound is n·ε·(1 + |x̄|/s) ≈ 8e-3 relative here; observed ~3e-8, so 1e-6 is
    // tight enough to catch a wrong formula (the naive one is off by > 100%) without flakiness.
    expect(Math.abs(t.variance - exact.variance) / exact.variance).toBeLessThan(1e-6);
    expect(Math.abs(t.stdDev - Math.sqrt(exact.variance)) / Math.sqrt(exact.variance)).toBeLessThan(1e-6);
    expect(t.min).toBe(Math.min(...xs));
    expect(t.max).toBe(Math.max(...xs));
  });

  it('Tally on hand-computed data gives exact statistics', () => {
    const t = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(t.count).toBe(8);
    expect(t.sum).toBe(40);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 14);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
  });

  it('Tally reports NaN for statistics that an empty or single-observation tally cannot define', () => {
    const t = new Tally();
    expect(t.count).toBe(0);
    expect(t.sum).toBe(0);
    expect(t.mean).toBeNaN();
    expect(t.variance).toBeNaN();
    expect(t.min).toBeNaN();
    expect(t.max).toBeNaN();
    t.add(3);
    expect(t.mean).toBe(3);
    expect(t.variance).toBeNaN();
    expect(t.stdDev).toBeNaN();
  });

  it('Tally.merge equals adding the observations sequentially', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.array(value, { maxLength: 60 }), (xs, ys) => {
        const merged = tallyOf(xs).merge(tallyOf(ys));
        const whole = tallyOf([...xs, ...ys]);
        expect(merged.count).toBe(whole.count);
        expect(merged.min).toBe(whole.min);
        expect(merged.max).toBe(whole.max);
        // Both paths round differently; 1e-9 of the data scale (1e6) is ~1e6 ulps of headroom.
        const scale = 1e6;
        if (whole.count > 0) expect(Math.abs(merged.mean - whole.mean)).toBeLessThan(1e-9 * scale);
        if (whole.count > 1) {
          expect(Math.abs(merged.variance - whole.variance)).toBeLessThan(1e-9 * scale * scale);
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('Tally.merge leaves the other tally unchanged and ignores an empty one', () => {
    const a = tallyOf([1, 2, 3]);
    const b = tallyOf([10]);
    a.merge(b).merge(new Tally());
    expect(b.toJSON()).toEqual(tallyOf([10]).toJSON());
    expect(a.toJSON()).toEqual(tallyOf([1, 2, 3, 10]).toJSON());
  });

  it('Tally.reset forgets every observation', () => {
    const t = tallyOf([1, 2, 3]);
    t.reset();
    expect(t.toJSON()).toEqual(new Tally().toJSON());
    t.add(5);
    expect(t.min).toBe(5);
    expect(t.max).toBe(5);
  });

  it('Tally.add rejects non-finite input with a RangeError naming the value', () => {
    const t = new Tally();
    expect(() => t.add(Number.NaN)).toThrow(RangeError);
    expect(() => t.add(Number.POSITIVE_INFINITY)).toThrow(/finite number, got Infinity/);
    expect(t.count).toBe(0);
  });

  it('Tally.toJSON is plain data', () => {
    const json = tallyOf([1, 3]).toJSON();
    expect(json).toEqual({ count: 2, sum: 4, mean: 2, variance: 2, stdDev: Math.SQRT2, min: 1, max: 3 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
