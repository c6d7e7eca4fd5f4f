import { RandomStream, standardNormalQuantile } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { summarize } from '../batch/aggregate.js';
import { assessRound, nextRoundSize, precisionRounds, stopReason } from './precision-rounds.js';
import { parsePrecisionTarget } from './precision-target.js';
import { referenceStop } from './test-precision-reference.js';

/** n normal draws of mean `mu` and sd `sigma` from a named stream. */
function normals(seed: string, n: number, mu: number, sigma: number): number[] {
  const stream = new RandomStream(seed);
  return Array.from({ length: n }, () => mu + sigma * standardNormalQuantile(stream.random()));
}

async function run(
  values: Record<string, number[]>,
  targets: Record<string, number>,
  n0: number,
  max: number,
) {
  const plan = {
    initialReplications: n0,
    maxReplications: max,
    targets: Object.entries(targets).map(([m, r]) => parsePrecisionTarget(`${m}=${r * 100}%`)),
  };
  return precisionRounds(plan, async (n) => {
    const outputs = Array.from({ length: n }, (_, replication) => ({
      replication,
      metrics: Object.fromEntries(Object.entries(values).map(([m, xs]) => [m, xs[replication]!])),
    }));
    return summarize(outputs).metrics;
  });
}

describe('precisionRounds', () => {
  it("stops where Law & Kelton's rule, computed directly on the same values, stops (20 seeded problems)", async () => {
    for (let k = 0; k < 20; k++) {
      const values = { a: normals(`a${k}`, 2000, 10, 3), b: normals(`b${k}`, 2000, 50, 4 + k) };
      const targets = { a: 0.02 + k * 0.001, b: 0.03 };
      const ours = await run(values, targets, 5 + (k % 7), 2000);
      const reference = referenceStop(values, targets, 5 + (k % 7), 2000);
      expect(ours.rounds.map((r) => r.replications)).toEqual(reference.sizes);
      expect(ours.replications).toBe(reference.n);
      expect(ours.stopped).toBe(reference.why);
    }
  });

  it('stops at the maximum when a target is out of reach, and records that it was not met', async () => {
    const values = { a: normals('far', 100, 10, 3) };
    const outcome = await run(values, { a: 0.0001 }, 10, 37);
    expect(outcome.rounds.map((r) => r.replications)).toEqual([10, 20, 37]);
    expect(outcome.stopped).toBe('maximum reached');
    expect(outcome.rounds.at(-1)!.metrics[0]!.met).toBe(false);
  });

  it('stops after the first round when the targets are met there', async () => {
    const outcome = await run({ a: normals('near', 10, 10, 0.001) }, { a: 0.05 }, 10, 100);
    expect(outcome).toMatchObject({ replications: 10, stopped: 'targets met' });
    expect(outcome.rounds).toHaveLength(1);
  });
});

describe('nextRoundSize', () => {
  const target = parsePrecisionTarget('x=0.5');
  const round = (n: number, halfWidth: number) => assessRound(n, { x: { mean: 3, halfWidth } }, [target]);
  it('projects n·(h/h*)², at most doubling: 20 at ±0.6 for ±0.5 project 28.8, so 29', () => {
    expect(nextRoundSize(round(10, 0.75), 1000)).toBe(20); // at most double
    expect(nextRoundSize(round(20, 0.6), 1000)).toBe(29); // 20 × 1.44 = 28.8
  });
  it('grows by at least one, and never past the maximum', () => {
    expect(nextRoundSize(round(20, 0.5000001), 1000)).toBe(21);
    expect(nextRoundSize(round(20, 0.6), 25)).toBe(25);
  });
  it('doubles when the half-width is infinite (one replication)', () => {
    expect(nextRoundSize(round(1, Number.POSITIVE_INFINITY), 1000)).toBe(2);
  });
  it('measures a relative target against |mean|', () => {
    const r = assessRound(4, { y: { mean: -200, halfWidth: 3 } }, [parsePrecisionTarget('y=1.5%')]);
    expect(r.metrics[0]).toMatchObject({ requiredHalfWidth: 3, met: true });
    expect(stopReason(r, 4)).toBe('targets met');
  });
});
