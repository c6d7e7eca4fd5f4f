import { Normal, RandomStream } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { mser } from './mser.js';
import { isMaterial, pooledMean, suggestWarmup, type WarmupSeries } from './warmup-suggestion.js';

const normal = new Normal(0, 1);

/** Replications of a queue-like series: a level that rises from 0 to 10 with time constant 10 points, plus noise. */
function filling(replications: number, points: number, step = (i: number) => 10 * (1 - Math.exp(-i / 10))) {
  return Array.from({ length: replications }, (_, r) => {
    const rng = new RandomStream(`fill-${r}`);
    return Array.from({ length: points }, (_, i) => step(i) + normal.sample(rng));
  });
}

const series = (replications: number[][], start = 0, interval = 1): WarmupSeries => ({
  name: 'inSystem',
  label: 'vehicles in the port',
  unit: 'vehicles',
  start,
  interval,
  replications,
});

describe('suggestWarmup(series, changes)', () => {
  it('is MSER-5 on the mean over replications, in hours from the scenario start', () => {
    const reps = filling(10, 500);
    const s = suggestWarmup(series(reps, 6, 0.5), []);
    const direct = mser(pooledMean(reps));
    expect(s.pooled).toEqual(direct);
    expect(s.suggested).toBe(6 + direct.truncation * 0.5);
    expect(s.cutBy).toBeNull();
    expect(s.points).toBe(500);
    // The level is within 1% of 10 after 10·ln 100 ≈ 46 points.
    expect(direct.truncation).toBeGreaterThan(10);
    expect(direct.truncation).toBeLessThanOrEqual(50);
    expect(isMaterial(s)).toBe(true);
    expect(s.perReplication?.analysed).toBe(10);
    expect(s.perReplication!.min).toBeLessThanOrEqual(s.perReplication!.median);
  });

  it('never searches past the first shock dated after the start, and ignores one at the start', () => {
    // A level that fills, then doubles at a shock at hour 300: truncating past it would be wrong.
    const reps = filling(10, 500, (i) => (i < 300 ? 10 * (1 - Math.exp(-i / 10)) : 20));
    const s = suggestWarmup(series(reps), [
      { label: 'more lanes', at: 300.5 },
      { label: 'opening rules', at: 0 },
    ]);
    expect(s.cutBy).toEqual({ label: 'more lanes', at: 300.5 });
    expect(s.points).toBe(300);
    expect(s.suggested!).toBeLessThan(300);
    expect(s.pooled).toEqual(mser(pooledMean(reps).slice(0, 300)));
  });

  it('gives no suggestion when fewer than two batches come before the first shock', () => {
    const s = suggestWarmup(series(filling(3, 100)), [{ label: 'early', at: 9 }]);
    expect(s.pooled).toBeNull();
    expect(s.suggested).toBeNull();
    expect(s.perReplication).toBeNull();
    expect(isMaterial(s)).toBe(false);
  });

  it('does not call stationary noise a transient', () => {
    const flat = suggestWarmup(series(filling(10, 2000, () => 5)), []);
    expect(isMaterial(flat)).toBe(false);
  });

  it('pools only points every replication has a finite value for', () => {
    expect(
      pooledMean([
        [1, 2, 3],
        [3, Number.NaN, 5],
      ]),
    ).toEqual([2]);
    expect(
      pooledMean([
        [1, 2, 3],
        [3, 4],
      ]),
    ).toEqual([2, 3]);
  });
});
