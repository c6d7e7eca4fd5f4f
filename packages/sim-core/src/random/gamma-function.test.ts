import { describe, expect, it } from 'vitest';
import { gammaFunction } from './gamma-function.js';

// Reference values: mpmath.gamma at 40 digits.
const REFERENCE: [number, number][] = [
  [0.1, 9.51350769866873],
  [0.5, Math.sqrt(Math.PI)],
  [1, 1],
  [1.5, Math.sqrt(Math.PI) / 2],
  [2.5, 1.329340388179137],
  [5, 24],
  [10.3, 716430.6890623764],
];

describe('gammaFunction', () => {
  it.each(REFERENCE)('gammaFunction(%d) matches mpmath to 2e-15 relative', (x, expected) => {
    expect(Math.abs(gammaFunction(x) - expected) / expected).toBeLessThan(2e-15);
  });

  it('gammaFunction satisfies Γ(x + 1) = x·Γ(x)', () => {
    for (const x of [0.2, 0.7, 1.3, 3.9, 12.5]) {
      expect(Math.abs(gammaFunction(x + 1) - x * gammaFunction(x)) / gammaFunction(x + 1)).toBeLessThan(
        4e-15,
      );
    }
  });

  it('gammaFunction stays finite up to 171 and overflows to Infinity beyond', () => {
    expect(Math.abs(gammaFunction(171.5) - 9.4833675668248e307) / 9.4833675668248e307).toBeLessThan(1e-12);
    expect(gammaFunction(172)).toBe(Number.POSITIVE_INFINITY);
  });
});
