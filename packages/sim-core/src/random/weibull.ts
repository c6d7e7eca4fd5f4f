import type { Distribution } from './distribution.js';
import { gammaFunction } from './gamma-function.js';
import { requirePositive } from './parameter-validation.js';
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

  /** @param shape k, finite and > 0. @param scale λ, finite and > 0. */
  constructor(shape: number, scale: number) {
    requirePositive('Weibull', 'shape', shape);
    requirePositive('Weibull', 'scale', scale);
    this.shape = shape;
    this.scale = scale;
    this.inverseShape = 1 / shape;
    const g1 = gammaFunction(1 + 1 / shape);
    const g2 = gammaFunction(1 + 2 / shape);
    this.mean = scale * g1;
    this.variance = scale * scale * (g2 - g1 * g1);
  }

  sample(rng: RandomStream): number {
    return this.scale * (-Math.log(rng.random())) ** this.inverseShape;
  }
}
