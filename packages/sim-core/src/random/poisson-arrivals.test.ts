import { describe, expect, it } from 'vitest';
import { PoissonArrivals } from './poisson-arrivals.js';
import { RandomStream } from './stream.js';

describe('PoissonArrivals', () => {
  it('PoissonArrivals mean inter-arrival time is 1/rate within 5 SE', () => {
    const rate = 0.25;
    const process = new PoissonArrivals(rate);
    const rng = new RandomStream('poisson/gaps');
    const n = 200_000;
    let t = 0;
    let sumGaps = 0;
    let sumSquares = 0;
    let smallestGap = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const next = process.next(t, rng);
      const gap = next - t;
      smallestGap = Math.min(smallestGap, gap);
      sumGaps += gap;
      sumSquares += gap * gap;
      t = next;
    }
    expect(smallestGap).toBeGreaterThan(0);
    const mean = sumGaps / n;
    // Exponential gaps: SE(mean) = (1/rate)/√n; variance 1/rate², μ₄ = 9/rate⁴. 5 SE each.
    expect(Math.abs(mean - 1 / rate)).toBeLessThan((5 * (1 / rate)) / Math.sqrt(n));
    const variance = sumSquares / n - mean * mean;
    expect(Math.abs(variance - 1 / rate ** 2)).toBeLessThan(5 * Math.sqrt((9 - 1) / rate ** 4 / n));
  });

  it('PoissonArrivals count over a long horizon is Poisson(rate·T) within 5 SE', () => {
    const process = new PoissonArrivals(3);
    const rng = new RandomStream('poisson/count');
    const horizon = 20_000;
    let count = 0;
    for (let t = process.next(0, rng); t <= horizon; t = process.next(t, rng)) count++;
    // N ~ Poisson(60,000): SE = √60,000 ≈ 245.
    expect(Math.abs(count - 3 * horizon)).toBeLessThan(5 * Math.sqrt(3 * horizon));
  });

  it('PoissonArrivals with rate 0 never arrives', () => {
    expect(new PoissonArrivals(0).next(5, new RandomStream('poisson/zero'))).toBe(Number.POSITIVE_INFINITY);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('PoissonArrivals rejects rate %d', (rate) => {
    expect(() => new PoissonArrivals(rate)).toThrow(
      new RangeError(`PoissonArrivals: rate must be a finite number >= 0, got ${rate}`),
    );
  });
});
