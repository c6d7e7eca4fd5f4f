import { describe, expect, it } from 'vitest';
import { Empirical } from './empirical.js';
import { RandomStream } from './stream.js';

describe('Empirical', () => {
  it('Empirical outcome frequencies match the normalised weights within 5 binomial SE', () => {
    const values = [10, 20, 30, 40, 50];
    const weights = [0.5, 3, 0, 1.5, 5];
    const dist = new Empirical(values, weights);
    const rng = new RandomStream('empirical/frequencies');
    const n = 200_000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const x = dist.sample(rng);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    const total = weights.reduce((a, b) => a + b, 0);
    values.forEach((v, i) => {
      const p = weights[i]! / total;
      const observed = counts.get(v) ?? 0;
      // Count ~ Binomial(n, p): SE = √(n·p·(1-p)); 5 SE bounds false failure per value below 6e-7.
      expect(Math.abs(observed - n * p)).toBeLessThanOrEqual(5 * Math.sqrt(n * p * (1 - p)));
    });
    expect(counts.has(30)).toBe(false); // zero weight: never drawn
    expect([...counts.keys()].every((x) => values.includes(x))).toBe(true);
  });

  it('Empirical draws do not depend on the order the values are listed', () => {
    const a = new Empirical([1, 2, 3], [1, 2, 3]);
    const b = new Empirical([3, 1, 2], [3, 1, 2]);
    const ra = new RandomStream('empirical/order');
    const rb = new RandomStream('empirical/order');
    for (let i = 0; i < 1000; i++) expect(a.sample(ra)).toBe(b.sample(rb));
  });

  it('Empirical with one value always returns it', () => {
    const rng = new RandomStream('empirical/single');
    const dist = new Empirical([7]);
    expect(dist.variance).toBe(0);
    for (let i = 0; i < 100; i++) expect(dist.sample(rng)).toBe(7);
  });

  it('Empirical with trailing zero weights never runs past the last positive weight', () => {
    const dist = new Empirical([1, 2, 3, 4], [1, 1e-300, 0, 0]);
    const rng = new RandomStream('empirical/trailing');
    for (let i = 0; i < 10_000; i++) expect(dist.sample(rng)).toBeLessThanOrEqual(2);
  });
});
