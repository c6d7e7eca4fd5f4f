import type { Distribution } from '../../random/distribution.js';
import type { RandomStream } from '../../random/stream.js';
import type { Simulation } from '../../simulation.js';
import { TimeWeighted } from '../../stats/time-weighted.js';
import type { EQueue } from '../scenario/types.js';
import type { DailySeries } from './daily-series.js';
import { DurationStats } from './duration-stats.js';
import type { LocalClock } from './local-clock.js';

const DAY = 1440;

/** What an electronic queue is built from. */
export interface EQueueModelOptions {
  readonly sim: Simulation;
  readonly spec: EQueue;
  /** The clock of the e-queue's side: slot days are its local days. */
  readonly clock: LocalClock;
  /** Class ids in scenario order: per-class limits are kept by class index. */
  readonly classIds: readonly string[];
  readonly warmUp: number;
  /** Draws no-shows, late arrivals and the time within a slot day. */
  readonly rng: RandomStream;
  readonly lateBy: Distribution;
  /** The day-by-day recorder its bookings, admissions and backlog go to (default none). */
  readonly daily?: DailySeries | null;
  /** Its position in the scenario's list of e-queues: its row in `daily`. */
  readonly index?: number;
}

/**
 * An electronic queue as a booking system for one replication: a ledger of slots per local day
 * (all classes, and per class where the file limits it), the vehicles booked and not yet at the
 * border (the virtual queue: at home or on the road, at no station and holding no driver), and
 * its counts.
 *
 * A booking takes the first day, from the day the vehicle is ready, with a free slot for its
 * class. No-shows free nothing and no capacity is ever added to a past booking, and no vehicle is
 * ready before the instant it books, so the first day from today with a free slot only moves
 * forward: a cursor finds it without scanning the backlog. The cursor starts from today's day, not
 * from the first day with a free slot ever: a past day that never filled (a quiet first morning)
 * would otherwise hold it back for the rest of the run, and with it the days-to-a-free-slot counts.
 *
 * The counts cover the whole run (warm-up included), so that at every instant
 * `booked = arrivedAtBorder + stillBooked + noShows`; a rebooking is counted in `rebooked`,
 * not as a new booking. The virtual wait and the backlog's time average cover the time after the
 * warm-up, like the stations' waits.
 */
export class EQueueModel {
  readonly id: string;
  readonly leadTime: number;
  readonly noShowShare: number;
  readonly lateShare: number;
  readonly lateRule: 'admit' | 'rebook';
  /** Minute from which vehicles book; before it they drive straight to the border. */
  readonly opens: number;
  booked = 0;
  arrivedAtBorder = 0;
  noShows = 0;
  late = 0;
  rebooked = 0;
  /** Vehicles that gave up booking: a quota counted at booking had no token for them that day. */
  refused = 0;
  /** From being ready to the planned arrival at the border, per booking made after the warm-up. */
  readonly virtualWait = new DurationStats();
  /** Vehicles booked, not yet at the border and not no-shows. */
  readonly backlog = new TimeWeighted(0, 0);
  /** The largest number of days from a booking's day to the next day with a free slot. */
  maxDaysToFreeSlot = 0;
  private stillBooked = 0;
  private readonly sim: Simulation;
  private readonly clock: LocalClock;
  private readonly perDay: number;
  private readonly dayStart: number;
  private readonly arrival: 'dayStart' | 'uniform';
  private readonly warmUp: number;
  private readonly rng: RandomStream;
  private readonly lateBy: Distribution;
  private readonly daily: DailySeries | null;
  private readonly index: number;
  /** Slot day of index 0 (days counted on the side's clock from dayStart to dayStart). */
  private readonly firstDay: number;
  /** Slots taken per day index, all classes. */
  private readonly taken: number[] = [];
  /** Per class index: its daily limit (Infinity when none) and its slots taken per day index. */
  private readonly classLimit: readonly number[];
  private readonly classTaken: (number[] | null)[];
  /** No day from today's (the slot day of `sim.now`) up to this index has a free slot (all classes). */
  private cursor = 0;
  private readonly classCursor: number[];

  constructor(options: EQueueModelOptions) {
    const spec = options.spec;
    this.id = spec.id;
    this.opens = spec.opens;
    this.sim = options.sim;
    this.clock = options.clock;
    this.perDay = spec.perDay;
    this.dayStart = spec.dayStart;
    this.leadTime = spec.leadTime;
    this.arrival = spec.arrival;
    this.noShowShare = spec.noShow;
    this.lateShare = spec.late.share;
    this.lateRule = spec.late.action;
    this.warmUp = options.warmUp;
    this.rng = options.rng;
    this.lateBy = options.lateBy;
    this.daily = options.daily ?? null;
    this.index = options.index ?? 0;
    this.firstDay = this.dayOf(this.sim.now);
    this.classLimit = options.classIds.map((id) => spec.perClass[id] ?? Number.POSITIVE_INFINITY);
    this.classTaken = this.classLimit.map((limit) => (limit === Number.POSITIVE_INFINITY ? null : []));
    this.classCursor = this.classLimit.map(() => 0);
  }

  /** The slot day (an index on the side's clock) that instant `t` falls in. */
  dayOf(t: number): number {
    return Math.floor((this.clock.wallMinutes(t) - this.dayStart) / DAY);
  }

  /** The instant slot day `day` begins. */
  dayStartsAt(day: number): number {
    return this.clock.midnight(day) + this.dayStart;
  }

  /** A vehicle books for the first time: it joins the virtual queue. */
  join(now: number): void {
    this.booked++;
    this.stillBooked++;
    this.backlog.update(now, this.stillBooked);
    this.daily?.booking(this.index, now);
  }

  /**
   * Books the first slot day, from the day of `readyAt`, with a free slot for class
   * `classIndex`, and returns the instant the vehicle is to reach the border. `readyAt` is not
   * before `sim.now`: a vehicle books for when it is ready, never for the past.
   */
  book(classIndex: number, readyAt: number): number {
    if (!(readyAt >= this.sim.now)) {
      throw new RangeError(
        `e-queue ${this.id}: a booking ready at ${readyAt} is before now (${this.sim.now})`,
      );
    }
    const today = this.dayOf(readyAt) - this.firstDay;
    const now = this.dayOf(this.sim.now) - this.firstDay;
    const taken = this.taken;
    const perDay = this.perDay;
    let cursor = Math.max(this.cursor, now);
    while (cursor < taken.length && taken[cursor]! >= perDay) cursor++;
    this.cursor = cursor;
    const free = this.firstFreeDay(today);
    let day = free;
    const limit = this.classLimit[classIndex]!;
    const byClass = this.classTaken[classIndex]!;
    if (byClass !== null) {
      let c = Math.max(this.classCursor[classIndex]!, now);
      while (c < byClass.length && byClass[c]! >= limit) c++;
      this.classCursor[classIndex] = c;
      day = Math.max(day, c);
      while ((taken[day] ?? 0) >= perDay || (byClass[day] ?? 0) >= limit) day++;
      while (byClass.length <= day) byClass.push(0);
      byClass[day]!++;
    }
    while (taken.length <= day) taken.push(0);
    taken[day]!++;
    const ahead = free - today;
    if (ahead > this.maxDaysToFreeSlot && readyAt >= this.warmUp) this.maxDaysToFreeSlot = ahead;
    const opens = this.dayStartsAt(this.firstDay + day);
    const from = Math.max(readyAt, opens);
    let arriveAt = from;
    if (this.arrival === 'uniform') {
      const closes = this.dayStartsAt(this.firstDay + day + 1);
      arriveAt = from + this.rng.random() * (closes - from);
    }
    if (readyAt >= this.warmUp) this.virtualWait.add(arriveAt - readyAt);
    return arriveAt;
  }

  /** Days from the slot day of `now` (not before `sim.now`) to the first day with a free slot (all classes). */
  daysToFreeSlot(now: number): number {
    const today = this.dayOf(now) - this.firstDay;
    return this.firstFreeDay(today) - today;
  }

  /**
   * The first day from day index `from` (not before the slot day of `sim.now`) with a free slot
   * for any class: the days from today's up to the cursor are full, so the scan starts there.
   */
  private firstFreeDay(from: number): number {
    const taken = this.taken;
    let free = Math.max(from, this.cursor);
    while ((taken[free] ?? 0) >= this.perDay) free++;
    return free;
  }

  /** Whether a vehicle due at the border now never comes. */
  drawNoShow(): boolean {
    return this.noShowShare > 0 && this.rng.random() < this.noShowShare;
  }

  /** Whether a vehicle due at the border now comes late. */
  drawLate(): boolean {
    return this.lateShare > 0 && this.rng.random() < this.lateShare;
  }

  /** Minutes a late vehicle comes after its planned arrival. */
  drawLateBy(): number {
    return this.lateBy.sample(this.rng);
  }

  /** A booked vehicle never came: it leaves the virtual queue, its slot stays taken. */
  noShow(now: number): void {
    this.noShows++;
    this.leave(now);
    this.daily?.noShow(this.index, now);
  }

  /** A booked vehicle reached the border. */
  arrive(now: number): void {
    this.arrivedAtBorder++;
    this.leave(now);
    this.daily?.admission(this.index, now);
  }

  /** Vehicles booked, not yet at the border and not no-shows. */
  get backlogNow(): number {
    return this.stillBooked;
  }

  /** Restarts the statistics at the end of the warm-up. */
  resetStats(now: number): void {
    this.backlog.reset(now);
  }

  private leave(now: number): void {
    this.stillBooked--;
    this.backlog.update(now, this.stillBooked);
  }
}
