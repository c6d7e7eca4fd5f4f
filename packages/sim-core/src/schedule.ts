import { parseDate, parseInstant, parseTimeOfDay, weekdayOfDay } from './civil-time.js';
import { justAbove } from './math/index.js';
import { type Instant, type OpenInterval, type ScheduleSpec, WEEKDAYS } from './schedule-spec.js';
import { DatedOffsetRule, type UtcOffsetRule } from './utc-offset.js';

const MINUTES_PER_DAY = 1440;
/** Steps `nextChange` may take before it concludes the offset rule misbehaves. */
const MAX_SCAN_STEPS = 100_000;

/**
 * Capacity that changes with time: weekly opening hours in local time, days off, closures and
 * UTC offsets that may change at a date. Built from a plain-data {@link ScheduleSpec}; applied to a
 * resource with `applySchedule`.
 *
 * Both queries are pure and allocate nothing. Memory is that of the spec, whatever the horizon:
 * change points are found one at a time by `nextChange`, never listed in advance.
 *
 * How `nextChange` works: the capacity can only change at a candidate point, the next opening-hours
 * boundary in local time, closure edge or offset change, so it walks candidates, evaluating
 * `capacityAt` at each, until the value differs. Boundaries where nothing changes (a day off, two
 * adjacent intervals of equal capacity) are stepped over. After the last closure, day off and
 * dated offset change the capacity is weekly-periodic, so a scan of more than a week past that
 * point without a change proves the capacity constant from there on: the answer is Infinity.
 *
 * Floating point: a boundary is the local day start plus a time of day, converted back to simulated
 * time and nudged up by an ulp if rounding left it short, so `capacityAt(nextChange(t))` always
 * reports the new value. Day lengths that are integers (1440, 24, 1) keep all of this exact.
 */
export class Schedule {
  /** The description this schedule was built from. */
  readonly spec: ScheduleSpec;
  /** Simulated time units per day. */
  readonly dayLength: number;
  /** Local day number (days since 1970-01-01) from which local time `local` below is counted. */
  private readonly refDay: number;
  /** Simulated units from 00:00 UTC of `refDay` to simulated time 0. */
  private readonly origin: number;
  private readonly epochMinutes: number;
  private readonly offsets: UtcOffsetRule;
  /** Per ISO weekday: opening intervals as (from, to, capacity) triples in simulated units of the day. */
  private readonly week: Float64Array[] = [];
  /** Per ISO weekday: the sorted distinct interval edges. */
  private readonly edges: Float64Array[] = [];
  /** Closures merged into disjoint, sorted [from, to) ranges. */
  private readonly closedFrom: Float64Array;
  private readonly closedTo: Float64Array;
  private readonly daysOff = new Set<number>();
  /** Simulated time after which no closure, day off or dated offset change remains. */
  private readonly quietAfter: number;

  constructor(spec: ScheduleSpec) {
    this.spec = spec;
    const dayLength = spec.dayLength ?? MINUTES_PER_DAY;
    if (!(dayLength > 0) || dayLength === Number.POSITIVE_INFINITY) {
      throw new RangeError(`schedule.dayLength must be a finite number > 0, got ${dayLength}`);
    }
    this.dayLength = dayLength;
    this.epochMinutes = parseInstant(spec.epoch ?? '1970-01-05T00:00Z', 'schedule.epoch');
    // One day of margin before the epoch's UTC date keeps local times positive for negative offsets.
    this.refDay = Math.floor(this.epochMinutes / MINUTES_PER_DAY) - 1;
    this.origin = this.units(this.epochMinutes - this.refDay * MINUTES_PER_DAY);
    this.offsets = this.compileOffsets(spec.utcOffset ?? 0);

    const capacity = checkCapacity(spec.capacity ?? 1, 'schedule.capacity');
    for (const key of Object.keys(spec.weekly ?? {})) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) {
        throw new RangeError(
          `schedule.weekly: unknown weekday ${JSON.stringify(key)}; expected one of ${WEEKDAYS.join(', ')}`,
        );
      }
    }
    for (const day of WEEKDAYS) {
      const listed = spec.weekly?.[day];
      this.compileDay(
        listed ?? spec.daily ?? [],
        listed ? `schedule.weekly.${day}` : 'schedule.daily',
        capacity,
      );
    }

    let quiet = Number.NEGATIVE_INFINITY;
    if (this.offsets instanceof DatedOffsetRule) quiet = this.offsets.lastChange;
    const localDay0 = this.refDay + this.dayIndex(this.shiftAt(0));
    (spec.daysOff ?? []).forEach((entry, i) => {
      const name = `schedule.daysOff[${i}]`;
      let day: number;
      if (typeof entry === 'string') day = parseDate(entry, name);
      else if (Number.isInteger(entry)) day = localDay0 + entry;
      else throw new RangeError(`${name}: expected a date YYYY-MM-DD or an integer day count, got ${entry}`);
      this.daysOff.add(day);
      // The day's end in simulated time, plus a day for any offset.
      quiet = Math.max(quiet, (day - this.refDay + 2) * dayLength - this.origin);
    });

    const closures = (spec.closures ?? []).map((closure, i) => {
      const from = this.simTime(closure.from, `schedule.closures[${i}].from`);
      const to = this.simTime(closure.to, `schedule.closures[${i}].to`);
      if (!(to > from))
        throw new RangeError(`schedule.closures[${i}]: to (${to}) must be after from (${from})`);
      return { from, to };
    });
    closures.sort((a, b) => a.from - b.from);
    const merged: { from: number; to: number }[] = [];
    for (const c of closures) {
      const last = merged[merged.length - 1];
      if (last !== undefined && c.from <= last.to) last.to = Math.max(last.to, c.to);
      else merged.push({ ...c });
    }
    this.closedFrom = Float64Array.from(merged, (c) => c.from);
    this.closedTo = Float64Array.from(merged, (c) => c.to);
    if (merged.length > 0) quiet = Math.max(quiet, merged[merged.length - 1]!.to);
    this.quietAfter = quiet;
  }

  /** The capacity open at simulated time `time`. */
  capacityAt(time: number): number {
    if (!Number.isFinite(time)) throw new RangeError(`Schedule.capacityAt: time must be finite, got ${time}`);
    if (this.closureIndex(time) >= 0) return 0;
    const local = time + this.shiftAt(time);
    const k = this.dayIndex(local);
    const day = this.refDay + k;
    if (this.daysOff.size > 0 && this.daysOff.has(day)) return 0;
    const dayStart = k * this.dayLength;
    const spans = this.week[weekdayOfDay(day)]!;
    for (let i = 0; i < spans.length; i += 3) {
      if (local >= dayStart + spans[i]! && local < dayStart + spans[i + 1]!) return spans[i + 2]!;
    }
    return 0;
  }

  /** The first time after `time` at which the capacity differs from `capacityAt(time)`, or Infinity. */
  nextChange(time: number): number {
    const current = this.capacityAt(time);
    const limit = Math.max(time, this.quietAfter) + 9 * this.dayLength;
    let x = time;
    for (let step = 0; step < MAX_SCAN_STEPS; step++) {
      let c = this.nextClosureEdge(x);
      const offsetChange = this.offsets.nextChange(x);
      if (!(offsetChange > x)) {
        throw new RangeError(
          `utcOffset.nextChange(${x}) returned ${offsetChange}; expected a time after ${x}`,
        );
      }
      if (offsetChange < c) c = offsetChange;
      const edge = this.nextEdge(x);
      if (edge < c) c = edge;
      if (c === Number.POSITIVE_INFINITY) return c;
      if (this.capacityAt(c) !== current) return c;
      if (c > limit) return Number.POSITIVE_INFINITY;
      x = c;
    }
    throw new Error(
      `Schedule.nextChange(${time}): no answer after ${MAX_SCAN_STEPS} steps; the utcOffset rule changes too often`,
    );
  }

  /** Simulated units of `minutes` (exact for a whole day, so `24:00` is the day's end). */
  private units(minutes: number): number {
    return minutes === MINUTES_PER_DAY ? this.dayLength : (minutes * this.dayLength) / MINUTES_PER_DAY;
  }

  /** Local time minus simulated time at `time`: local time is counted from 00:00 of `refDay`. */
  private shiftAt(time: number): number {
    return this.origin + this.units(this.offsets.offsetAt(time));
  }

  /** The local day containing local time `local`, robust to rounding in the division. */
  private dayIndex(local: number): number {
    const length = this.dayLength;
    let k = Math.floor(local / length);
    if (k * length > local) k--;
    else if ((k + 1) * length <= local) k++;
    return k;
  }

  /** The next opening-hours edge after `time`, assuming the offset in force at `time` holds. */
  private nextEdge(time: number): number {
    const shift = this.shiftAt(time);
    const local = time + shift;
    const k = this.dayIndex(local);
    for (let j = 0; j <= 7; j++) {
      const edges = this.edges[weekdayOfDay(this.refDay + k + j)]!;
      const dayStart = (k + j) * this.dayLength;
      for (let i = 0; i < edges.length; i++) {
        const target = dayStart + edges[i]!;
        if (target > local) {
          let t = target - shift;
          while (t + shift < target) t = justAbove(t);
          return t;
        }
      }
    }
    return Number.POSITIVE_INFINITY;
  }

  /** Index of the merged closure containing `time`, or -1. */
  private closureIndex(time: number): number {
    const i = this.firstClosureEndingAfter(time);
    return i < this.closedFrom.length && this.closedFrom[i]! <= time ? i : -1;
  }

  private nextClosureEdge(time: number): number {
    const i = this.firstClosureEndingAfter(time);
    if (i >= this.closedFrom.length) return Number.POSITIVE_INFINITY;
    const from = this.closedFrom[i]!;
    return from > time ? from : this.closedTo[i]!;
  }

  private firstClosureEndingAfter(time: number): number {
    const ends = this.closedTo;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private simTime(instant: Instant, name: string): number {
    if (typeof instant === 'string') return this.units(parseInstant(instant, name) - this.epochMinutes);
    if (!Number.isFinite(instant))
      throw new RangeError(`${name}: expected a finite simulated time, got ${instant}`);
    return instant;
  }

  private compileOffsets(offset: NonNullable<ScheduleSpec['utcOffset']>): UtcOffsetRule {
    if (typeof offset === 'number') return new DatedOffsetRule(offset, []);
    if (!Array.isArray(offset)) {
      const rule = offset as UtcOffsetRule;
      if (typeof rule.offsetAt !== 'function' || typeof rule.nextChange !== 'function') {
        throw new RangeError(
          'schedule.utcOffset: expected minutes, a list of dated offsets, or { offsetAt, nextChange }',
        );
      }
      return rule;
    }
    const list = offset as readonly { since?: Instant; offset: number }[];
    const first = list[0];
    if (first === undefined || first.since !== undefined) {
      throw new RangeError('schedule.utcOffset: a list of offsets must start with an entry without `since`');
    }
    const changes = list.slice(1).map((entry, i) => {
      if (entry.since === undefined) throw new RangeError(`schedule.utcOffset[${i + 1}]: since is required`);
      return { at: this.simTime(entry.since, `schedule.utcOffset[${i + 1}].since`), offset: entry.offset };
    });
    return new DatedOffsetRule(first.offset, changes);
  }

  private compileDay(intervals: readonly OpenInterval[], name: string, capacity: number): void {
    const parsed = intervals.map((interval, i) => {
      const from = parseTimeOfDay(interval.from, `${name}[${i}].from`);
      const to = parseTimeOfDay(interval.to, `${name}[${i}].to`);
      if (!(to > from)) {
        throw new RangeError(
          `${name}[${i}]: to (${JSON.stringify(interval.to)}) must be after from (${JSON.stringify(interval.from)}); split a night shift at midnight`,
        );
      }
      return { from, to, capacity: checkCapacity(interval.capacity ?? capacity, `${name}[${i}].capacity`) };
    });
    parsed.sort((a, b) => a.from - b.from);
    const spans = new Float64Array(parsed.length * 3);
    const edges: number[] = [];
    parsed.forEach((p, i) => {
      const previous = parsed[i - 1];
      if (previous !== undefined && p.from < previous.to) {
        throw new RangeError(
          `${name}: opening intervals overlap (one ends at minute ${previous.to}, the next starts at ${p.from})`,
        );
      }
      spans.set([this.units(p.from), this.units(p.to), p.capacity], i * 3);
      for (const edge of [this.units(p.from), this.units(p.to)])
        if (edges[edges.length - 1] !== edge) edges.push(edge);
    });
    this.week.push(spans);
    this.edges.push(Float64Array.from(edges));
  }
}

function checkCapacity(capacity: number, name: string): number {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new RangeError(`${name}: capacity must be an integer >= 0, got ${capacity}`);
  }
  return capacity;
}
