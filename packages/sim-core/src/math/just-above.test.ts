import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { justAbove } from './just-above.js';

describe('justAbove', () => {
  it('justAbove(t) is above t by at most two steps of the doubles, for every finite t', () => {
    const next = (x: number) => {
      const buffer = new DataView(new ArrayBuffer(8));
      buffer.setFloat64(0, x);
      const bits = buffer.getBigInt64(0);
      // One step up: the next bit pattern for x > 0, the previous one for x < 0 (and −0/0 → 5e-324).
      buffer.setBigInt64(0, x > 0 ? bits + 1n : x < 0 ? bits - 1n : 1n);
      return buffer.getFloat64(0);
    };
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, max: 1e307, min: -1e307 }), (t) => {
        const above = justAbove(t);
        expect(above).toBeGreaterThan(t);
        expect(above).toBeLessThanOrEqual(next(next(t)));
      }),
    );
    expect(justAbove(0)).toBe(Number.MIN_VALUE);
    expect(justAbove(1)).toBe(1 + Number.EPSILON);
  });
});
