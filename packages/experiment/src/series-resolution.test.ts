import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces } from './batch/decimal-places.js';
import { roundSeries, SERIES_DECIMAL_PLACES } from './series-resolution.js';

describe('roundSeries', () => {
  it('rounds to hundredths of a vehicle, half up, without −0', () => {
    expect(roundSeries([116.3149, 116.315, 0.004, 0, 2 / 3])).toEqual([116.31, 116.32, 0, 0, 0.67]);
    expect(Object.is(roundSeries([-0.001])[0], 0)).toBe(true);
  });

  it('moves no value by more than half a hundredth, and gives values the log stores as integers (property)', () => {
    const vehicles = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(vehicles), (values) => {
        const rounded = roundSeries(values);
        const moved = Math.max(0, ...rounded.map((r, i) => Math.abs(r - values[i]!)));
        expect(moved).toBeLessThanOrEqual(0.005 + 1e-9);
        const places = decimalPlaces(rounded);
        expect(places).not.toBeNull();
        expect(places!).toBeLessThanOrEqual(SERIES_DECIMAL_PLACES);
      }),
    );
  });
});
