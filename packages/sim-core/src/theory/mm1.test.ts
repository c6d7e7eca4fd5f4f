import { describe, expect, it } from 'vitest';
import { mm1 } from './mm1.js';
import { mmc } from './mmc.js';

describe('mm1', () => {
  it('mm1 gives the hand-computed λ = 1, μ = 2 queue', () => {
    // ρ = 1/2: L = ρ/(1 − ρ) = 1, W = 1/(μ − λ) = 1, Wq = ρ/(μ − λ) = 1/2, Lq = ρ²/(1 − ρ) = 1/2.
    const m = mm1(1, 2);
    expect(m.rho).toBe(0.5);
    expect(m.pWait).toBe(0.5);
    expect(m.L).toBeCloseTo(1, 15);
    expect(m.W).toBeCloseTo(1, 15);
    expect(m.Wq).toBeCloseTo(0.5, 15);
    expect(m.Lq).toBeCloseTo(0.5, 15);
  });

  it('mm1 equals mmc with one server, a second derivation', () => {
    for (const [lambda, mu] of [
      [0.1, 1],
      [0.8, 1],
      [9.99, 10],
      [3, 7.5],
    ] as const) {
      const a = mm1(lambda, mu);
      const b = mmc(lambda, mu, 1);
      for (const key of ['rho', 'pWait', 'Lq', 'Wq', 'L', 'W'] as const) {
        expect(Math.abs(a[key] - b[key]) / b[key]).toBeLessThan(1e-12);
      }
    }
  });

  it('mm1 rejects λ ≥ μ', () => {
    expect(() => mm1(2, 2)).toThrow(/mm1: lambda must be < mu = 2 \(utilisation below 1\), got 2/);
    expect(() => mm1(1, 0)).toThrow(/mm1: mu must be a finite number > 0, got 0/);
  });
});
