import type { LocalClock } from './local-clock.js';

/**
 * How busy a group of lanes is at each local hour of the day, over a whole run: the busy
 * lane-time and the open lane-time that fall in each of the 24 local hours, in O(1) memory
 * whatever the horizon. Planners read it as a heat map: which hours are the peak.
 *
 * Open time counts lanes finishing work after a closure as open (as `Resource.utilisation`
 * does), so the ratio stays in [0, 1]. Hours are read on the side's local clock at the start of
 * each piece of time; an offset change moves the boundaries by its size for that one day.
 */
export class HourOfDayLoad {
  private readonly busyArea = new Float64Array(24);
  private readonly openArea = new Float64Array(24);
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private last = 0;
  private busy = 0;
  private open = 0;
  /**
   * The local hour (0–23) of the last piece of time accrued, and a time before which every later
   * piece falls in that hour beyond doubt: the hour's end (or the next offset change) less
   * {@link CLEAR_OF_HOUR_END}. Lanes change many times an hour; a piece that ends before it needs
   * no reading of the clock.
   */
  private hourOfLast = 0;
  private sameHourUntil = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: LocalClock,
    start: number,
  ) {
    this.last = start;
  }

  /** From `now` on, `busy` lanes are in use out of `capacity` open. */
  update(now: number, busy: number, capacity: number): void {
    this.accrue(now);
    this.busy = busy;
    this.open = Math.max(capacity, busy);
  }

  /** Restarts the accumulation at `now` (end of the warm-up), keeping the current state. */
  reset(now: number): void {
    this.busyArea.fill(0);
    this.openArea.fill(0);
    this.last = now;
  }

  /** Busy over open lane-time for local hours 0–23, up to `end`; null for an hour never open. */
  profile(end: number): (number | null)[] {
    this.accrue(end);
    return Array.from(this.busyArea, (busy, h) => (this.openArea[h]! > 0 ? busy / this.openArea[h]! : null));
  }

  private accrue(now: number): void {
    let t = this.last;
    if (now < this.sameHourUntil) {
      // What the loop below would do: one piece, [t, now), all in the hour of the last one (the
      // clock would give the same hour, and a boundary after now, for any t this close).
      const h = this.hourOfLast;
      this.busyArea[h]! += this.busy * (now - t);
      this.openArea[h]! += this.open * (now - t);
      this.last = now;
      return;
    }
    while (t < now) {
      const wall = this.clock.wallMinutes(t);
      const hour = Math.floor(wall / 60);
      const boundary = t + (hour * 60 + 60 - wall);
      const end = Math.min(boundary, now);
      const h = ((hour % 24) + 24) % 24;
      this.busyArea[h]! += this.busy * (end - t);
      this.openArea[h]! += this.open * (end - t);
      if (end === now) {
        this.hourOfLast = h;
        this.sameHourUntil = this.clock.hourEnd(t) - CLEAR_OF_HOUR_END;
      }
      t = end;
    }
    this.last = now;
  }
}

/**
 * Minutes kept clear of an hour's end by the shortcut in `accrue`: far more than the rounding of
 * the hour's end as computed from two different times (wall-clock minutes near 3·10^7 are exact to
 * about 4·10^-9), so the shortcut takes exactly the hour and the piece the loop would.
 */
const CLEAR_OF_HOUR_END = 1e-3;
