import { log, pow } from '../math/index.js';
import type { Distribution } from './distribution.js';
import { MAX_SCALE, MIN_WEIBULL_SHAPE, requireAtMost, stateBound } from './float-limits.js';
import { gammaFunction } from './gamma-function.js';
import { rejectParameter, requirePositive } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Weibull distribution with shape k and scale λ: P(X > x) = exp(-(x/λ)^k) on x > 0. Shape < 1 gives
 * a decreasing hazard (early failures), 1 the exponential, > 1 wear-out.
 * Mean λ·Γ(1 + 1/k), variance λ²·(Γ(1 + 2/k) - Γ(1 + 1/k)²).
 * Sampled by inversion, x = λ·(-ln u)^(1/k): one uniform per variate.
 */
export class Weibull implements Distribution {
  readonly shape: number;
  readonly scale: number;
  readonly mean: number;
  readonly variance: number;
  private readonly inverseShape: number;

  /**
   * @param shape k, finite and >= 0.012: below ~0.0117 Γ(1 + 2/k) overflows double precision.
   * @param scale λ, > 0 with λ²·Γ(1 + 2/k) at most 1e308, which bounds the variance and the mean
   * (Γ(1 + 1/k)² <= Γ(1 + 2/k)); the largest sample, λ·22.9^(1/k) < λ·1e114, is then finite too.
   */
  constructor(shape: number, scale: number) {
    requirePositive('Weibull', 'shape', shape);
    requirePositive('Weibull', 'scale', scale);
    if (!(shape >= MIN_WEIBULL_SHAPE)) {
      rejectParameter(
        'Weibull',
        'shape',
        `a finite number >= ${stateBound(MIN_WEIBULL_SHAPE)} (below that Γ(1 + 2/shape) in the variance overflows double precision)`,
        shape,
      );
    }
    const g1 = gammaFunction(1 + 1 / shape);
    const g2 = gammaFunction(1 + 2 / shape);
    requireAtMost(
      'Weibull',
      'scale',
      scale,
      MAX_SCALE / Math.sqrt(Math.max(1, g2)),
      `for shape ${shape}; above that the variance scale²·Γ(1 + 2/shape) overflows double precision`,
    );
    this.shape = shape;
    this.scale = scale;
    this.inverseShape = 1 / shape;
    this.mean = scale * g1;
    // For very large shapes Γ(1 + 2/k) - Γ(1 + 1/k)² is below the gamma function's rounding error
    // and may come out a hair below 0; the variance is then 0 to the precision available.
    this.variance = scale * scale * Math.max(0, g2 - g1 * g1);
  }

  sample(rng: RandomStream): number {
    return this.scale * pow(-log(rng.random()), this.inverseShape);
  }
}
