import { type ParsedDateTime, parseDateTime, parseUtcOffset } from './date-time.js';

/**
 * A side's UTC offset over all time: period k has `offset` from UTC minute `from` (since the Unix
 * epoch) until the next period. The first period starts at −Infinity. Used while checking and
 * resolving; the resolved scenario keeps only the periods from its start on.
 */
export interface AbsolutePeriod {
  readonly from: number;
  readonly offset: number;
}

/** The clock facts of a side as written: its offset and dated changes. */
export interface ClockInput {
  readonly utcOffset: string;
  readonly utcOffsetChanges: readonly { readonly at: string; readonly utcOffset: string }[];
}

/**
 * Builds a side's offset schedule. A change's `at` is read on the clock before the change (the
 * way a government announces it), unless it carries its own offset. Assumes validated texts;
 * changes out of order are reported by the cross-field checks and kept in file order here.
 */
export function offsetSchedule(clock: ClockInput): AbsolutePeriod[] {
  const periods: AbsolutePeriod[] = [
    { from: Number.NEGATIVE_INFINITY, offset: parseUtcOffset(clock.utcOffset) },
  ];
  for (const change of clock.utcOffsetChanges) {
    const at = parseDateTime(change.at)!;
    const before = periods[periods.length - 1]!.offset;
    periods.push({ from: at.wallMinutes - (at.offset ?? before), offset: parseUtcOffset(change.utcOffset) });
  }
  return periods;
}

/** The offset in force at UTC minute `utc`. */
export function offsetAt(schedule: readonly AbsolutePeriod[], utc: number): number {
  let offset = schedule[0]!.offset;
  for (const period of schedule) if (period.from <= utc) offset = period.offset;
  return offset;
}

/**
 * The UTC minute of a local wall time. A wall time that occurs twice (clocks set back) takes its
 * later occurrence; one skipped by clocks set forward is read with the offset before the jump.
 */
export function localToUtc(schedule: readonly AbsolutePeriod[], wallMinutes: number): number {
  for (let k = schedule.length - 1; k > 0; k--) {
    const utc = wallMinutes - schedule[k]!.offset;
    if (utc >= schedule[k]!.from) return utc;
  }
  return wallMinutes - schedule[0]!.offset;
}

/** The UTC minute of a parsed date-time: its own offset if it has one, else the schedule's. */
export function instantOf(schedule: readonly AbsolutePeriod[], when: ParsedDateTime): number {
  return when.offset === null ? localToUtc(schedule, when.wallMinutes) : when.wallMinutes - when.offset;
}

/** A fixed-offset schedule, for texts read on the calendar start's clock. */
export function fixedSchedule(offset: number): AbsolutePeriod[] {
  return [{ from: Number.NEGATIVE_INFINITY, offset }];
}

/**
 * The UTC interval of a closure written on a side's clock. A bare-date `to` ends at 24:00 that
 * day, and a missing `to` closes the whole `from` day; the day's end is taken on the wall clock,
 * so a day with an offset change is still one local day.
 */
export function closureInterval(
  schedule: readonly AbsolutePeriod[],
  fromText: string,
  toText: string | undefined,
): { from: number; to: number } {
  const from = parseDateTime(fromText)!;
  const to = toText === undefined ? from : parseDateTime(toText)!;
  const end = to.dateOnly ? { ...to, wallMinutes: to.wallMinutes + 1440 } : to;
  return { from: instantOf(schedule, from), to: instantOf(schedule, end) };
}
