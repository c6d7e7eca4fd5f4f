import { makeDistribution } from '../../random/spec.js';
import type { RandomStream } from '../../random/stream.js';
import type { Closure, RandomClosure } from '../scenario/types.js';
import type { LocalClock } from './local-clock.js';

/**
 * Draws one replication's weather closures of a side: for every local day of the horizon in one
 * of the listed months, a closure starts at local midnight with the given probability and lasts a
 * drawn time. Drawn up front from the side's own stream, so that they are the same in two
 * scenarios compared on common random numbers.
 */
export function drawRandomClosures(
  rules: readonly RandomClosure[],
  clock: LocalClock,
  horizon: number,
  rng: RandomStream,
): Closure[] {
  const closures: Closure[] = [];
  for (const rule of rules) {
    const duration = makeDistribution(rule.duration);
    const months = new Set(rule.months);
    for (let day = clock.day(0); ; day++) {
      const from = clock.midnight(day);
      if (from >= horizon) break;
      const u = rng.random();
      if (!months.has(clock.month(Math.max(from, 0)))) continue;
      if (u < rule.probabilityPerDay) {
        closures.push({
          label: rule.label,
          from: Math.max(from, 0),
          to: Math.min(from + duration.sample(rng), horizon),
        });
      }
    }
  }
  return closures;
}
