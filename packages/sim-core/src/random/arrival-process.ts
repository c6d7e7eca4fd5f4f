import type { RandomStream } from './stream.js';

/**
 * A stream of arrival epochs. Implementations keep no state between calls, so one process object
 * can drive several sources, each with its own random stream.
 */
export interface ArrivalProcess {
  /**
   * The first arrival strictly after `now` (Infinity if there is none), given that the previous one
   * was at `now`. Schedule the arrival there and call again from that time.
   */
  next(now: number, rng: RandomStream): number;
}
