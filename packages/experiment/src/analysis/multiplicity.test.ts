import { RandomStream, standardNormalQuantile } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { manyWayComparison, type PairSet } from './many-way-comparison.js';
import { bonferroniAdjust, holmAdjust, intervalLevels } from './multiplicity.js';

/**
 * The reference for Holm: the closed testing procedure with Bonferroni local tests (Marcus, Peritz
 * & Gabriel 1976). The adjusted p of hypothesis i is the largest, over every intersection S holding
 * i, of min(1, |S|·min_{j∈S} p_j). Exponential in m, independent of Holm's step-down shortcut.
 */
function closedTestingBonferroni(p: readonly number[]): number[] {
  const m = p.length;
  return p.map((_, i) => {
    let worst = 0;
    for (let mask = 1; mask < 1 << m; mask++) {
      if ((mask & (1 << i)) === 0) continue;
      let size = 0;
      let smallest = 1;
      for (let j = 0; j < m; j++) {
        if (mask & (1 << j)) {
          size++;
          smallest = Math.min(smallest, p[j]!);
        }
      }
      worst = Math.max(worst, Math.min(1, size * smallest));
    }
    return worst;
  });
}

describe('holmAdjust', () => {
  it('matches the closed testing reference on textbook p-values', () => {
    // Holm (1979)-style example and R's p.adjust documentation values.
    const textbook = [
      [0.01, 0.04, 0.03, 0.005],
      [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205],
      [0.02, 0.02, 0.02, 0.5],
      [0.9, 0.0001, 0.049, 0.5, 0.013],
    ];
    for (const p of textbook) {
      const ours = holmAdjust(p);
      const reference = closedTestingBonferroni(p);
      for (const [i, x] of ours.entries()) expect(x).toBeCloseTo(reference[i]!, 14);
    }
    // By hand for the first: sorted 0.005·4, 0.01·3, 0.03·2, then max(0.06, 0.04·1).
    const byHand = [0.03, 0.06, 0.06, 0.02];
    for (const [i, x] of holmAdjust([0.01, 0.04, 0.03, 0.005]).entries())
      expect(x).toBeCloseTo(byHand[i]!, 15);
  });

  it('never rejects less than Bonferroni, and gives each step its own interval level', () => {
    const p = [0.012, 0.3, 0.02, 0.001];
    for (const [i, x] of holmAdjust(p).entries()) expect(x).toBeLessThanOrEqual(bonferroniAdjust(p)[i]!);
    expect(intervalLevels(p, 0.05, 'holm')).toEqual([1 - 0.05 / 3, 1 - 0.05 / 1, 1 - 0.05 / 2, 1 - 0.05 / 4]);
    expect(intervalLevels(p, 0.05, 'bonferroni')).toEqual([0.9875, 0.9875, 0.9875, 0.9875]);
  });
});

describe('manyWayComparison on identical systems', () => {
  /**
   * Five identical variants on common random numbers: Y_ir = Z_r + E_ir, Z_r common to the
   * variants (sd 2), E_ir their own noise (sd 1), n = 10, every null hypothesis true. Over R draws
   * the share with any pair declared different estimates the familywise error rate. A procedure
   * with FWER ≤ α stays under α + 3·√(α(1−α)/R) but for a chance of 0.13 %; the unadjusted
   * tests (each at α) must exceed that bound, or the test could not tell the difference.
   */
  const R = 2000;
  const alpha = 0.05;
  const bound = alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / R);
  function familywiseErrors(pairs: PairSet) {
    const stream = new RandomStream(`fwer-${pairs}`);
    const normal = () => standardNormalQuantile(stream.random());
    const count = { holm: 0, bonferroni: 0, bonferroniIntervals: 0, unadjusted: 0 };
    for (let draw = 0; draw < R; draw++) {
      const common = Array.from({ length: 10 }, () => 2 * normal());
      const variants = Array.from({ length: 5 }, (_, i) => ({
        name: `v${i}`,
        metrics: { y: common.map((z) => 100 + z + normal()) },
      }));
      const holm = manyWayComparison(variants, { pairs, adjustment: 'holm', familywiseErrorRate: alpha });
      const bonferroni = manyWayComparison(variants, {
        pairs,
        adjustment: 'bonferroni',
        familywiseErrorRate: alpha,
      });
      if (holm.metrics.y!.some((c) => c.different)) count.holm++;
      if (bonferroni.metrics.y!.some((c) => c.different)) count.bonferroni++;
      if (bonferroni.metrics.y!.some((c) => c.lower > 0 || c.upper < 0)) count.bonferroniIntervals++;
      if (holm.metrics.y!.some((c) => c.p < alpha)) count.unadjusted++;
    }
    return count;
  }
  it.each(['base', 'all'] as const)('keeps the familywise error rate ≤ α with --pairs %s', (pairs) => {
    const count = familywiseErrors(pairs);
    expect(count.holm / R).toBeLessThanOrEqual(bound);
    expect(count.bonferroni / R).toBeLessThanOrEqual(bound);
    expect(count.bonferroniIntervals).toBe(count.bonferroni);
    expect(count.unadjusted / R).toBeGreaterThan(bound);
  });

  it('declares no pair different when the variants are the very same runs', () => {
    const values = { name: 'same', metrics: { y: [3, 5, 4, 8, 1] } };
    const result = manyWayComparison([values, values, values], {
      pairs: 'all',
      adjustment: 'holm',
      familywiseErrorRate: 0.05,
    });
    expect(result.metrics.y!.map((c) => [c.difference, c.adjustedP, c.different])).toEqual([
      [0, 1, false],
      [0, 1, false],
      [0, 1, false],
    ]);
  });
});
