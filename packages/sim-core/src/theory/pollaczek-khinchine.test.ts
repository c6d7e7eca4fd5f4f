import { describe, expect, it } from 'vitest';
import { mm1 } from './mm1.js';
import { pollaczekKhinchine } from './pollaczek-khinchine.js';

describe('pollaczekKhinchine', () => {
  it('pollaczekKhinchine with exponential service is M/M/1', () => {
    for (const [lambda, mean] of [
      [0.5, 1],
      [0.9, 1],
      [2, 0.3],
    ] as const) {
      const pk = pollaczekKhinchine(lambda, mean, mean * mean);
      const mm = mm1(lambda, 1 / mean);
      for (const key of ['rho', 'Wq', 'Lq', 'W', 'L'] as const) {
        expect(Math.abs(pk[key] - mm[key]) / mm[key]).toBeLessThan(1e-12);
      }
    }
  });

  it('pollaczekKhinchine gives the hand-computed M/D/1 queue, half the M/M/1 wait', () => {
    // λ = 0.5, S ≡ 1: Wq = λE[S²]/(2(1 − ρ)) = 0.5/(2·0.5) = 0.5, W = 1.5, Lq = 0.25, L = 0.75.
    const m = pollaczekKhinchine(0.5, 1, 0);
    expect(m.rho).toBe(0.5);
    expect(m.Wq).toBe(0.5);
    expect(m.W).toBe(1.5);
    expect(m.Lq).toBe(0.25);
    expect(m.L).toBe(0.75);
    expect(m.Wq).toBeCloseTo(mm1(0.5, 1).Wq / 2, 15);
  });

  it('pollaczekKhinchine grows linearly in the service variance', () => {
    // Wq = λ(Var + m²)/(2(1 − ρ)): each unit of variance adds λ/(2(1 − ρ)) = 1 at λ = 0.5, m = 1.
    const base = pollaczekKhinchine(0.5, 1, 0).Wq;
    expect(pollaczekKhinchine(0.5, 1, 3).Wq - base).toBeCloseTo(1.5, 14);
  });

  it('pollaczekKhinchine rejects ρ ≥ 1 and a negative variance', () => {
    expect(() => pollaczekKhinchine(1, 1, 0)).toThrow(
      /pollaczekKhinchine: lambda must be < 1\/meanService = 1/,
    );
    expect(() => pollaczekKhinchine(0.5, 1, -1)).toThrow(
      /pollaczekKhinchine: varianceService must be a finite number >= 0, got -1/,
    );
  });
});
