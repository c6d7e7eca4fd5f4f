import { log, pow } from '../math/index.js';
import type { Distribution } from './distribution.js';
import { MAX_SCALE, requireAtMost } from './float-limits.js';
import { requirePositive } from './parameter-validation.js';
import { standardNormalQuantile } from './standard-normal.js';
import type { RandomStream } from './stream.js';

/**
 * Gamma distribution with shape k and scale θ: density x^(k-1)·e^(-x/θ) / (Γ(k)·θ^k) on x > 0,
 * mean kθ, variance kθ².
 *
 * Sampled by G. Marsaglia and W. W. Tsang, "A simple method for generating gamma variables", ACM
 * TOMS 26 (2000) 363-372: with d = a - 1/3 and c = 1/√(9d), draw a normal z and uniform u, set
 * v = (1 + cz)³, and accept d·v when v > 0 and u < 1 - 0.0331·z⁴ (cheap squeeze) or
 * ln u < z²/2 + d - d·v + d·ln v. Acceptance is above 95% for every a >= 1. For k < 1 the method
 * runs with a = k + 1 and the result is boosted by U^(1/k), since Gamma(k) = Gamma(k+1)·U^(1/k).
 * The normals come from Φ⁻¹(u) (stateless); the draw count per variate varies with the rejections.
 * For very small k (below ~0.01) U^(1/k) underflows, so exact zeros appear with positive probability.
 */
export class Gamma implements Distribution {
  readonly shape: number;
  readonly scale: number;
  readonly mean: number;
  readonly variance: number;
  private readonly d: number;
  private readonly c: number;
  private readonly boostExponent: number;

  /**
   * @param shape k, finite and > 0. @param scale θ, > 0 with θ and the mean kθ at most 1e154, so the
   * variance kθ² = kθ·θ is finite; the largest sample, d·(1 + 6.4c)³·θ < 47·(k + 1)·θ, is then too.
   */
  constructor(shape: number, scale: number) {
    requirePositive('Gamma', 'shape', shape);
    requirePositive('Gamma', 'scale', scale);
    requireAtMost(
      'Gamma',
      'scale',
      scale,
      MAX_SCALE / Math.max(1, shape),
      `for shape ${shape}; above that the mean shape·scale or the variance shape·scale² overflows double precision`,
    );
    this.shape = shape;
    this.scale = scale;
    this.mean = shape * scale;
    this.variance = shape * scale * scale;
    this.d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
    this.boostExponent = shape < 1 ? 1 / shape : 0;
  }

  sample(rng: RandomStream): number {
    const d = this.d;
    let v: number;
    for (;;) {
      let z: number;
      do {
        z = standardNormalQuantile(rng.random());
        v = 1 + this.c * z;
      } while (v <= 0);
      v = v * v * v;
      const u = rng.random();
      const z2 = z * z;
      if (u < 1 - 0.0331 * z2 * z2) break;
      if (log(u) < 0.5 * z2 + d * (1 - v + log(v))) break;
    }
    const g = d * v * this.scale;
    return this.boostExponent === 0 ? g : g * pow(rng.random(), this.boostExponent);
  }
}
