import { monthOfDay } from '../../civil-time.js';
import { justAbove } from '../../math/index.js';
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
  /**
   * The offset in force over [offsetFrom, offsetUntil): statistics and arrival rates read the
   * clock several times per vehicle, mostly at times close together, and the offset changes a few
   * times a year at most, so one comparison replaces the rule's binary search.
   */
  private offset = 0;
  private offsetFrom = Number.POSITIVE_INFINITY;
  private offsetUntil = Number.NEGATIVE_INFINITY;
  /** The last local day whose month was asked, and that month. */
  private monthDay = Number.NaN;
  private monthOfCachedDay = 0;

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
    if (!(t >= this.offsetFrom && t < this.offsetUntil)) {
      // The offset at t holds from t until the rule's next change.
      this.offset = this.offsets.offsetAt(t);
      this.offsetFrom = t;
      this.offsetUntil = this.offsets.nextChange(t);
    }
    return this.startUtcMinutes + t + this.offset;
  }

  /**
   * The first simulated minute after `t` at which the local hour begins anew: the end of the
   * wall-clock hour, or the next change of offset if that comes first.
   */
  hourEnd(t: number): number {
    const wall = this.wallMinutes(t);
    const end = t + (60 - (wall - Math.floor(wall / 60) * 60));
    const until = this.offsetUntil;
    // An hour's end nearer than t's rounding (not seen in practice): step over it.
    if (!(end > t)) return justAbove(t);
    return Math.min(end, until);
  }

  /** Local hour of the day, 0–23. */
  hour(t: number): number {
    return this.hourOfWall(this.wallMinutes(t));
  }

  /** Local month, 1–12. */
  month(t: number): number {
    return this.monthOfWall(this.wallMinutes(t));
  }

  /** Local month, 1–12, of local wall-clock minute `wall` (from {@link wallMinutes}). */
  monthOfWall(wall: number): number {
    const day = Math.floor(wall / DAY);
    if (day !== this.monthDay) {
      this.monthDay = day;
      this.monthOfCachedDay = monthOfDay(day);
    }
    return this.monthOfCachedDay;
  }

  /** Local hour of the day, 0–23, of local wall-clock minute `wall`. */
  hourOfWall(wall: number): number {
    return Math.floor((wall - Math.floor(wall / DAY) * DAY) / 60);
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
