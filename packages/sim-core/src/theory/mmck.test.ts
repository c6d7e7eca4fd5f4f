import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang-b.js';
import { mmc } from './mmc.js';
import { mmck } from './mmck.js';

describe('mmck', () => {
  it('mmck gives the hand-computed M/M/1/5 queue at ρ = 1', () => {
    // ρ = 1: the K + 1 states are equally likely, p_n = 1/6, so pBlock = 1/6, L = 2.5,
    // Lq = Σ (n − 1)/6 over n = 2..5 = 10/6, throughput 5/6, W = L/throughput = 3, Wq = 2,
    // and an admitted arrival waits unless it finds the system empty: (4/6)/(5/6) = 0.8.
    const m = mmck(1, 1, 1, 5);
    expect(m.pBlock).toBeCloseTo(1 / 6, 15);
    expect(m.L).toBeCloseTo(2.5, 14);
    expect(m.Lq).toBeCloseTo(10 / 6, 14);
    expect(m.throughput).toBeCloseTo(5 / 6, 15);
    expect(m.W).toBeCloseTo(3, 14);
    expect(m.Wq).toBeCloseTo(2, 14);
    expect(m.pWait).toBeCloseTo(0.8, 14);
  });

  it('mmck matches the M/M/1/K closed forms (Gross et al., 4th ed., §2.4)', () => {
    // pK = (1 − ρ)ρ^K/(1 − ρ^(K+1)),  L = ρ/(1 − ρ) − (K + 1)ρ^(K+1)/(1 − ρ^(K+1)).
    for (const rho of [0.3, 0.9, 1.7]) {
      for (const K of [1, 4, 12]) {
        const m = mmck(rho, 1, 1, K);
        const pK = ((1 - rho) * rho ** K) / (1 - rho ** (K + 1));
        const L = rho / (1 - rho) - ((K + 1) * rho ** (K + 1)) / (1 - rho ** (K + 1));
        expect(m.pBlock).toBeCloseTo(pK, 13);
        expect(m.L).toBeCloseTo(L, 12);
      }
    }
  });

  it('mmck with K = c is the Erlang loss system', () => {
    for (const [c, a] of [
      [1, 0.5],
      [10, 8],
      [30, 45],
    ] as const) {
      const m = mmck(a, 1, c, c);
      expect(m.pBlock).toBeCloseTo(erlangB(c, a), 14);
      expect(m.Lq).toBe(0);
      expect(m.pWait).toBe(0);
      expect(m.W).toBeCloseTo(1, 13); // no waiting: the time in system is the service time
    }
  });

  it('mmck tends to mmc as K grows when ρ < 1', () => {
    const finite = mmck(4.5, 1, 5, 2000);
    const infinite = mmc(4.5, 1, 5);
    expect(finite.pBlock).toBeLessThan(1e-80);
    expect(finite.L).toBeCloseTo(infinite.L, 10);
    expect(finite.Wq).toBeCloseTo(infinite.Wq, 10);
    expect(finite.pWait).toBeCloseTo(infinite.pWait, 10);
  });

  it('mmck stays finite and exact in throughput when the load is huge (no overflow of a^K)', () => {
    // a = 1000 on 10 servers, K = 10^5: almost everything is blocked; the served rate must be the
    // full service capacity cμ = 10 and utilisation must not exceed 1 by rounding.
    const m = mmck(1000, 1, 10, 100_000);
    expect(Number.isFinite(m.L)).toBe(true);
    expect(m.pBlock).toBeCloseTo(0.99, 12);
    expect(m.throughput).toBeCloseTo(10, 10);
    expect(m.utilisation).toBeLessThanOrEqual(1);
  });

  it('mmck rejects K < c and λ = 0, naming the parameter', () => {
    expect(() => mmck(1, 1, 3, 2)).toThrow(/mmck: K must be >= c = 3, got 2/);
    expect(() => mmck(0, 1, 1, 2)).toThrow(/mmck: lambda must be a finite number > 0, got 0/);
    expect(() => mmck(1, 1, 0, 2)).toThrow(/mmck: c must be an integer >= 1, got 0/);
  });
});
