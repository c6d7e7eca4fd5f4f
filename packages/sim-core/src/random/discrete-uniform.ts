import type { Distribution } from './distribution.js';
import { rejectParameter } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/** Largest number of outcomes a 32-bit uniform can address without leaving some unreachable. */
const MAX_OUTCOMES = 2 ** 32;

/**
 * Uniform distribution on the integers min, min+1, …, max, e.g. the number of cars on a car carrier
 * (5–8). With n = max - min + 1 outcomes: mean (min+max)/2, variance (n² - 1)/12.
 * Sampled as min + ⌊n·u⌋, one uniform per variate, monotone in u; since u < 1 the result never
 * exceeds max. The 32-bit uniform makes outcome probabilities exact to within n·2^-32.
 */
export class DiscreteUniform implements Distribution {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly variance: number;
  private readonly count: number;

  /** @param min smallest value, a safe integer. @param max largest value, a safe integer >= min. */
  constructor(min: number, max: number) {
    if (!Number.isSafeInteger(min)) rejectParameter('DiscreteUniform', 'min', 'a safe integer', min);
    if (!(Number.isSafeInteger(max) && max >= min)) {
      rejectParameter('DiscreteUniform', 'max', `a safe integer >= min (${min})`, max);
    }
    const count = max - min + 1;
    if (count > MAX_OUTCOMES) {
      rejectParameter('DiscreteUniform', 'max - min + 1', `at most 2^32 outcomes`, count);
    }
    this.min = min;
    this.max = max;
    this.count = count;
    this.mean = (min + max) / 2;
    this.variance = (count * count - 1) / 12;
  }

  sample(rng: RandomStream): number {
    return this.min + Math.floor(this.count * rng.random());
  }
}
