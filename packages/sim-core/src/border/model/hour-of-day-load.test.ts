import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HourOfDayLoad } from './hour-of-day-load.js';
import { LocalClock } from './local-clock.js';

/**
 * The accrual without the shortcut: every piece of time read off the clock, as HourOfDayLoad did
 * before it skipped the clock within an hour. The shortcut must give the same sums bit for bit.
 */
class ClockEveryTime {
  readonly busyArea = new Float64Array(24);
  readonly openArea = new Float64Array(24);
  private last = 0;
  private busy = 0;
  private open = 0;

  constructor(private readonly clock: LocalClock) {}

  update(now: number, busy: number, capacity: number): void {
    let t = this.last;
    while (t < now) {
      const wall = this.clock.wallMinutes(t);
      const hour = Math.floor(wall / 60);
      const end = Math.min(t + (hour * 60 + 60 - wall), now);
      const h = ((hour % 24) + 24) % 24;
      this.busyArea[h]! += this.busy * (end - t);
      this.openArea[h]! += this.open * (end - t);
      t = end;
    }
    this.last = now;
    this.busy = busy;
    this.open = Math.max(capacity, busy);
  }

  profile(): (number | null)[] {
    return Array.from(this.busyArea, (busy, h) => (this.openArea[h]! > 0 ? busy / this.openArea[h]! : null));
  }
}

describe('HourOfDayLoad', () => {
  it('splits busy and open lane-time into local hours', () => {
    // UTC+8: minute 0 (00:00Z) is 08:00 local.
    const load = new HourOfDayLoad(new LocalClock(Date.UTC(2024, 0, 1), [{ from: 0, offset: 480 }]), 0);
    load.update(0, 1, 4); // 08:00–09:30 local: 1 of 4 lanes busy
    load.update(90, 4, 4); // 09:30–10:00: all 4 busy
    load.update(120, 2, 0); // 10:00–11:00: closed, 2 lanes still finishing
    const profile = load.profile(180);
    expect(profile[8]).toBeCloseTo(60 / 240, 12);
    expect(profile[9]).toBeCloseTo((30 * 1 + 30 * 4) / (60 * 4), 12);
    expect(profile[10]).toBe(1); // finishing lanes count as open
    expect(profile[7]).toBeNull();
  });

  it('gives bit for bit the sums of reading the clock for every piece, near hour ends and across an offset change', () => {
    // Changes at random minutes, and at minutes within a few thousandths of a local hour's end
    // (where the shortcut must give way to the clock); the offset moves from +06:00 to +05:00.
    const change = fc.record({
      at: fc.oneof(
        fc.double({ min: 0, max: 1440, noNaN: true }),
        fc
          .tuple(fc.integer({ min: 1, max: 24 }), fc.double({ min: -0.01, max: 0.01, noNaN: true }))
          .map(([hour, off]) => hour * 60 + off),
      ),
      busy: fc.integer({ min: 0, max: 6 }),
      capacity: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(
        fc.array(change, { minLength: 200, maxLength: 600 }),
        fc.integer({ min: 1, max: 1440 }),
        (changes, switchAt) => {
          const periods = [
            { from: 0, offset: 360 },
            { from: switchAt, offset: 300 },
          ];
          const start = Date.UTC(2024, 1, 28, 18, 0);
          const load = new HourOfDayLoad(new LocalClock(start, periods), 0);
          const reference = new ClockEveryTime(new LocalClock(start, periods));
          const sorted = changes.filter((c) => c.at >= 0).sort((a, b) => a.at - b.at);
          for (const c of sorted) {
            load.update(c.at, c.busy, c.capacity);
            reference.update(c.at, c.busy, c.capacity);
          }
          const end = 1440 + 1;
          reference.update(end, 0, 0);
          expect(load.profile(end)).toEqual(reference.profile());
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });
});
