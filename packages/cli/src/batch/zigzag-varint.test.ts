import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ZIGZAG_MAGNITUDE, readZigzagVarints, writeZigzagVarints } from './zigzag-varint.js';

const bytesOf = (values: number[]) => {
  const out: number[] = [];
  writeZigzagVarints(values, out);
  return out;
};

describe('zigzag varints', () => {
  it('write 0, −1, 1, −64, 64 and 300 as Protocol Buffers sint64 does', () => {
    expect(bytesOf([0, -1, 1, -64, 64])).toEqual([0, 1, 2, 127, 128, 1]);
    expect(bytesOf([300])).toEqual([0xd8, 0x04]);
  });

  it('round-trip any integer within ±2^52, beyond 32 bits included (property)', () => {
    const integer = fc.integer({ min: -(2 ** 31), max: 2 ** 31 });
    const big = fc.constantFrom(MAX_ZIGZAG_MAGNITUDE, -MAX_ZIGZAG_MAGNITUDE, 2 ** 40 + 1, -(2 ** 45) - 3);
    fc.assert(
      fc.property(fc.array(fc.oneof(integer, big)), (values) => {
        const bytes = Uint8Array.from(bytesOf(values));
        const back: number[] = [];
        expect(readZigzagVarints(bytes, 0, values.length, back)).toBe(bytes.length);
        expect(back).toEqual(values.map((v) => v + 0));
      }),
    );
  });

  it('refuse what they cannot hold exactly, and bytes that end in the middle of a value', () => {
    expect(() => bytesOf([0.5])).toThrow(RangeError);
    expect(() => bytesOf([2 ** 53])).toThrow(/magnitude <= 2\^52/);
    expect(() => readZigzagVarints(Uint8Array.from([0x80]), 0, 1, [])).toThrow(/end in the middle/);
    expect(() => readZigzagVarints(new Uint8Array(10).fill(0xff), 0, 1, [])).toThrow(/longer than 8 bytes/);
  });
});
