import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase85, encodeBase85 } from './base85.js';

const bytes = (text: string) => new TextEncoder().encode(text);

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

/**
 * The codec as first written, a digit and a byte at a time with plain arithmetic: the reference
 * the faster one must match character for character and byte for byte.
 */
function referenceEncode(data: Uint8Array): string {
  let text = '';
  for (let i = 0; i < data.length; i += 4) {
    const n = Math.min(4, data.length - i);
    let word = 0;
    for (let j = 0; j < 4; j++) word = word * 256 + (j < n ? data[i + j]! : 0);
    const digits: string[] = [];
    for (let j = 0; j < 5; j++) {
      digits.unshift(ALPHABET[word % 85]!);
      word = Math.floor(word / 85);
    }
    text += digits.slice(0, n + 1).join('');
  }
  return text;
}

function referenceDecode(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 5) {
    const n = Math.min(5, text.length - i);
    let word = 0;
    for (let j = 0; j < 5; j++) word = word * 85 + (j < n ? ALPHABET.indexOf(text[i + j]!) : 84);
    for (let j = 0; j < n - 1; j++) out.push(Math.floor(word / 256 ** (3 - j)) % 256);
  }
  return out;
}

describe('encodeBase85 / decodeBase85', () => {
  it("write what Python's base64.b85encode writes", () => {
    // python3 -c "import base64; print(base64.b85encode(b'abcde').decode())" and so on.
    expect(encodeBase85(bytes(''))).toBe('');
    expect(encodeBase85(bytes('a'))).toBe('VE');
    expect(encodeBase85(bytes('ab'))).toBe('VPX');
    expect(encodeBase85(bytes('abc'))).toBe('VPaz');
    expect(encodeBase85(bytes('abcd'))).toBe('VPa!s');
    expect(encodeBase85(bytes('abcde'))).toBe('VPa!sWd');
    expect(encodeBase85(Uint8Array.from({ length: 12 }, (_, i) => i))).toBe('009C61O)~M2nh-c');
    expect(encodeBase85(new Uint8Array([255, 255, 255, 255]))).toBe('|NsC0');
  });

  it('round-trip any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        const text = encodeBase85(data);
        expect(text.length).toBe(Math.ceil((data.length * 5) / 4));
        expect(text).not.toMatch(/["\\]/);
        expect(decodeBase85(text)).toEqual(data);
      }),
    );
  });

  it('match the reference codec on any bytes, and on any text of whole groups within 32 bits (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
        expect(encodeBase85(data)).toBe(referenceEncode(data));
      }),
    );
    // Text of the alphabet: each group within 32 bits decodes as the reference decodes it.
    const digit = fc.integer({ min: 0, max: 84 }).map((d) => ALPHABET[d]!);
    fc.assert(
      fc.property(fc.array(digit, { maxLength: 23 }), (chars) => {
        const text = chars.join('');
        fc.pre(text.length % 5 !== 1);
        let valid = true;
        try {
          const decoded = decodeBase85(text);
          expect(Array.from(decoded)).toEqual(referenceDecode(text));
        } catch (error) {
          valid = false;
          expect((error as Error).message).toMatch(/beyond 32 bits/);
        }
        // The reference has no check: a group is refused exactly when its value passes 2^32 − 1.
        const groups = text.match(/.{1,5}/g) ?? [];
        const tooLarge = groups.some(
          (g) => [...g.padEnd(5, '~')].reduce((w, c) => w * 85 + ALPHABET.indexOf(c), 0) > 0xffffffff,
        );
        expect(valid).toBe(!tooLarge);
      }),
    );
  });

  it('refuse characters outside the alphabet, groups beyond 32 bits and impossible lengths', () => {
    expect(() => decodeBase85('VP,!s')).toThrow(/holds ","/);
    expect(() => decodeBase85('~~~~~')).toThrow(/beyond 32 bits/);
    expect(() => decodeBase85('VPa!sW')).toThrow(/cannot be 6 characters/);
  });
});
