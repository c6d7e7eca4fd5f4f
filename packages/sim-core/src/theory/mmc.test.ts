import { describe, expect, it } from 'vitest';
import { mmc } from './mmc.js';

describe('mmc', () => {
  it('mmc gives the hand-computed M/M/2 queue at ρ = 1/2', () => {
    // λ = 2, μ = 2, c = 2: p0 = (1 − ρ)/(1 + ρ) = 1/3, Lq = 2ρ³/(1 − ρ²) = 1/3,
    // L = 2ρ/(1 − ρ²) = 4/3, W = L/λ = 2/3, Wq = Lq/λ = 1/6, P(wait) = 2ρ²/(1 + ρ) = 1/3.
    const m = mmc(2, 2, 2);
    expect(m.rho).toBe(0.5);
    expect(m.pWait).toBeCloseTo(1 / 3, 15);
    expect(m.Lq).toBeCloseTo(1 / 3, 15);
    expect(m.L).toBeCloseTo(4 / 3, 15);
    expect(m.W).toBeCloseTo(2 / 3, 15);
    expect(m.Wq).toBeCloseTo(1 / 6, 15);
  });

  it('mmc(9, 1, 10): Wq = 0.6687 and Lq = 6.0186 (the M/M/10 example)', () => {
    const m = mmc(9, 1, 10);
    expect(m.Wq).toBeCloseTo(0.668731524, 9);
    expect(m.Lq).toBeCloseTo(6.018583717, 9);
    expect(m.L).toBeCloseTo(15.018583717, 9);
  });

  it("mmc satisfies Little's law L = λW and Lq = λWq", () => {
    for (const [lambda, mu, c] of [
      [0.5, 1, 1],
      [4.5, 1, 5],
      [95, 1, 100],
      [3, 0.25, 13],
    ] as const) {
      const m = mmc(lambda, mu, c);
      expect(m.L).toBeCloseTo(lambda * m.W, 10);
      expect(m.Lq).toBeCloseTo(lambda * m.Wq, 10);
      expect(m.L - m.Lq).toBeCloseTo(lambda / mu, 10);
    }
  });

  it('mmc with no arrivals has no waiting', () => {
    const m = mmc(0, 1, 3);
    expect(m.Wq).toBe(0);
    expect(m.Lq).toBe(0);
    expect(m.W).toBe(1);
  });

  it('mmc rejects λ ≥ cμ and a bad server count', () => {
    expect(() => mmc(10, 1, 10)).toThrow(/mmc: lambda must be < c·mu = 10 \(utilisation below 1\), got 10/);
    expect(() => mmc(1, 1, 1.5)).toThrow(/mmc: c must be an integer >= 1, got 1.5/);
    expect(() => mmc(-1, 1, 1)).toThrow(RangeError);
  });
});
