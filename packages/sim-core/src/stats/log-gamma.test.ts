import { describe, expect, it } from 'vitest';
import { logGamma } from './log-gamma.js';

describe('logGamma', () => {
  it('logGamma matches factorials and Γ(1/2) = √π to ~1e-14', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 13);
    // ln 99! = 359.13420536957540 (reference value); relative 1e-15.
    expect(Math.abs(logGamma(100) - 359.1342053695754)).toBeLessThan(1e-12);
  });

  it('logGamma uses the reflection formula accurately below 1/2', () => {
    // Γ(x+1) = x·Γ(x) links the reflected branch (x < 1/2) to the direct one.
    for (const x of [1e-6, 0.01, 0.2, 0.49]) {
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 12);
    }
  });

  it('logGamma rejects x <= 0 with a RangeError', () => {
    expect(() => logGamma(0)).toThrow(/x must be a finite number > 0, got 0/);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
  });
});
