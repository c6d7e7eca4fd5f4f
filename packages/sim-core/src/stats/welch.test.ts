import { describe, expect, it } from 'vitest';
import { studentTQuantile } from './student-t.js';
import { welchInterval } from './welch.js';

describe('welchInterval', () => {
  it('welchInterval equals the pooled t interval when sizes and variances are equal', () => {
    // b is a shifted by 3: same variance s² = 2.5, n = 5, so ν = 2(n − 1) = 8 and s_diff² = 2s²/n.
    const a = [1, 2, 3, 4, 5];
    const b = a.map((x) => x + 3);
    const w = welchInterval(a, b);
    expect(w.mean).toBe(-3);
    expect(w.df).toBeCloseTo(8, 12);
    expect(w.standardError).toBeCloseTo(1, 14);
    expect(w.halfWidth).toBeCloseTo(studentTQuantile(0.975, 8), 12);
    expect(w.lower).toBeCloseTo(-3 - w.halfWidth, 12);
  });

  it('welchInterval uses Welch–Satterthwaite degrees of freedom for unequal variances', () => {
    // s_a²/n_a = (5/3)/4 = 5/12, s_b²/n_b = 10/5 = 2.
    const w = welchInterval([1, 2, 3, 4], [2, 4, 6, 8, 10], 0.9);
    const se2 = 5 / 12 + 2;
    const df = (se2 * se2) / ((5 / 12) ** 2 / 3 + 2 ** 2 / 4);
    expect(w.nA).toBe(4);
    expect(w.nB).toBe(5);
    expect(w.mean).toBe(-3.5);
    expect(w.df).toBeCloseTo(df, 12);
    expect(w.df).toBeGreaterThanOrEqual(3);
    expect(w.df).toBeLessThanOrEqual(7);
    expect(w.halfWidth).toBeCloseTo(studentTQuantile(0.95, df) * Math.sqrt(se2), 12);
  });

  it('welchInterval degenerates to a point for constant samples and is unbounded for single values', () => {
    expect(welchInterval([2, 2], [1, 1, 1])).toMatchObject({ mean: 1, halfWidth: 0, df: 3 });
    expect(welchInterval([2], [1, 3]).halfWidth).toBe(Number.POSITIVE_INFINITY);
  });

  it('welchInterval rejects empty samples and non-finite values', () => {
    expect(() => welchInterval([], [1])).toThrow(/a must not be empty/);
    expect(() => welchInterval([1, 2], [1, Number.POSITIVE_INFINITY])).toThrow(/b\[1\]/);
    expect(() => welchInterval([1, 2], [1, 2], 0)).toThrow(/level/);
  });
});
