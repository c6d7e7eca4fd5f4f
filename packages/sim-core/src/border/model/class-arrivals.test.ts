import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../random/stream.js';
import type { Arrivals } from '../scenario/types.js';
import { classArrivals } from './class-arrivals.js';
import { LocalClock } from './local-clock.js';

// A year from 2024-02-01T00:00Z on Kazakhstan's clock: UTC+6, then UTC+5 from 1 March 00:00
// local (minute 28 days + 18 h).
const start = Date.UTC(2024, 1, 1);
const clock = new LocalClock(start, [
  { from: 0, offset: 360 },
  { from: 28 * 1440 + 1080, offset: 300 },
]);
const DAYS = 120;
const HORIZON = DAYS * 1440;

/** Arrival times before the horizon. */
function arrivals(arrivalSpec: Arrivals, multiplier: number, seed: string): number[] {
  const process = classArrivals(arrivalSpec, clock, multiplier, HORIZON);
  const rng = new RandomStream(seed);
  const times: number[] = [];
  for (let t = process.next(0, rng); t < HORIZON; t = process.next(t, rng)) times.push(t);
  return times;
}

// Counts in disjoint windows are independent Poisson(Λ); each within 5√Λ (Λ >= 300 here; 24
// windows per test: false-failure probability below 1e-4).
function expectPoissonCount(observed: number, expected: number): void {
  expect(Math.abs(observed - expected)).toBeLessThanOrEqual(5 * Math.sqrt(expected));
}

describe('classArrivals', () => {
  it('classArrivals: Poisson counts per local hour follow the monthly and hourly profiles across an offset change', () => {
    const monthly = [1, 0.6, 1.4, 0.8, 1, 1, 1, 1, 1, 1, 1, 1];
    const hourly = Array.from({ length: 24 }, (_, h) => (h < 6 ? 0 : h < 9 ? 2.5 : h < 20 ? 1 : 0.4));
    const spec: Arrivals = { kind: 'poisson', ratePerMinute: 0.1, monthly, hourly, clock: null };
    const times = arrivals(spec, 1.5, 'arrivals/seasonal');
    // The reference: the rate integrated minute by minute (offsets are whole hours, so the rate
    // is constant over each minute), by local hour of the day.
    const expected = new Array<number>(24).fill(0);
    for (let m = 0; m < HORIZON; m++) {
      const h = clock.hour(m);
      expected[h]! += 0.1 * 1.5 * monthly[clock.month(m) - 1]! * hourly[h]!;
    }
    const observed = new Array<number>(24).fill(0);
    for (const t of times) observed[clock.hour(t)]!++;
    for (let h = 0; h < 24; h++) {
      if (expected[h] === 0) expect(observed[h]).toBe(0);
      else expectPoissonCount(observed[h]!, expected[h]!);
    }
    // And per month (February is cheaper, March dearer).
    for (const month of [2, 3, 4, 5]) {
      let want = 0;
      for (let m = 0; m < HORIZON; m++) {
        if (clock.month(m) === month) want += 0.1 * 1.5 * monthly[month - 1]! * hourly[clock.hour(m)]!;
      }
      expectPoissonCount(times.filter((t) => clock.month(t) === month).length, want);
    }
  });

  it('classArrivals: a repeating rate table gives Poisson counts per row', () => {
    // A week's cycle: weekdays busy, the weekend quiet, one closed stretch.
    const rows = [
      { from: 0, ratePerMinute: 0.3 },
      { from: 5 * 1440, ratePerMinute: 0.05 },
      { from: 6 * 1440, ratePerMinute: 0 },
      { from: 6 * 1440 + 600, ratePerMinute: 0.1 },
    ];
    const spec: Arrivals = { kind: 'rateTable', rows, repeatEvery: 7 * 1440 };
    const times = arrivals(spec, 1, 'arrivals/table');
    const ends = [...rows.slice(1).map((r) => r.from), 7 * 1440];
    rows.forEach((row, i) => {
      const inRow = (t: number) => t % (7 * 1440) >= row.from && t % (7 * 1440) < ends[i]!;
      let want = 0;
      for (let m = 0; m < HORIZON; m++) if (inRow(m)) want += row.ratePerMinute;
      const count = times.filter(inRow).length;
      if (want === 0) expect(count).toBe(0);
      else expectPoissonCount(count, want);
    });
  });

  it('classArrivals: a table whose last row holds to the horizon, at rate 0, ends the arrivals', () => {
    const spec: Arrivals = {
      kind: 'rateTable',
      rows: [
        { from: 0, ratePerMinute: 0.2 },
        { from: 10 * 1440, ratePerMinute: 0 },
      ],
      repeatEvery: null,
    };
    const times = arrivals(spec, 2, 'arrivals/ends');
    expect(times.every((t) => t < 10 * 1440)).toBe(true);
    expectPoissonCount(times.length, 0.4 * 10 * 1440);
  });
});
