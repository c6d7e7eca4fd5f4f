import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from './student-t.js';

describe('studentTQuantile', () => {
  it('studentTQuantile reproduces table values to 1e-8', () => {
    // Table values carry 9–10 significant digits, so 1e-8 is their own rounding plus margin.
    const table: [number, number, number][] = [
      [0.975, 1, 12.706204736],
      [0.975, 2, 4.30265273],
      [0.975, 3, 3.182446305],
      [0.95, 4, 2.131846786],
      [0.975, 10, 2.228138852],
      [0.975, 30, 2.042272456],
      [0.995, 5, 4.032142984],
    ];
    for (const [p, df, t] of table) {
      expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThan(1e-8);
      expect(Math.abs(studentTQuantile(1 - p, df) + t)).toBeLessThan(1e-8);
    }
  });

  it('studentTQuantile tends to the normal quantile 1.959963985 for large df', () => {
    expect(Math.abs(studentTQuantile(0.975, Number.POSITIVE_INFINITY) - 1.959963985)).toBeLessThan(2e-9);
    expect(Math.abs(studentTQuantile(0.975, 1e9) - 1.959963985)).toBeLessThan(1e-8);
    // Across the switch to the Cornish–Fisher expansion at df = 1e5 the true change is ~5e-10;
    // the expansion inherits the normal quantile's ~2e-9 error.
    expect(Math.abs(studentTQuantile(0.975, 99_999) - studentTQuantile(0.975, 100_001))).toBeLessThan(5e-9);
  });

  it('studentTQuantile inverts studentTCdf, including non-integer df and far tails', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        (df, p) => {
          const t = studentTQuantile(p, df);
          // The root is found to ~1e-14 relative in t; the CDF itself is good to ~1e-14.
          expect(Math.abs(studentTCdf(t, df) - p)).toBeLessThan(1e-11 * Math.max(1, Math.abs(t)));
        },
      ),
      { seed: 19, numRuns: 300 },
    );
  });

  it('studentTCdf agrees with the Cauchy (df = 1) and df = 2 closed forms', () => {
    for (const t of [-30, -2, -0.1, 0, 0.5, 4, 1e3]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 13);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 13);
    }
  });

  it('studentTQuantile decreases in df towards the normal quantile', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (const df of [0.5, 1, 1.5, 2, 3, 7, 30, 1e3, 1e6, Number.POSITIVE_INFINITY]) {
      const t = studentTQuantile(0.975, df);
      expect(t).toBeLessThan(previous);
      previous = t;
    }
  });

  it('studentTQuantile handles the edges of its domain', () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
    expect(() => studentTQuantile(1.2, 3)).toThrow(/p must be in \[0, 1\], got 1.2/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/df must be a finite number > 0, got 0/);
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(RangeError);
  });
});
