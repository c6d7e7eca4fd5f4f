import type { RandomStream } from './stream.js';

/**
 * A probability distribution of a real-valued random variable.
 *
 * Objects are immutable and keep no sampling state, so one instance may be shared between entities
 * and streams: `sample` depends only on the draws it takes from `rng`.
 */
export interface Distribution {
  /** Exact mean of the distribution (of the truncated one, where truncation applies). */
  readonly mean: number;
  /** Exact variance of the distribution (of the truncated one, where truncation applies). */
  readonly variance: number;
  /** One variate, consuming one or more uniforms from `rng`; allocation-free. */
  sample(rng: RandomStream): number;
}
