import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead.js';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const rosenbrock = ([x, y]: readonly number[]) => 100 * (y! - x! ** 2) ** 2 + (1 - x!) ** 2;
    const r = nelderMead(rosenbrock, [-1.2, 1], {
      lower: [-5, -5],
      upper: [5, 5],
      step: [0.5, 0.5],
      maxEvaluations: 2000,
      xTolerance: 1e-7,
      fTolerance: 1e-14,
    });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
    expect(r.value).toBeLessThan(1e-8);
  });

  it('finds a 3-dimensional quadratic minimum, and one on a bound', () => {
    const f = ([a, b, c]: readonly number[]) => (a! - 2) ** 2 + 3 * (b! + 1) ** 2 + 0.5 * (c! - 9) ** 2;
    const r = nelderMead(f, [0, 0, 0], {
      lower: [-10, -10, -10],
      upper: [10, 10, 5],
      step: [1, 1, 1],
      maxEvaluations: 1000,
      xTolerance: 1e-6,
      fTolerance: 1e-14,
    });
    // c is held at its bound 5, where the constrained minimum lies.
    expect(r.x[0]).toBeCloseTo(2, 3);
    expect(r.x[1]).toBeCloseTo(-1, 3);
    expect(r.x[2]).toBeCloseTo(5, 3);
  });

  it('stays at the start on a flat zero region and never exceeds its evaluations', () => {
    const flat = ([x]: readonly number[]) => (x! < 3 ? (3 - x!) ** 2 : 0);
    const r = nelderMead(flat, [4, 0], { lower: [0, 0], upper: [10, 1], step: [1, 0.1] });
    expect(r.x).toEqual([4, 0]);
    expect(r.value).toBe(0);
    let calls = 0;
    nelderMead(
      ([x]) => {
        calls++;
        return Math.abs(x! - 0.3);
      },
      [5],
      { lower: [0], upper: [10], step: [1], maxEvaluations: 7 },
    );
    expect(calls).toBeLessThanOrEqual(7);
  });
});
