import { exp, log, log1p } from '../math/index.js';
import type { Distribution } from './distribution.js';
import { MAX_SCALE, requireAtMost } from './float-limits.js';
import { requirePositive } from './parameter-validation.js';
import { standardNormalQuantile } from './standard-normal.js';
import type { RandomStream } from './stream.js';

/**
 * Lognormal distribution set by its own mean m and coefficient of variation cv = sd/m, the way
 * service-time data are usually summarised, rather than by the parameters of the underlying normal.
 *
 * If X = exp(μ + σZ) with Z ~ N(0, 1), then E[X] = exp(μ + σ²/2) and cv² = exp(σ²) - 1, so
 *   σ² = ln(1 + cv²),   μ = ln(m) - σ²/2,
 * and the variance is (cv·m)². Sampled by inversion, x = exp(μ + σ·Φ⁻¹(u)): one uniform per variate.
 */
export class Lognormal implements Distribution {
  readonly mean: number;
  readonly variance: number;
  /** Coefficient of variation sd/mean. */
  readonly cv: number;
  /** μ, mean of ln X. */
  readonly mu: number;
  /** σ, standard deviation of ln X. */
  readonly sigma: number;

  /**
   * @param mean m, in (0, 1e154]. @param cv sd/mean, > 0 with cv·m and cv at most 1e154: the variance
   * is (cv·m)² and σ² = ln(1 + cv²). Within these, the largest sample, m·exp(6.4σ - σ²/2) with the
   * 32-bit uniforms' widest normal quantile, stays below m·e^20.5.
   */
  constructor(mean: number, cv: number) {
    requirePositive('Lognormal', 'mean', mean);
    requirePositive('Lognormal', 'cv', cv);
    requireAtMost('Lognormal', 'mean', mean, MAX_SCALE, 'above that the variance overflows double precision');
    requireAtMost(
      'Lognormal',
      'cv',
      cv,
      MAX_SCALE / Math.max(1, mean),
      `for mean ${mean}; above that the variance (cv·mean)² or cv² overflows double precision`,
    );
    this.mean = mean;
    this.cv = cv;
    this.variance = (cv * mean) ** 2;
    const logVariance = log1p(cv * cv);
    this.sigma = Math.sqrt(logVariance);
    this.mu = log(mean) - logVariance / 2;
  }

  sample(rng: RandomStream): number {
    return exp(this.mu + this.sigma * standardNormalQuantile(rng.random()));
  }
}
