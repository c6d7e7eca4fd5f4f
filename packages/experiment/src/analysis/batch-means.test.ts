import { mm1, Normal, RandomStream } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { batchMeans } from './batch-means.js';
import { lag1Autocorrelation } from './lag1-autocorrelation.js';
import { mm1Waits } from './test-mm1-waits.js';

const normal = new Normal(0, 1);

/** A stationary AR(1) series X_t = μ + φ(X_{t−1} − μ) + ε_t, ε ~ N(0, 1), started from its stationary law. */
function ar1(seed: string, n: number, phi: number, mu = 0): Float64Array {
  const rng = new RandomStream(seed);
  const x = new Float64Array(n);
  let y = normal.sample(rng) / Math.sqrt(1 - phi * phi);
  for (let i = 0; i < n; i++) {
    x[i] = mu + y;
    y = phi * y + normal.sample(rng);
  }
  return x;
}

/** The lag-1 autocorrelation of adjacent means of m observations of AR(1), from γ_k = γ₀φ^|k| summed directly. */
function batchMeanLag1(phi: number, m: number): number {
  let variance = 0;
  for (let s = 0; s < m; s++) for (let t = 0; t < m; t++) variance += phi ** Math.abs(t - s);
  let covariance = 0;
  for (let s = 0; s < m; s++) for (let t = m; t < 2 * m; t++) covariance += phi ** (t - s);
  return covariance / variance;
}

/**
 * Coverage counts are Binomial(runs, 0.95) at the nominal rate; the tests accept 3 standard
 * deviations either side (a false failure about once in 370 runs of the suite).
 */
function binomialBand(runs: number, p = 0.95): [number, number] {
  const sd = Math.sqrt((p * (1 - p)) / runs);
  return [p - 3 * sd, p + 3 * sd];
}

describe('batchMeans(values, batches)', () => {
  it('computes the batch means, the t-interval and r₁ as Law & Kelton define them', () => {
    const r = batchMeans([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 5);
    expect(r.batchSize).toBe(2);
    expect(r.dropped).toBe(1);
    expect(r.means).toEqual([1.5, 3.5, 5.5, 7.5, 9.5]);
    expect(r.mean).toBe(5.5);
    expect(r.sd).toBeCloseTo(Math.sqrt(10), 12);
    // t_{0.975, 4} = 2.776445
    expect(r.halfWidth).toBeCloseTo((2.776445 * Math.sqrt(10)) / Math.sqrt(5), 5);
    // r₁ of 5 equally spaced means: deviations −2, −1, 0, 1, 2 (× 2), so (2 + 0 + 0 + 2)/10 = 0.4.
    expect(r.lag1).toBeCloseTo(0.4, 12);
  });

  it('covers the mean of AR(1) (φ = 0.5) at the nominal 95% over 1000 seeds', () => {
    const runs = 1000;
    let covered = 0;
    for (let s = 0; s < runs; s++) {
      const r = batchMeans(ar1(`ar-${s}`, 10_000, 0.5, 3), 20);
      if (r.lower <= 3 && 3 <= r.upper) covered++;
    }
    const [low, high] = binomialBand(runs);
    expect(covered / runs).toBeGreaterThanOrEqual(low);
    expect(covered / runs).toBeLessThanOrEqual(high);
  });

  it('covers the M/M/1 mean wait Wq (ρ = 0.5) from one long run at the nominal 95% over 400 seeds', () => {
    const wq = mm1(0.5, 1).Wq;
    const runs = 400;
    let covered = 0;
    for (let s = 0; s < runs; s++) {
      const r = batchMeans(mm1Waits(`bm-${s}`, 100_000, 0.5, 1, 'stationary'), 20);
      if (r.lower <= wq && wq <= r.upper) covered++;
    }
    const [low, high] = binomialBand(runs);
    expect(covered / runs).toBeGreaterThanOrEqual(low);
    expect(covered / runs).toBeLessThanOrEqual(high);
  });

  it('r₁ of batch means matches the AR(1) theory, and short batches are flagged as correlated', () => {
    // φ = 0.9, batches of 5: theory ρ₁ ≈ 0.56. The sample r₁ over b batches is biased low by
    // about (1 + 3ρ₁)/b (Marriott & Pope 1954), here 0.013 with b = 200; its sd over 200 series is
    // about 0.004, so 0.03 is a bound the estimator meets and a wrong r₁ does not.
    const theory = batchMeanLag1(0.9, 5);
    let sum = 0;
    let flagged = 0;
    for (let s = 0; s < 200; s++) {
      const r = batchMeans(ar1(`lag-${s}`, 1000, 0.9), 200);
      sum += r.lag1;
      if (r.correlated) flagged++;
    }
    expect(Math.abs(sum / 200 - theory)).toBeLessThan(0.03);
    expect(flagged).toBe(200);
    // Batches of 500 of the same process are nearly independent (theory ρ₁ = 0.018): flagged
    // about as often as the 5% test's false-alarm rate.
    expect(batchMeanLag1(0.9, 500)).toBeLessThan(0.02);
    let falseAlarms = 0;
    for (let s = 0; s < 400; s++) if (batchMeans(ar1(`long-${s}`, 10_000, 0.9), 20).correlated) falseAlarms++;
    expect(falseAlarms / 400).toBeLessThan(0.05 + 3 * Math.sqrt((0.05 * 0.95) / 400));
  });

  it('lag1Autocorrelation of a long AR(1) series estimates φ', () => {
    // sd of r₁ ≈ √((1 − φ²)/n): at most 0.007 for n = 20,000; 4 sd is 0.028 at most.
    for (const phi of [0, 0.3, 0.6, 0.9]) {
      const r1 = lag1Autocorrelation(ar1(`phi-${phi}`, 20_000, phi));
      expect(Math.abs(r1 - phi)).toBeLessThan(4 * Math.sqrt((1 - phi * phi) / 20_000) + 1e-3);
    }
  });

  it('refuses fewer than 2 batches, fewer observations than batches and non-finite values', () => {
    expect(() => batchMeans([1, 2, 3], 1)).toThrow(/batches must be a whole number >= 2, got 1/);
    expect(() => batchMeans([1, 2, 3], 4)).toThrow(/3 observations cannot make 4 batches/);
    expect(() => batchMeans([1, Number.NaN, 3, 4], 2)).toThrow(/values\[1\] is NaN/);
  });
});
