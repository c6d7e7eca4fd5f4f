import { describe, expect, it } from 'vitest';
import { standardNormalCdf, standardNormalPdf, standardNormalQuantile } from './standard-normal.js';

/** Relative error, with an absolute floor so that exact zeros compare cleanly. */
function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

// Reference values: mpmath.ncdf and a root of mpmath.ncdf(x) = p, both at 50 significant digits,
// rounded to double.
const CDF_REFERENCE: [number, number][] = [
  [-38, 2.88542835e-316],
  [-30, 4.906713927148187e-198],
  [-10, 7.619853024160525e-24],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-1.5, 0.06680720126885807],
  [-0.6744, 0.2500285213729406],
  [-0.1, 0.460172162722971],
  [0, 0.5],
  [0.3, 0.6179114221889527],
  [1, 0.8413447460685429],
  [2.5, 0.9937903346742238],
  [5.6, 0.9999999892824097],
  [8, 0.9999999999999993],
];

const QUANTILE_REFERENCE: [number, number][] = [
  [1e-300, -37.0470962993612],
  [1e-20, -9.262340089798407],
  [1e-10, -6.361340902404057],
  [2 ** -33, -6.3379577545537895],
  [0.001, -3.0902323061678136],
  [0.02425, -1.972961051311885],
  [0.1, -1.2815515655446004],
  [0.3, -0.5244005127080408],
  [0.5, 0],
  [0.6, 0.2533471031357997],
  [0.9, 1.2815515655446006],
  [0.975, 1.9599639845400538],
  [0.999999, 4.753424308817087],
  [1 - 2 ** -33, 6.3379577545537895],
];

describe('standard normal functions', () => {
  it.each(CDF_REFERENCE)('standardNormalCdf(%d) matches mpmath to 1e-15 relative', (x, expected) => {
    expect(relativeError(standardNormalCdf(x), expected)).toBeLessThan(1e-15);
  });

  it.each(QUANTILE_REFERENCE)(
    'standardNormalQuantile(%d) matches mpmath to 1e-15 relative',
    (p, expected) => {
      expect(Math.abs(standardNormalQuantile(p) - expected)).toBeLessThanOrEqual(
        1e-15 * Math.max(1, Math.abs(expected)),
      );
    },
  );

  it('standardNormalQuantile inverts standardNormalCdf across the lower tail and centre', () => {
    for (let x = -35; x <= 0.5; x += 0.37) {
      expect(Math.abs(standardNormalQuantile(standardNormalCdf(x)) - x)).toBeLessThan(
        1e-13 * Math.max(1, Math.abs(x)),
      );
    }
  });

  it('standardNormalQuantile returns ±Infinity at 0 and 1 and NaN outside [0, 1]', () => {
    expect(standardNormalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(standardNormalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(standardNormalQuantile(-0.1)).toBeNaN();
    expect(standardNormalQuantile(1.5)).toBeNaN();
    expect(standardNormalQuantile(Number.NaN)).toBeNaN();
  });

  it('standardNormalCdf is 0 and 1 at the infinities and NaN for NaN', () => {
    expect(standardNormalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(standardNormalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(standardNormalCdf(Number.NaN)).toBeNaN();
  });

  it('standardNormalPdf is 1/√(2π) at 0 and symmetric', () => {
    expect(standardNormalPdf(0)).toBe(1 / Math.sqrt(2 * Math.PI));
    expect(standardNormalPdf(1.7)).toBe(standardNormalPdf(-1.7));
  });
});
