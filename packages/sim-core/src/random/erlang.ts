import { log } from '../math/index.js';
import type { Distribution } from './distribution.js';
import { MAX_SCALE, requireAtMost } from './float-limits.js';
import { Gamma } from './gamma.js';
import { requireInteger, requirePositive } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Above this many phases the product of k uniforms costs more than Marsaglia–Tsang's ~2 draws, a
 * normal quantile and an occasional log (measured crossover near k = 6 on Node 20). Underflow is no
 * concern below it: the smallest uniform is 2^-33, so 6 factors stay above 2^-198.
 */
const MAX_PHASES_BY_PRODUCT = 6;

/**
 * Erlang distribution: the sum of k independent exponential phases, set by k and the overall mean m
 * (each phase has mean m/k). It is Gamma(k, m/k): mean m, variance m²/k, so cv = 1/√k, which makes
 * it the usual choice for service times less variable than exponential.
 *
 * For k <= 6 it is sampled as the definition, x = -(m/k)·ln(u₁·u₂·…·u_k), k uniforms and one log;
 * above that through {@link Gamma}.
 */
export class Erlang implements Distribution {
  /** k, the number of phases. */
  readonly k: number;
  readonly mean: number;
  readonly variance: number;
  private readonly phaseMean: number;
  private readonly gamma: Gamma | undefined;

  /** @param k number of phases, integer >= 1. @param mean overall mean m, in (0, 1e154]. */
  constructor(k: number, mean: number) {
    requireInteger('Erlang', 'k', k, 1);
    requirePositive('Erlang', 'mean', mean);
    requireAtMost(
      'Erlang',
      'mean',
      mean,
      MAX_SCALE,
      'above that the variance, mean²/k, overflows double precision',
    );
    this.k = k;
    this.mean = mean;
    this.variance = (mean * mean) / k;
    this.phaseMean = mean / k;
    this.gamma = k > MAX_PHASES_BY_PRODUCT ? new Gamma(k, this.phaseMean) : undefined;
  }

  sample(rng: RandomStream): number {
    if (this.gamma !== undefined) return this.gamma.sample(rng);
    let product = rng.random();
    for (let i = 1; i < this.k; i++) product *= rng.random();
    return -this.phaseMean * log(product);
  }
}
