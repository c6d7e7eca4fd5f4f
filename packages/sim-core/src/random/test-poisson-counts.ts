// Test support for the non-homogeneous Poisson generators (thinning and inversion): the same
// checks against theory, so that both are held to one standard. Not built (tsconfig excludes it).
import { expect } from 'vitest';
import type { ArrivalProcess } from './arrival-process.js';
import { PiecewiseRate } from './piecewise-rate.js';
import { RandomStream } from './stream.js';

/** The arrival times of `process` from 0 up to `horizon`, drawn from `rng`. */
export function arrivalsUntil(process: ArrivalProcess, horizon: number, rng: RandomStream): number[] {
  const times: number[] = [];
  for (let t = process.next(0, rng); t <= horizon; t = process.next(t, rng)) times.push(t);
  return times;
}

/**
 * Checks a count against its expectation Λ: counts of a Poisson process in disjoint windows are
 * independent Poisson(Λ), checked within 5√Λ (normal approximation, Λ >= 400 in these tests).
 * With ≤ 30 windows per test the false-failure probability is below 2e-5.
 */
export function expectPoissonCount(observed: number, expected: number): void {
  expect(Math.abs(observed - expected)).toBeLessThanOrEqual(5 * Math.sqrt(expected));
}

/** An hour-of-day profile in minutes: night 0, a morning peak, the day, the evening. */
export const DAILY_PROFILE = new PiecewiseRate({ durations: [360, 180, 540, 360], rates: [0, 2, 1, 0.5] });
const DAILY_STARTS = [0, 360, 540, 1080, 1440];

/**
 * Checks 30 days of arrivals from `process` (which generates {@link DAILY_PROFILE}), seeded by
 * `seed`: the count in each segment of the day and in all, against the integrated rate (none in a
 * segment of rate 0).
 */
export function expectDailyProfileCounts(process: ArrivalProcess, seed: string): void {
  const days = 30;
  const times = arrivalsUntil(process, days * 1440, new RandomStream(seed));
  const counts = [];
  for (let s = 0; s < 4; s++) {
    const [from, to] = [DAILY_STARTS[s]!, DAILY_STARTS[s + 1]!];
    counts.push({
      window: `minutes ${from}-${to} of the day`,
      observed: times.filter((t) => t % 1440 >= from && t % 1440 < to).length,
      expected: days * DAILY_PROFILE.integral(from, to),
    });
  }
  counts.push({ window: 'all', observed: times.length, expected: DAILY_PROFILE.integral(0, days * 1440) });
  for (const { window, observed, expected } of counts) {
    if (expected === 0) expect(observed, window).toBe(0);
    else expectPoissonCount(observed, expected);
  }
}
