import type { Distribution } from './distribution.js';
import { requirePositive } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Exponential distribution set by its mean m (rate 1/m): density e^(-x/m)/m on x > 0,
 * mean m, variance m². Sampled by inversion, x = -m·ln(u), one uniform per variate.
 */
export class Exponential implements Distribution {
  readonly mean: number;
  readonly variance: number;

  /** @param mean the mean, finite and > 0. */
  constructor(mean: number) {
    requirePositive('Exponential', 'mean', mean);
    this.mean = mean;
    this.variance = mean * mean;
  }

  sample(rng: RandomStream): number {
    return -this.mean * Math.log(rng.random());
  }
}
