import { describe, expect, it } from 'vitest';
import { logGamma } from '../stats/log-gamma.js';
import { erlangB } from './erlang-b.js';

/** The textbook definition (a^c/c!)/Σ a^k/k!, summed naively: fine for small c, all terms positive. */
function directErlangB(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= c; k++) {
    term *= a / k;
    sum += term;
  }
  return term / sum;
}

/** The same definition in log space (log-sum-exp over ln(a^k/k!)), valid where a^c/c! overflows. */
function logSpaceErlangB(c: number, a: number): number {
  const logs = Array.from({ length: c + 1 }, (_, k) => k * Math.log(a) - logGamma(k + 1));
  const top = Math.max(...logs);
  const sum = logs.reduce((acc, x) => acc + Math.exp(x - top), 0);
  return Math.exp(logs[c]! - top) / sum;
}

describe('erlangB', () => {
  it('erlangB gives the hand-computed small cases', () => {
    // B(1, a) = a/(1 + a); B(2, 1) = (1/2)/(1 + 1 + 1/2) = 0.2.
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 15);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    expect(erlangB(0, 7)).toBe(1);
    expect(erlangB(5, 0)).toBe(0);
  });

  it('erlangB matches the Erlang loss table value B(10, 5) = 0.018385', () => {
    // Erlang B (traffic) tables list 1.84% blocking for 10 circuits offered 5 erlangs; the direct
    // sum gives 0.0183845703...
    expect(erlangB(10, 5)).toBeCloseTo(0.0183845703, 10);
  });

  it('erlangB agrees with the direct sum to 1e-13 relative for c ≤ 40', () => {
    for (let c = 1; c <= 40; c++) {
      for (const a of [0.01, 0.5, 1, c / 2, c - 0.5, c, 2 * c + 3]) {
        const expected = directErlangB(c, a);
        expect(Math.abs(erlangB(c, a) - expected) / expected).toBeLessThan(1e-13);
      }
    }
  });

  it('erlangB stays accurate where a^c/c! overflows (c = 10000)', () => {
    // Reference in log space; its own error is ~1e-10 relative (lnΓ(10001) ≈ 8.2e4 to 15 digits).
    for (const a of [9500, 10000, 10500]) {
      const expected = logSpaceErlangB(10000, a);
      expect(Math.abs(erlangB(10000, a) - expected) / expected).toBeLessThan(1e-8);
    }
  });

  it('erlangB rejects a non-integer or negative c and a bad load, naming the parameter', () => {
    expect(() => erlangB(2.5, 1)).toThrow(/erlangB: c must be an integer >= 0, got 2.5/);
    expect(() => erlangB(-1, 1)).toThrow(RangeError);
    expect(() => erlangB(3, Number.NaN)).toThrow(/erlangB: a must be a finite number >= 0, got NaN/);
    expect(() => erlangB(3, -1)).toThrow(RangeError);
  });
});
