import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedDecimal } from './grouped-decimal.js';

// The reference is the thing it stands in for: Intl's en-US number format, through toLocaleString.
const intl = (x: number, digits: number) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

describe('groupedDecimal', () => {
  it('writes what toLocaleString("en-US") writes, for any double without an exponent', () => {
    const plain = fc
      .double({ min: -1e21, max: 1e21, noNaN: true, noDefaultInfinity: true })
      .filter((x) => Math.abs(x) < 1e21 && (x === 0 || Math.abs(x) >= 1e-6));
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 8 }), (x, digits) => {
        expect(groupedDecimal(x, digits)).toBe(intl(x, digits));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes what toLocaleString("en-US") writes, for the summary table’s four significant digits', () => {
    // fmt's values: 1e-3 <= |x| < 1e7, rounded to four significant digits, then to four fraction digits.
    const summary = fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: -6, max: 3 }), fc.boolean())
      .map(([digits, exponent, negative]) => (negative ? -1 : 1) * Number(`${digits}e${exponent}`));
    fc.assert(
      fc.property(summary, (x) => {
        expect(groupedDecimal(x, 4)).toBe(intl(x, 4));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds half away from zero on the shortest decimal, carries, and keeps the sign of a negative zero', () => {
    const cases: [number, string][] = [
      [0.00125, '0.0013'],
      [-0.00005, '-0.0001'],
      [0.099995, '0.1'],
      [999.99995, '1,000'],
      [1234567.5, '1,234,567.5'],
      [-0.00001, '-0'],
      [-0, '-0'],
      [0, '0'],
    ];
    for (const [x, text] of cases) {
      expect(groupedDecimal(x, 4)).toBe(text);
      expect(intl(x, 4)).toBe(text);
    }
  });
});
