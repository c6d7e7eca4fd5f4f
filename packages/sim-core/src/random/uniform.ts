import type { Distribution } from './distribution.js';
import { requireWidth } from './float-limits.js';
import { rejectParameter, requireFinite } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Continuous uniform distribution on (min, max): mean (min+max)/2, variance (max-min)²/12.
 * Sampled as min + (max-min)·u, one uniform per variate, monotone in u.
 */
export class Uniform implements Distribution {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;

  /** @param min lower end, finite. @param max upper end, finite, > min and at most min + 1e154. */
  constructor(min: number, max: number) {
    requireFinite('Uniform', 'min', min);
    requireFinite('Uniform', 'max', max);
    if (!(max > min)) rejectParameter('Uniform', 'max', `> min (${min})`, max);
    requireWidth('Uniform', min, max);
    this.min = min;
    this.max = max;
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(rng: RandomStream): number {
    return this.min + this.width * rng.random();
  }
}
