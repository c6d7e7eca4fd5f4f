import { describe, expect, it } from 'vitest';
import { parseDateTime } from './date-time.js';
import { closureInterval, instantOf, localToUtc, offsetAt, offsetSchedule } from './side-clock.js';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min) / 60_000;
const wall = utc;

// Kazakhstan moved from UTC+6 to UTC+5 at local midnight starting 1 March 2024 (clocks set back
// from 00:00 to 23:00 on 29 February), i.e. at 2024-02-29T18:00Z.
const kazakhstan = offsetSchedule({
  utcOffset: '+06:00',
  utcOffsetChanges: [{ at: '2024-03-01T00:00', utcOffset: '+05:00' }],
});

describe('side clocks', () => {
  it('reads the change on the clock in force before it', () => {
    expect(kazakhstan[1]).toEqual({ from: utc(2024, 2, 29, 18), offset: 300 });
    expect(offsetAt(kazakhstan, utc(2024, 2, 29, 17, 59))).toBe(360);
    expect(offsetAt(kazakhstan, utc(2024, 2, 29, 18))).toBe(300);
  });

  it('places local times before and after the change', () => {
    expect(localToUtc(kazakhstan, wall(2024, 2, 28, 12))).toBe(utc(2024, 2, 28, 6));
    expect(localToUtc(kazakhstan, wall(2024, 3, 2, 12))).toBe(utc(2024, 3, 2, 7));
  });

  it('a repeated local hour takes its later occurrence', () => {
    // 23:30 on 29 February happened at 17:30Z (UTC+6) and again at 18:30Z (UTC+5).
    expect(localToUtc(kazakhstan, wall(2024, 2, 29, 23, 30))).toBe(utc(2024, 2, 29, 18, 30));
  });

  it('an explicit offset overrides the side clock', () => {
    expect(instantOf(kazakhstan, parseDateTime('2024-03-05T00:00+08:00')!)).toBe(utc(2024, 3, 4, 16));
  });

  it('a bare-date closure covers whole local days across the offset change', () => {
    // 29 Feb 00:00 local (+6) to 1 Mar 24:00 local (+5): 49 hours because the clock was set back.
    const interval = closureInterval(kazakhstan, '2024-02-29', '2024-03-01');
    expect(interval).toEqual({ from: utc(2024, 2, 28, 18), to: utc(2024, 3, 1, 19) });
    expect(interval.to - interval.from).toBe(49 * 60);
    expect(closureInterval(kazakhstan, '2024-03-05', undefined)).toEqual({
      from: utc(2024, 3, 4, 19),
      to: utc(2024, 3, 5, 19),
    });
  });
});
