import { log } from '../math/index.js';
import type { Distribution } from './distribution.js';
import { MAX_SCALE, requireAtMost } from './float-limits.js';
import { requirePositive } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Exponential distribution set by its mean m (rate 1/m): density e^(-x/m)/m on x > 0,
 * mean m, variance m². Sampled by inversion, x = -m·ln(u), one uniform per variate.
 */
export class Exponential implements Distribution {
  readonly mean: number;
  readonly variance: number;

  /** @param mean the mean, in (0, 1e154]: the variance is its square. Samples stay below 22.9·mean. */
  constructor(mean: number) {
    requirePositive('Exponential', 'mean', mean);
    requireAtMost(
      'Exponential',
      'mean',
      mean,
      MAX_SCALE,
      'above that the variance, mean², overflows double precision',
    );
    this.mean = mean;
    this.variance = mean * mean;
  }

  sample(rng: RandomStream): number {
    return -this.mean * log(rng.random());
  }
}
