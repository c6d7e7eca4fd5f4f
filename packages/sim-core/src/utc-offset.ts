/**
 * The offset of local time from UTC as a function of simulated time, for schedules whose opening
 * hours are local. Offsets are in minutes (+480 is UTC+8) and piecewise constant: a change
 * applies from its instant on (right-continuous), the way clocks are reset.
 *
 * Why a rule with `nextChange` and not a bare function: a schedule computes its change points
 * lazily, and to do that it must know where local time jumps; a bare function would force it to
 * probe. Zones do change: Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024 (00:00 local became
 * 23:00 of 29 February), in the middle of a plausible scenario.
 */
export interface UtcOffsetRule {
  /** Offset of local time from UTC, in minutes, at simulated time `time`. */
  offsetAt(time: number): number;
  /**
   * The first simulated time strictly after `time` at which the offset changes, or Infinity.
   * Schedules assume changes are rare (days apart at least), as real zone rules are.
   */
  nextChange(time: number): number;
}

/** One change of a {@link DatedOffsetRule}: from simulated time `at` on, the offset is `offset`. */
export interface OffsetChange {
  readonly at: number;
  readonly offset: number;
}

/** Offsets more than 18 hours from UTC are rejected as a probable unit mistake (hours for minutes). */
const MAX_OFFSET = 18 * 60;

/** Throws unless `offset` is a plausible UTC offset in minutes. */
export function checkOffset(offset: number, name: string): number {
  if (!Number.isFinite(offset) || Math.abs(offset) > MAX_OFFSET) {
    throw new RangeError(`${name}: a UTC offset must be a number of minutes in [-1080, 1080], got ${offset}`);
  }
  return offset;
}

/**
 * An offset that starts at `initial` and changes at listed simulated times (strictly increasing).
 * Lookups are binary searches over two typed arrays: the memory is that of the list.
 */
export class DatedOffsetRule implements UtcOffsetRule {
  private readonly times: Float64Array;
  private readonly offsets: Float64Array;
  private readonly initial: number;

  constructor(initial: number, changes: readonly OffsetChange[]) {
    this.initial = checkOffset(initial, 'initial offset');
    this.times = new Float64Array(changes.length);
    this.offsets = new Float64Array(changes.length);
    for (let i = 0; i < changes.length; i++) {
      const { at, offset } = changes[i]!;
      if (!Number.isFinite(at) || (i > 0 && !(at > this.times[i - 1]!))) {
        throw new RangeError(
          `offset changes must be at finite, strictly increasing times; change ${i} is at ${at}`,
        );
      }
      this.times[i] = at;
      this.offsets[i] = checkOffset(offset, `offset of change ${i}`);
    }
  }

  /** The simulated time of the last change, or -Infinity when the offset never changes. */
  get lastChange(): number {
    const n = this.times.length;
    return n > 0 ? this.times[n - 1]! : Number.NEGATIVE_INFINITY;
  }

  offsetAt(time: number): number {
    const i = this.countAtOrBefore(time);
    return i === 0 ? this.initial : this.offsets[i - 1]!;
  }

  nextChange(time: number): number {
    const i = this.countAtOrBefore(time);
    return i < this.times.length ? this.times[i]! : Number.POSITIVE_INFINITY;
  }

  /** Number of changes at or before `time`. */
  private countAtOrBefore(time: number): number {
    const times = this.times;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
