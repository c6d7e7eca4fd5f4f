import { describe, expect, it } from 'vitest';
import { fnv1a, ReplicationSample, SAMPLE_SIZE, sampleKey } from './replication-sample.js';

/** Replication r's metrics: `a` = r, `b` = 2r, `c` missing in odd replications. */
const metricsOf = (r: number): Record<string, number> =>
  r % 2 === 0 ? { a: r, b: 2 * r, c: -r } : { a: r, b: 2 * r };

function sampleOf(seed: number | string, order: readonly number[], size?: number) {
  const sample = new ReplicationSample(seed, ['a', 'c'], size);
  for (const r of order) sample.add(r, metricsOf(r));
  return sample.result();
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** A fixed shuffle (a linear congruential generator), so the test is the same every time. */
function shuffled(items: readonly number[]): number[] {
  const out = [...items];
  let state = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('ReplicationSample', () => {
  it('keeps every replication, in replication order, when there are at most SAMPLE_SIZE', () => {
    const sample = sampleOf(7, shuffled(range(SAMPLE_SIZE)));
    expect(sample.of).toBe(SAMPLE_SIZE);
    expect(sample.replications).toEqual(range(SAMPLE_SIZE));
    expect(sample.values.get('a')).toEqual(range(SAMPLE_SIZE));
    expect(sample.values.get('c')).toEqual(range(SAMPLE_SIZE).map((r) => (r % 2 === 0 ? -r : Number.NaN)));
  });

  it('keeps the SAMPLE_SIZE replications of smallest key, as sorting them all would', () => {
    const n = 5000;
    const seedHash = fnv1a('7');
    const expected = range(n)
      .sort((x, y) => sampleKey(seedHash, x) - sampleKey(seedHash, y) || x - y)
      .slice(0, SAMPLE_SIZE)
      .sort((x, y) => x - y);
    const sample = sampleOf(7, range(n));
    expect(sample.of).toBe(n);
    expect(sample.replications).toEqual(expected);
    expect(sample.values.get('a')).toEqual(expected);
  });

  it('depends on the seed and the replications, not on the order they arrive in', () => {
    const inOrder = sampleOf('seed', range(3000), 100);
    expect(sampleOf('seed', shuffled(range(3000)), 100)).toEqual(inOrder);
    expect(sampleOf('seed', [...range(3000)].reverse(), 100)).toEqual(inOrder);
    expect(sampleOf('other seed', range(3000), 100).replications).not.toEqual(inOrder.replications);
  });

  it('samples evenly: each tenth of the replications holds a tenth of the sample, within binomial noise', () => {
    const n = 100_000;
    const sample = sampleOf(1, range(n));
    const counts = new Array<number>(10).fill(0);
    for (const r of sample.replications) counts[Math.floor(r / (n / 10))]!++;
    // Each count is about binomial(1000, 0.1): mean 100, sd 9.5; 4 sd either side.
    for (const c of counts) expect(Math.abs(c - 100)).toBeLessThan(38);
    // And the keys themselves: a uniform 32-bit key falls in each sixteenth of its range 1/16 of the time.
    const seedHash = fnv1a('1');
    const buckets = new Array<number>(16).fill(0);
    for (let r = 0; r < 16_000; r++) buckets[sampleKey(seedHash, r) >>> 28]!++;
    // Binomial(16,000, 1/16): mean 1,000, sd 30.6; 4 sd either side.
    for (const b of buckets) expect(Math.abs(b - 1000)).toBeLessThan(123);
  });
});
