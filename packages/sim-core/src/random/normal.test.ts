import { describe, expect, it } from 'vitest';
import { Normal } from './normal.js';
import { RandomStream } from './stream.js';

describe('Normal', () => {
  it('Normal samples stay inside the truncation interval, including a narrow far-tail one', () => {
    const rng = new RandomStream('normal/bounds');
    for (const dist of [
      new Normal(0, 1, 8, 9),
      new Normal(0, 1, -9, -8),
      new Normal(50, 5, 49.999, 50.001),
    ]) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < 100_000; i++) {
        const x = dist.sample(rng);
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
      expect(lo).toBeGreaterThanOrEqual(dist.min);
      expect(hi).toBeLessThanOrEqual(dist.max);
      // The draws spread over the interval rather than piling on one end.
      expect(hi - lo).toBeGreaterThan(0.9 * (dist.max - dist.min));
    }
  });

  it('Normal truncated far in the upper tail reports the mpmath mean and variance', () => {
    // Reference: mpmath at 60 digits, λ = φ(α)/Q(α) etc.; tolerance reflects the documented
    // cancellation in the variance (≈ log10(α²) digits lost).
    const tail = new Normal(0, 1, 30);
    expect(tail.mean).toBeCloseTo(30.033259667433676, 12);
    expect(Math.abs(tail.variance - 0.001103771511890091) / 0.001103771511890091).toBeLessThan(1e-9);
    const band = new Normal(0, 1, 8, 9);
    expect(band.mean).toBeCloseTo(8.121188992979796, 12);
    expect(Math.abs(band.variance - 0.014148542782748111) / 0.014148542782748111).toBeLessThan(1e-11);
    const mirror = new Normal(0, 1, -9, -8);
    expect(mirror.mean).toBeCloseTo(-8.121188992979796, 12);
    expect(mirror.variance).toBeCloseTo(band.variance, 14);
  });

  it('Normal sample is non-decreasing in the uniform it consumes, so common random numbers stay aligned', () => {
    // Two streams with the same seed feed the same uniforms; a monotone sampler preserves their order.
    const uniforms = new RandomStream('normal/monotone');
    const us = Array.from({ length: 2000 }, () => uniforms.random());
    for (const dist of [new Normal(3, 2), new Normal(3, 2, 4), new Normal(3, 2, -1, 2)]) {
      const replay = new RandomStream('normal/monotone');
      const pairs = us.map((u) => [u, dist.sample(replay)] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < pairs.length; i++) expect(pairs[i]![1]).toBeGreaterThanOrEqual(pairs[i - 1]![1]);
    }
  });

  it('Normal shared between two streams gives each stream the sequence it would get alone', () => {
    const shared = new Normal(0, 1);
    const a = new RandomStream('a');
    const b = new RandomStream('b');
    const interleaved: number[] = [];
    for (let i = 0; i < 10; i++) interleaved.push(shared.sample(a), shared.sample(b));
    const aloneA = new RandomStream('a');
    const alone = Array.from({ length: 10 }, () => new Normal(0, 1).sample(aloneA));
    expect(interleaved.filter((_, i) => i % 2 === 0)).toEqual(alone);
  });
});
