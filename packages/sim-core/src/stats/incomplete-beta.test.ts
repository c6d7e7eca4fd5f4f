import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from './incomplete-beta.js';

describe('regularizedIncompleteBeta', () => {
  it('regularizedIncompleteBeta matches closed forms for a or b equal to 1', () => {
    for (const x of [0, 0.1, 0.5, 0.93, 1]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularizedIncompleteBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 14);
      expect(regularizedIncompleteBeta(x, 1, 2.5)).toBeCloseTo(1 - (1 - x) ** 2.5, 14);
    }
  });

  it('regularizedIncompleteBeta equals binomial tail probabilities for integer parameters', () => {
    // I_p(k, n − k + 1) = P(Binomial(n, p) >= k).
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (n, p) => {
          let pmf = (1 - p) ** n;
          const tail: number[] = [];
          let cdf = 0;
          for (let k = 0; k <= n; k++) {
            tail.push(1 - cdf);
            cdf += pmf;
            pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
          }
          for (let k = 1; k <= n; k++) {
            // The reference sums up to 41 terms: 1e-12 absolute covers its rounding.
            expect(Math.abs(regularizedIncompleteBeta(p, k, n - k + 1) - tail[k]!)).toBeLessThan(1e-12);
          }
        },
      ),
      { seed: 13, numRuns: 100 },
    );
  });

  it('regularizedIncompleteBeta is symmetric: I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(regularizedIncompleteBeta(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 14);
    expect(regularizedIncompleteBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 14);
    fc.assert(
      fc.property(
        // x on a dyadic grid so that 1 − x is exact and the identity can hold to rounding.
        fc.integer({ min: 0, max: 2 ** 20 }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        (k, a, b) => {
          const x = k / 2 ** 20;
          const sum = regularizedIncompleteBeta(x, a, b) + regularizedIncompleteBeta(1 - x, b, a);
          // The prefactor is exp of log-gamma terms up to ~1.5e4 in size at a, b <= 500, so
          // each side carries ~ε·1.5e4 ≈ 3e-12 of rounding.
          expect(Math.abs(sum - 1)).toBeLessThan(1e-11);
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });

  it('regularizedIncompleteBeta rejects parameters outside its domain', () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/x must be in \[0, 1\], got 1.5/);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(/a and b must be finite numbers > 0/);
  });
});
