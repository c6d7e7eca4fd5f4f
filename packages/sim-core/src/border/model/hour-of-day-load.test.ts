import { describe, expect, it } from 'vitest';
import { HourOfDayLoad } from './hour-of-day-load.js';
import { LocalClock } from './local-clock.js';

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
});
