import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRice, encodeRice, RICE_BLOCK } from './rice-code.js';

const roundTrip = (values: number[]) => {
  const code = encodeRice(values);
  const back = new Array<number>(values.length);
  expect(decodeRice(code, 0, values.length, back)).toBe(code.length);
  return back;
};

/**
 * The code read as the format describes it, one bit at a time, with none of the decoder's
 * windows: an independent reading that the encoder's bytes must satisfy and the decoder match.
 */
function referenceDecode(code: Uint8Array, count: number): number[] {
  let at = 0;
  const bit = () => {
    const b = (code[at >> 3]! >> (7 - (at & 7))) & 1;
    at++;
    return b;
  };
  const bits = (width: number) => {
    let x = 0;
    for (let j = 0; j < width; j++) x = x * 2 + bit();
    return x;
  };
  const values: number[] = [];
  let r = 0;
  for (let i = 0; i < count; i++) {
    if (i % RICE_BLOCK === 0) r = bits(6);
    let q = 0;
    while (bit() === 1) q++;
    const z = q * 2 ** r + bits(r);
    values.push(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
  }
  expect(Math.ceil(at / 8)).toBe(code.length);
  expect(code.length * 8 - at).toBeLessThan(8); // nothing after the code but the padding
  return values;
}

describe('encodeRice / decodeRice', () => {
  it('round-trip any safe integers of magnitude up to 2^52, across block boundaries (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: -300, max: 300 }),
      fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3 * RICE_BLOCK + 5 }), (values) => {
        expect(roundTrip(values)).toEqual(values);
      }),
    );
  });

  it('write what a bit-at-a-time reading of the format reads back (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: -40, max: 40 }),
      fc.integer({ min: -(2 ** 30), max: 2 ** 30 }),
      fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 2 * RICE_BLOCK + 7 }), (values) => {
        expect(referenceDecode(encodeRice(values), values.length)).toEqual(values);
      }),
    );
  });

  it('write the code by hand for a small block: r = 1, then quotient in unary and one low bit', () => {
    // Zigzag of [1, -1, 2] is [2, 1, 4]; r = 1 codes them in 3 + 2 + 4 bits (r = 0 and r = 2 in 10).
    // r 000001 | 2: 10 0 | 1: 0 1 | 4: 110 0 | padding 0 -> 00000110 00111000
    expect([...encodeRice([1, -1, 2])]).toEqual([0b00000110, 0b00111000]);
  });

  it('spend a bit a value on a block of zeros and a parameter per block', () => {
    expect(encodeRice(new Array(RICE_BLOCK * 2).fill(0)).length).toBe(
      Math.ceil((2 * 6 + 2 * RICE_BLOCK) / 8),
    );
  });

  it('read at an offset and stop at the code’s last byte', () => {
    const code = encodeRice([5, -7, 0]);
    const bytes = new Uint8Array([9, ...code, 42]);
    const back = new Array<number>(3);
    expect(decodeRice(bytes, 1, 3, back)).toBe(1 + code.length);
    expect(back).toEqual([5, -7, 0]);
  });

  it('refuse values out of range and codes cut short', () => {
    expect(() => encodeRice([2 ** 53])).toThrow(RangeError);
    expect(() => encodeRice([0.5])).toThrow(RangeError);
    const code = encodeRice([1000, 2000, 3000]);
    expect(() => decodeRice(code.subarray(0, 2), 0, 3, [])).toThrow(/end in the middle/);
  });
});
