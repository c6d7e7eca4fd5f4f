import { log } from '../math/index.js';
import type { ArrivalProcess } from './arrival-process.js';
import { requireNonNegative } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Homogeneous Poisson arrival process with constant `rate` (arrivals per time unit): inter-arrival
 * gaps are exponential with mean 1/rate, drawn by inversion (one uniform per arrival). A rate of 0
 * is allowed and means no arrivals: `next` returns Infinity.
 */
export class PoissonArrivals implements ArrivalProcess {
  /** Arrivals per time unit. */
  readonly rate: number;
  /** Mean gap between arrivals, 1/rate (Infinity when the rate is 0). */
  readonly meanInterarrival: number;

  /** @param rate arrivals per time unit, finite and >= 0. */
  constructor(rate: number) {
    requireNonNegative('PoissonArrivals', 'rate', rate);
    this.rate = rate;
    this.meanInterarrival = 1 / rate;
  }

  next(now: number, rng: RandomStream): number {
    // ln(u) < 0 strictly, since u < 1, so the gap is > 0 and Infinity·ln(u) is -Infinity, never NaN.
    return now - this.meanInterarrival * log(rng.random());
  }
}
