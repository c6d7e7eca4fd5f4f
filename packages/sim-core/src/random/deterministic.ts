import type { Distribution } from './distribution.js';
import { requireFinite } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * A constant: every sample is `value`, mean `value`, variance 0. Takes no draw from the stream, so
 * it costs nothing on the hot path.
 */
export class Deterministic implements Distribution {
  readonly value: number;
  readonly mean: number;
  readonly variance = 0;

  /** @param value the constant, finite. */
  constructor(value: number) {
    requireFinite('Deterministic', 'value', value);
    this.value = value;
    this.mean = value;
  }

  sample(_rng: RandomStream): number {
    return this.value;
  }
}
