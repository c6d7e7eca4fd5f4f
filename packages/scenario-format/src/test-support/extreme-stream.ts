import { RandomStream } from '@landport/sim-core';

/**
 * The smallest and the largest uniform a {@link RandomStream} can return (see its HALF_SPACING).
 * The same test stream as the engine's own (sim-core/src/random/extreme-stream.ts), which is not
 * part of its public API.
 */
const EXTREME_UNIFORMS = [2 ** -33, 1 - 2 ** -33] as const;

/**
 * A stream for tests that look for overflow: a seeded stream whose every fourth draw is replaced by
 * the smallest or the largest uniform a real stream can return, where inversion samplers reach
 * their largest and smallest values. The other draws keep rejection samplers (Gamma) moving.
 */
export function extremeStream(seed: string): RandomStream {
  const inner = new RandomStream(seed);
  let n = 0;
  const stream = Object.create(RandomStream.prototype) as RandomStream;
  Object.defineProperty(stream, 'seed', { value: `${seed}/extreme` });
  stream.random = () => {
    n++;
    return n % 4 === 0 ? EXTREME_UNIFORMS[(n / 4) % 2]! : inner.random();
  };
  return stream;
}
