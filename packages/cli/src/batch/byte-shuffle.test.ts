import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffleBytes, unshuffleBytes } from './byte-shuffle.js';

describe('shuffleBytes(bytes, width)', () => {
  it('puts byte j of every value together, in value order', () => {
    const bytes = Uint8Array.of(1, 2, 3, 11, 12, 13);
    expect([...shuffleBytes(bytes, 3)]).toEqual([1, 11, 2, 12, 3, 13]);
  });

  it('is undone by unshuffleBytes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.nat({ max: 40 }), (width, count) => {
        const bytes = Uint8Array.from({ length: width * count }, (_, i) => (i * 37 + width) & 255);
        expect(unshuffleBytes(shuffleBytes(bytes, width), width)).toEqual(bytes);
      }),
    );
  });

  it('refuses a length that is not a whole number of values', () => {
    expect(() => shuffleBytes(new Uint8Array(7), 8)).toThrow(
      /7 bytes are not a whole number of 8-byte values/,
    );
  });
});
