import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOfDay } from '../../civil-time.js';
import { LocalClock } from './local-clock.js';

// Minute 0 is 2024-02-28T00:00Z. Kazakhstan: UTC+6, then UTC+5 from 2024-03-01T00:00 local
// (= 2024-02-29T18:00Z = minute 2520).
const start = Date.UTC(2024, 1, 28);
const kz = new LocalClock(start, [
  { from: 0, offset: 360 },
  { from: 2520, offset: 300 },
]);

describe('LocalClock', () => {
  it('reads the local hour and month on the side’s own offset', () => {
    expect(kz.hour(0)).toBe(6); // 00:00Z is 06:00 in UTC+6
    expect(kz.month(0)).toBe(2);
    expect(kz.hour(2519)).toBe(23); // 17:59Z on 29 Feb is 23:59 local
    expect(kz.hour(2520)).toBe(23); // the clock goes back: 18:00Z is 23:00 in UTC+5
    expect(kz.month(2580)).toBe(3); // 19:00Z on 29 Feb is 1 March 00:00 local
  });

  it('finds the next local time of day, across the offset change', () => {
    // Next local 08:00 after minute 0 (06:00 local): 02:00Z on 28 Feb = minute 120.
    expect(kz.next(0, 8 * 60)).toBe(120);
    // Next local 08:00 after 29 Feb 23:30 local (minute 2490, UTC+6): 1 March 08:00 in UTC+5
    // = 03:00Z on 1 March = minute 2 days + 3 h = 3060.
    expect(kz.next(2490, 8 * 60)).toBe(3060);
    // Strictly after: at exactly 08:00 local, the next is tomorrow's.
    expect(kz.next(120, 8 * 60)).toBe(120 + 1440);
  });

  it('gives local midnights', () => {
    const day = kz.day(0);
    expect(kz.midnight(day)).toBe(-360); // 28 Feb 00:00 local was 27 Feb 18:00Z
    expect(kz.midnight(day + 2)).toBe(2 * 1440 - 300); // 1 March 00:00 in UTC+5 = 29 Feb 19:00Z
  });

  it('reads the same after any sequence of times as a fresh clock does (its caches are exact)', () => {
    const periods = [
      { from: 0, offset: 360 },
      { from: 2520, offset: 300 },
      { from: 50_000, offset: 480 },
    ];
    const cached = new LocalClock(start, periods);
    const rule = new LocalClock(start, periods).offsets;
    const startUtc = start / 60_000;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5000, max: 100_000, noNaN: true }), { maxLength: 50 }),
        (times) => {
          for (const t of times) {
            // The uncached reading, from the offset rule's own lookup.
            const wall = startUtc + t + rule.offsetAt(t);
            expect(cached.wallMinutes(t)).toBe(wall);
            expect(cached.month(t)).toBe(monthOfDay(Math.floor(wall / 1440)));
            expect(cached.hour(t)).toBe(Math.floor((wall - Math.floor(wall / 1440) * 1440) / 60));
          }
        },
      ),
    );
  });
});

describe('LocalClock.hourEnd', () => {
  // India's offset (UTC+5:30), then a made-up change to UTC+5:45 at minute 100, mid-hour.
  const half = new LocalClock(Date.UTC(2024, 0, 1), [
    { from: 0, offset: 330 },
    { from: 100, offset: 345 },
  ]);

  it('LocalClock.hourEnd is the end of the local hour, or the next offset change if sooner', () => {
    expect(kz.hourEnd(0)).toBe(60);
    expect(kz.hourEnd(2519)).toBe(2520);
    expect(kz.hourEnd(2520)).toBe(2580);
    expect(half.hourEnd(0)).toBe(30); // 05:30 local: the hour ends at 06:00
    expect(half.hourEnd(90)).toBe(100); // 07:00 local, but the offset changes at minute 100
    expect(half.hourEnd(100)).toBe(135); // 07:25 local on UTC+5:45
  });

  it('LocalClock.hourEnd: the local hour and month hold from t to the end it gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 * 200_000 }), fc.boolean(), (k, kazakh) => {
        const clock = kazakh ? kz : half;
        const t = k / 64;
        const end = clock.hourEnd(t);
        expect(end).toBeGreaterThan(t);
        expect(end - t).toBeLessThanOrEqual(60);
        const mid = (t + end) / 2;
        expect(clock.hour(mid)).toBe(clock.hour(t));
        expect(clock.month(mid)).toBe(clock.month(t));
      }),
    );
  });
});
