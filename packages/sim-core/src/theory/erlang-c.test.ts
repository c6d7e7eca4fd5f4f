import { describe, expect, it } from 'vitest';
import { erlangC } from './erlang-c.js';

/** The textbook sum form of Erlang C, for small c (Gross et al., 4th ed., §2.3). */
function directErlangC(c: number, a: number): number {
  let term = 1;
  let head = 0;
  for (let k = 0; k < c; k++) {
    head += term;
    term *= a / (k + 1);
  }
  const tail = (term * c) / (c - a);
  return tail / (head + tail);
}

describe('erlangC', () => {
  it('erlangC gives the hand-computed cases', () => {
    // M/M/1: P(wait) = ρ. M/M/2 with ρ = a/2: P(wait) = 2ρ²/(1 + ρ), so a = 1 gives 1/3.
    expect(erlangC(1, 0.3)).toBeCloseTo(0.3, 15);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 15);
    expect(erlangC(2, 1.6)).toBeCloseTo((2 * 0.64) / 1.8, 15);
    expect(erlangC(4, 0)).toBe(0);
  });

  it('erlangC(10, 9) = 0.66873, the M/M/10 queue at 90% load', () => {
    // Direct sum: 0.668731524...; Erlang C tables give 0.6687.
    expect(erlangC(10, 9)).toBeCloseTo(0.6687315241, 10);
  });

  it('erlangC agrees with the direct sum to 1e-13 relative for c ≤ 40', () => {
    for (let c = 1; c <= 40; c++) {
      for (const frac of [0.01, 0.3, 0.7, 0.95, 0.999]) {
        const expected = directErlangC(c, frac * c);
        expect(Math.abs(erlangC(c, frac * c) - expected) / expected).toBeLessThan(1e-13);
      }
    }
  });

  it('erlangC stays in (0, 1) and tends to 1 in heavy traffic at large c', () => {
    const values = [0.9, 0.99, 0.999, 0.999999].map((f) => erlangC(5000, f * 5000));
    for (let i = 0; i < values.length; i++) {
      expect(values[i]).toBeGreaterThan(0);
      expect(values[i]).toBeLessThan(1);
      if (i > 0) expect(values[i]).toBeGreaterThan(values[i - 1]!);
    }
    expect(values[3]).toBeGreaterThan(0.99);
  });

  it('erlangC rejects an unstable load a ≥ c and c < 1', () => {
    expect(() => erlangC(3, 3)).toThrow(/erlangC: a must be < c = 3 \(a stable queue\), got 3/);
    expect(() => erlangC(0, 0.5)).toThrow(/erlangC: c must be an integer >= 1, got 0/);
    expect(() => erlangC(3, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
