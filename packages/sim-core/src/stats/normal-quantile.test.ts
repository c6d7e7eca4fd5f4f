import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normal-quantile.js';

describe('normalQuantile', () => {
  it('normalQuantile matches reference values within the algorithm’s 1.15e-9 relative error', () => {
    const reference: [number, number][] = [
      [0.5, 0],
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489],
      [0.001, -3.090232306167813],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of reference) {
      expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1.2e-9 * Math.abs(z));
    }
  });

  it('normalQuantile is antisymmetric and infinite at 0 and 1', () => {
    for (const p of [1e-8, 0.01, 0.3]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 7);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('normalQuantile rejects p outside [0, 1]', () => {
    expect(() => normalQuantile(-0.1)).toThrow(/p must be in \[0, 1\], got -0.1/);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
