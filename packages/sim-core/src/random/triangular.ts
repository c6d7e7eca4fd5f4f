import type { Distribution } from './distribution.js';
import { requireWidth } from './float-limits.js';
import { rejectParameter, requireFinite } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Triangular distribution on (a, b) with mode c, a <= c <= b, a < b: the usual "min / most likely /
 * max" expert estimate. Mean (a+b+c)/3, variance (a²+b²+c²-ab-ac-bc)/18.
 *
 * Sampled by inversion, one uniform per variate: with F_c = (c-a)/(b-a),
 * x = a + √(u(b-a)(c-a)) if u < F_c, else x = b - √((1-u)(b-a)(b-c)).
 */
export class Triangular implements Distribution {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  readonly mean: number;
  readonly variance: number;
  private readonly modeQuantile: number;
  private readonly lowerArea: number;
  private readonly upperArea: number;

  /** @param min a, finite. @param mode c, in [a, b]. @param max b, finite, > a and at most a + 1e154. */
  constructor(min: number, mode: number, max: number) {
    requireFinite('Triangular', 'min', min);
    requireFinite('Triangular', 'mode', mode);
    requireFinite('Triangular', 'max', max);
    if (!(max > min)) rejectParameter('Triangular', 'max', `> min (${min})`, max);
    requireWidth('Triangular', min, max);
    if (!(mode >= min && mode <= max))
      rejectParameter('Triangular', 'mode', `in [min, max] = [${min}, ${max}]`, mode);
    this.min = min;
    this.mode = mode;
    this.max = max;
    const width = max - min;
    this.modeQuantile = (mode - min) / width;
    this.lowerArea = width * (mode - min);
    this.upperArea = width * (max - mode);
    this.mean = (min + mode + max) / 3;
    // (a²+b²+c²-ab-ac-bc)/18 rewritten relative to a, which avoids cancellation when a, b, c are
    // large and close (e.g. clock times).
    const rise = mode - min;
    this.variance = (width * width - width * rise + rise * rise) / 18;
  }

  sample(rng: RandomStream): number {
    const u = rng.random();
    return u < this.modeQuantile
      ? this.min + Math.sqrt(u * this.lowerArea)
      : this.max - Math.sqrt((1 - u) * this.upperArea);
  }
}
