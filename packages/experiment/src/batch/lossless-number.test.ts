import { describe, expect, it } from 'vitest';
import { decodeNumber, encodeNumber, formatNumber, stringifyLossless } from './lossless-number.js';

const SPECIAL = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0];
const ORDINARY = [
  0,
  1,
  -1.5,
  0.1 + 0.2,
  1 / 3,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  123456789.12345679,
  -2e-308,
];

describe('lossless numbers', () => {
  it('encodeNumber round-trips every double through JSON, including NaN, ±Infinity and −0', () => {
    for (const x of [...SPECIAL, ...ORDINARY]) {
      const back = decodeNumber(JSON.parse(JSON.stringify(encodeNumber(x))), 'x');
      expect(Object.is(back, x), String(x)).toBe(true);
    }
  });

  it('encodeNumber keeps finite numbers as JSON numbers', () => {
    for (const x of ORDINARY) expect(encodeNumber(x)).toBe(x);
    expect(SPECIAL.map(encodeNumber)).toEqual(['NaN', 'Infinity', '-Infinity', '-0']);
  });

  it('formatNumber text reads back exactly with Number()', () => {
    for (const x of [...SPECIAL, ...ORDINARY])
      expect(Object.is(Number(formatNumber(x)), x), String(x)).toBe(true);
    expect(formatNumber(0.1)).toBe('0.1');
  });

  it('decodeNumber rejects other strings, naming the field', () => {
    expect(() => decodeNumber('nan', 'metrics.wait')).toThrow(
      'metrics.wait must be a number or one of "NaN", "Infinity", "-Infinity", "-0", got "nan"',
    );
    expect(() => decodeNumber(null, 'x')).toThrow(/got null/);
  });

  it('stringifyLossless encodes every number in a nested value', () => {
    expect(stringifyLossless({ a: [1, Number.NaN], b: { c: Number.NEGATIVE_INFINITY } })).toBe(
      '{"a":[1,"NaN"],"b":{"c":"-Infinity"}}',
    );
  });
});
