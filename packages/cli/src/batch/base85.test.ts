import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase85, encodeBase85 } from './base85.js';

const bytes = (text: string) => new TextEncoder().encode(text);

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

  it('refuse characters outside the alphabet, groups beyond 32 bits and impossible lengths', () => {
    expect(() => decodeBase85('VP,!s')).toThrow(/holds ","/);
    expect(() => decodeBase85('~~~~~')).toThrow(/beyond 32 bits/);
    expect(() => decodeBase85('VPa!sW')).toThrow(/cannot be 6 characters/);
  });
});
