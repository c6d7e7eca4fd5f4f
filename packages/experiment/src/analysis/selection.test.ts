import { RandomStream, standardNormalQuantile } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { selectBest } from './selection.js';

/**
 * Five variants in the slippage configuration, the least favourable for an indifference-zone
 * procedure: the best (variant 2, smallest mean) beats the four others by exactly δ = 1. Outputs
 * are normal on common random numbers (a shared term of sd 1, each variant's own of sd 2).
 */
function draw(stream: RandomStream, n: number): number[][] {
  const normal = () => standardNormalQuantile(stream.random());
  const common = Array.from({ length: n }, () => normal());
  return [11, 11, 10, 11, 11].map((mu) => common.map((z) => mu + z + 2 * normal()));
}

describe('selectBest', () => {
  const R = 2000;
  const pStar = 0.9;
  // A frequency whose true value is ≥ P* falls below P* − 3·√(P*(1−P*)/R) with chance 0.13 %.
  const floor = pStar - 3 * Math.sqrt((pStar * (1 - pStar)) / R);

  it('selects the truly best with frequency ≥ P* once the replications meet δ', () => {
    const stream = new RandomStream('selection');
    let correct = 0;
    let wrongDeclared = 0;
    let inSubset = 0;
    for (let r = 0; r < R; r++) {
      const s = selectBest('y', draw(stream, 60), 'min', pStar, 1);
      if (s.declared && s.best === 2) correct++;
      if (s.declared && s.best !== 2) wrongDeclared++;
      if (s.subset.includes(2)) inSubset++;
    }
    expect(correct / R).toBeGreaterThanOrEqual(floor);
    expect(wrongDeclared / R).toBeLessThanOrEqual(1 - floor);
    expect(inSubset / R).toBeGreaterThanOrEqual(floor);
  });

  it('declares a wrong variant at most 1 − P* of the time also where the replications only sometimes meet δ', () => {
    const stream = new RandomStream('selection-small');
    let wrongDeclared = 0;
    let declared = 0;
    for (let r = 0; r < R; r++) {
      const s = selectBest('y', draw(stream, 36), 'min', pStar, 1);
      if (s.declared) declared++;
      if (s.declared && s.best !== 2) wrongDeclared++;
    }
    expect(declared).toBeGreaterThan(0);
    expect(declared).toBeLessThan(R);
    expect(wrongDeclared / R).toBeLessThanOrEqual(1 - floor);
  });

  it('turns around for max, and estimates the replications δ needs as (t·S/δ)²', () => {
    const values = [
      [1, 2, 3, 4],
      [2, 3, 4, 6],
    ];
    const s = selectBest('y', values, 'max', 0.95, 0.1);
    expect(s.best).toBe(1);
    // S of the differences (1, 1, 1, 2) = 0.5; t_{0.95, 3} = 2.353363…
    expect(s.largestHalfWidth).toBeCloseTo((2.3533634348018264 * 0.5) / 2, 12);
    expect(s.replicationsForDelta).toBe(Math.ceil(((2.3533634348018264 * 0.5) / 0.1) ** 2));
    expect(s.declared).toBe(false);
  });
});
