import { monthOfDay } from '../../civil-time.js';
import { DatedOffsetRule } from '../../utc-offset.js';
import type { UtcOffsetPeriod } from '../scenario/types.js';

const DAY = 1440;

/**
 * A side's wall clock, read from simulated minutes since the scenario start. Arrival profiles
 * follow the local hour and month, and quotas reset at a local time, so each side keeps its own
 * clock: Horgos runs on Beijing time (UTC+8) while Nur Zholy ran on UTC+6 until 1 March 2024 and
 * on UTC+5 after.
 */
export class LocalClock {
  /** The offset rule, in simulated minutes (shared with the side's opening-hours schedule). */
  readonly offsets: DatedOffsetRule;
  private readonly startUtcMinutes: number;

  constructor(startEpochMs: number, periods: readonly UtcOffsetPeriod[]) {
    this.startUtcMinutes = startEpochMs / 60_000;
    const [first, ...changes] = periods;
    this.offsets = new DatedOffsetRule(
      first?.offset ?? 0,
      changes.map((p) => ({ at: p.from, offset: p.offset })),
    );
  }

  /** Local wall-clock minutes since 1970-01-01 00:00 at simulated minute `t`. */
  wallMinutes(t: number): number {
    return this.startUtcMinutes + t + this.offsets.offsetAt(t);
  }

  /** Local hour of the day, 0–23. */
  hour(t: number): number {
    const wall = this.wallMinutes(t);
    return Math.floor((wall - Math.floor(wall / DAY) * DAY) / 60);
  }

  /** Local month, 1–12. */
  month(t: number): number {
    return monthOfDay(Math.floor(this.wallMinutes(t) / DAY));
  }

  /** Local day number (days since 1970-01-01 on the wall clock). */
  day(t: number): number {
    return Math.floor(this.wallMinutes(t) / DAY);
  }

  /** Simulated minute of local midnight starting local day `day`. */
  midnight(day: number): number {
    const guess = day * DAY - this.startUtcMinutes;
    return guess - this.offsets.offsetAt(guess - this.offsets.offsetAt(guess));
  }

  /** The first simulated minute strictly after `t` at which the local time of day is `minuteOfDay`. */
  next(t: number, minuteOfDay: number): number {
    const day = this.day(t);
    let at = this.midnight(day) + minuteOfDay;
    if (!(at > t)) at = this.midnight(day + 1) + minuteOfDay;
    return at;
  }
}
