import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces, fromScaledIntegers, scaledIntegers } from './decimal-places.js';

describe('decimalPlaces', () => {
  it('finds the fewest places at which every value is k / 10^d', () => {
    expect(decimalPlaces([])).toBe(0);
    expect(decimalPlaces([3, 0, 12])).toBe(0);
    expect(decimalPlaces([1.5, 2])).toBe(1);
    expect(decimalPlaces([0.01, 116.37, 2])).toBe(2);
  });

  it('refuses what would not read back to the same bits', () => {
    expect(decimalPlaces([1 / 3])).toBeNull();
    expect(decimalPlaces([0.1 + 0.2])).toBeNull(); // 0.30000000000000004, not 3 / 10
    expect(decimalPlaces([1, Number.NaN])).toBeNull();
    expect(decimalPlaces([Number.POSITIVE_INFINITY])).toBeNull();
    expect(decimalPlaces([-0])).toBeNull();
    expect(decimalPlaces([2 ** 60])).toBeNull();
  });

  it('accepts every Math.round(x · 10^d) / 10^d and turns it into integers and back, bit for bit (property)', () => {
    const x = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(fc.array(x, { minLength: 1 }), fc.integer({ min: 0, max: 6 }), (xs, d) => {
        const values = xs.map((v) => Math.round(v * 10 ** d) / 10 ** d + 0);
        const places = decimalPlaces(values);
        expect(places).not.toBeNull();
        expect(places!).toBeLessThanOrEqual(d);
        const back = fromScaledIntegers(scaledIntegers(values, places!), places!);
        expect(back.every((v, i) => Object.is(v, values[i]))).toBe(true);
      }),
    );
  });
});
