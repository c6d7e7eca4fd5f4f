import type { UtcOffsetRule } from './utc-offset.js';

/** Days of the week, as keys of {@link ScheduleSpec.weekly}. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A point in time: a number is a simulated time; a string is an ISO 8601 instant with its zone,
 * `2024-03-01T09:00+05:00` or `2024-03-01T04:00Z`, placed through the schedule's `epoch`.
 */
export type Instant = number | string;

/**
 * Local opening hours `[from, to)` within one day. Times are `HH:MM` strings (`24:00` ends the day)
 * or numbers of hours (`9.5` is 09:30). `to` must be after `from`: a night shift is two intervals,
 * `22:00–24:00` on one day and `00:00–06:00` on the next.
 */
export interface OpenInterval {
  readonly from: number | string;
  readonly to: number | string;
  /** Units open during the interval (integer >= 0); default the schedule's `capacity`. */
  readonly capacity?: number;
}

/** A closure `[from, to)`: capacity 0 throughout, whatever the opening hours say. */
export interface Closure {
  readonly from: Instant;
  readonly to: Instant;
  /** Why (a storm, a holiday, maintenance), for people reading the scenario. */
  readonly reason?: string;
}

/** A UTC offset in minutes valid from `since` on; the first entry of a list has no `since`. */
export interface DatedOffset {
  readonly since?: Instant;
  readonly offset: number;
}

/**
 * Open capacity over time, as plain data (it serialises to JSON or YAML unchanged, unless
 * `utcOffset` is a rule object).
 *
 * Local time: simulated time 0 is the UTC instant `epoch`; `dayLength` simulated units make a day
 * (1440 when the simulation counts minutes, 24 for hours, 1 for days); local time is UTC plus
 * `utcOffset` minutes. So a station open 09:00–18:00 at UTC+8, in a simulation counting minutes
 * from 00:00 UTC, is open over [60, 600) on the first day.
 *
 * Capacity at a time: 0 inside a closure or on a day off; otherwise the capacity of the opening
 * interval of that local weekday that contains the local time of day; 0 outside all of them.
 */
export interface ScheduleSpec {
  /** Default capacity of opening intervals (integer >= 0, default 1). */
  readonly capacity?: number;
  /** Opening hours of every day that `weekly` does not list. Without it those days are closed. */
  readonly daily?: readonly OpenInterval[];
  /** Opening hours per weekday, replacing `daily` for the days listed; `[]` closes that weekday. */
  readonly weekly?: Partial<Record<Weekday, readonly OpenInterval[]>>;
  /**
   * Whole local days closed (public holidays): dates `YYYY-MM-DD`, or numbers counting local days
   * from the one containing simulated time 0 (0 is that day).
   */
  readonly daysOff?: readonly (string | number)[];
  /** Closures over absolute time ranges; they may overlap. */
  readonly closures?: readonly Closure[];
  /** Simulated time units per day (default 1440: the simulation counts minutes). */
  readonly dayLength?: number;
  /** The UTC instant of simulated time 0 (default `1970-01-05T00:00Z`, a Monday midnight). */
  readonly epoch?: string;
  /**
   * Local time minus UTC, in minutes (default 0): a constant (`480` for UTC+8), a list of dated
   * offsets (`[{ offset: 360 }, { since: '2024-03-01T00:00+06:00', offset: 300 }]`), or a rule
   * object working in simulated time.
   */
  readonly utcOffset?: number | readonly DatedOffset[] | UtcOffsetRule;
}
