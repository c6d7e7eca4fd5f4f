import seedrandom from 'seedrandom';

/** Only the Alea generator is used: the one sim-core's random streams are built on. */
const alea = seedrandom.alea;

/**
 * Alea returns j·2^-32 for an integer j in [0, 2^32), including 0, and -log(0) is an infinite hold
 * (at 2·10^7 draws per run that happens with probability ~0.5%). Adding half a cell moves every draw
 * to the middle of its cell, strictly inside (0, 1): the same convention as sim-core's `RandomStream`,
 * so a `RandomStream` with the same seed yields the very same uniforms.
 */
const HALF_SPACING = 2 ** -33;

/**
 * A generator of exponential variates with `rate`, by inversion (-ln(u)/rate) of Alea uniforms
 * seeded with `seed`. Every implementation in the bench draws through this function, so the cost
 * of random numbers is identical for all of them and equal seeds give equal sequences.
 */
export function exponentialSampler(seed: string, rate: number): () => number {
  if (!(rate > 0 && Number.isFinite(rate))) {
    throw new RangeError(`exponentialSampler: rate must be a finite number > 0, got ${rate}`);
  }
  const uniform = alea(seed);
  return () => -Math.log(uniform() + HALF_SPACING) / rate;
}
