import { DIRECTIONS, type Direction } from '../scenario/direction.js';
import type { LocalClock } from './local-clock.js';
import { Newcomers } from './newcomers.js';

/** One class's day-by-day figures; element d is local day d (firstDate + d days). */
export interface DailyClassSeries {
  readonly arrived: readonly number[];
  /** Vehicles cleared (exited). */
  readonly exited: readonly number[];
  /** Cars on the vehicles cleared (0 for a class that carries none). */
  readonly cars: readonly number[];
  /** Summed arrival-to-exit minutes of the vehicles cleared that day: mean = crossingMinutes / exited. */
  readonly crossingMinutes: readonly number[];
  /**
   * Summed minutes the vehicles cleared that day waited at stations (from reaching each station to
   * starting service there; no service, travel or waits for a driver or fleet vehicle): mean wait =
   * queuedMinutes / exited.
   */
  readonly queuedMinutes: readonly number[];
  /** Vehicles waiting at stations at the local queue hour; null where that hour fell outside the run. */
  readonly queueAtHour: readonly (number | null)[];
  /** The day's maximum of the same queue. */
  readonly queueMax: readonly number[];
  /** The queue at the hour in kilometres of road: vehicles × the class's length; null as above. */
  readonly queueAtHourKm: readonly (number | null)[];
  /** The day's maximum queue in kilometres of road. */
  readonly queueMaxKm: readonly number[];
}

/**
 * One electronic queue's day-by-day figures: bookings made (first bookings; a rebooking is not
 * one), vehicles that reached the border and no-shows that day, and its backlog (booked, not yet
 * at the border, not no-shows) at the queue hour and the day's maximum.
 */
export interface DailyEQueueSeries {
  readonly booked: readonly number[];
  readonly admitted: readonly number[];
  readonly noShows: readonly number[];
  /** Null where the queue hour fell outside the run. */
  readonly backlogAtHour: readonly (number | null)[];
  readonly backlogMax: readonly number[];
}

/** A replication's day-by-day figures, plain data. */
export interface DailyResult {
  /** Side whose local days cut the series; null for the calendar start's clock. */
  readonly side: string | null;
  /** Local hour at which each day's queue is read. */
  readonly queueHour: number;
  /** Local date (YYYY-MM-DD) of day 0, the day in which the warm-up ends. */
  readonly firstDate: string;
  readonly days: number;
  readonly byClass: Readonly<Record<string, DailyClassSeries>>;
  /**
   * The day's maximum of the vehicles waiting at stations, all classes together: exact, not the
   * sum of the classes' maxima (which only bounds it). The queue at the hour of a group is the sum
   * of its classes'.
   */
  readonly queueMax: readonly number[];
  /**
   * The day's maximum of the queue in kilometres of road (each vehicle its class's length), all
   * classes together; exact for the same reason. With classes of different lengths it need not
   * fall at the same instant as the maximum in vehicles.
   */
  readonly queueMaxKm: readonly number[];
  /** The same maxima per direction that has classes. */
  readonly byDirection: Readonly<
    Partial<
      Record<Direction, { readonly queueMax: readonly number[]; readonly queueMaxKm: readonly number[] }>
    >
  >;
  /** Per electronic queue, by id. */
  readonly equeues: Readonly<Record<string, DailyEQueueSeries>>;
}

/** What {@link DailySeries} records on. */
export interface DailySeriesOptions {
  /** The side's clock whose local days cut the series. */
  readonly clock: LocalClock;
  /** First recorded minute (the end of the warm-up). */
  readonly start: number;
  /** Last minute (the horizon). */
  readonly end: number;
  readonly classes: number;
  /** Local hour, 0–23, at which each day's queue is read. */
  readonly queueHour: number;
  /** Direction index (into `DIRECTIONS`) of each class; all outbound when absent. */
  readonly directionOf?: readonly number[];
  /** Road length of a vehicle of each class, metres: the queue in kilometres. */
  readonly lengthMetres: readonly number[];
  /** Electronic queues to record (default none). */
  readonly equeues?: number;
}

/**
 * Day-by-day figures of one replication, per local day of one side and per vehicle class:
 * arrivals, vehicles and cars cleared (exited), the summed arrival-to-exit time of those cleared,
 * the vehicles waiting at stations at a chosen local hour, and the day's maximum of that queue.
 *
 * Memory is O(days × classes), in preallocated Float64Arrays indexed `day × classes + class`.
 * Events arrive in time order, so one cursor moves forward over the local midnights and the
 * hour-of-queue instants: a record is an index and an add, with no date arithmetic and no
 * allocation except on the few events that cross a day boundary.
 *
 * The queue is read lazily: the value at hour H of a day is the queue in force at H (after the
 * changes at H itself), taken on the first change after H or at the end of the run. No event is
 * scheduled for it, so recording leaves the simulation (and its event count) untouched.
 *
 * Keyed by class so that any grouping of classes (a direction, a port) is a sum of rows, except
 * the daily maximum of the queue: the port's and each direction's are kept as levels of their own
 * (a maximum of a sum is not a sum of maxima). Each electronic queue's backlog is kept the same way
 * as the queue, with its bookings, admissions and no-shows per day.
 * The first and last days may be partial: they start at the warm-up's end and stop at the horizon.
 */
export class DailySeries {
  readonly days: number;
  readonly classes: number;
  /** Local day number (days since 1970-01-01 on the side's wall clock) of day 0. */
  readonly firstDay: number;
  readonly arrived: Float64Array;
  readonly exited: Float64Array;
  readonly cars: Float64Array;
  /** Sum of arrival-to-exit minutes of the vehicles cleared that day. */
  readonly waitSum: Float64Array;
  /** Vehicles waiting at stations at the chosen local hour; NaN where the hour fell outside the run. */
  readonly queueAtHour: Float64Array;
  readonly queueMax: Float64Array;
  /** Summed minutes waited at stations by the vehicles cleared that day. */
  readonly queuedSum: Float64Array;
  /** The day's maximum of the queue of all classes, per day. */
  readonly totalQueueMax: Float64Array;
  /** The same per direction, indexed `day × 2 + direction`. */
  readonly directionQueueMax: Float64Array;
  /** The day's maximum of the queue of all classes in metres of road, per day. */
  readonly totalMetresMax: Float64Array;
  /** The same per direction, indexed `day × 2 + direction`. */
  readonly directionMetresMax: Float64Array;
  readonly equeues: number;
  /** Per e-queue, indexed `day × equeues + queue`. */
  readonly booked: Float64Array;
  readonly admitted: Float64Array;
  readonly noShows: Float64Array;
  readonly backlogAtHour: Float64Array;
  readonly backlogMax: Float64Array;
  private readonly clock: LocalClock;
  private readonly directionOf: readonly number[];
  private readonly lengthMetres: readonly number[];
  private totalQueue = 0;
  private readonly directionQueue = new Float64Array(DIRECTIONS.length);
  /** Metres of road the queue fills, all classes and per direction. */
  private totalMetres = 0;
  private readonly directionMetres = new Float64Array(DIRECTIONS.length);
  private readonly backlog: Float64Array;
  private readonly start: number;
  private readonly queueOffset: number;
  private readonly queue: Float64Array;
  /** Vehicles per class that reached a station this instant, not recorded yet. */
  private readonly newcomers: Newcomers;
  /** Index of the day in progress; -1 before the start. */
  private day = -1;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private nextMidnight = 0;
  /** Day index and instant of the next queue reading. */
  private sampleDay = 0;
  private nextSample = 0;

  constructor(options: DailySeriesOptions) {
    const { clock, start, end, classes } = options;
    this.clock = clock;
    this.start = start;
    this.classes = classes;
    this.firstDay = clock.day(start);
    let lastDay = clock.day(end);
    if (lastDay > this.firstDay && clock.midnight(lastDay) >= end) lastDay--;
    this.days = lastDay - this.firstDay + 1;
    const size = this.days * classes;
    this.arrived = new Float64Array(size);
    this.exited = new Float64Array(size);
    this.cars = new Float64Array(size);
    this.waitSum = new Float64Array(size);
    this.queueAtHour = new Float64Array(size).fill(Number.NaN);
    this.queueMax = new Float64Array(size);
    this.queue = new Float64Array(classes);
    this.newcomers = new Newcomers(classes);
    this.queuedSum = new Float64Array(size);
    this.totalQueueMax = new Float64Array(this.days);
    this.directionQueueMax = new Float64Array(this.days * DIRECTIONS.length);
    this.directionOf = options.directionOf ?? new Array<number>(classes).fill(0);
    this.lengthMetres = options.lengthMetres;
    this.totalMetresMax = new Float64Array(this.days);
    this.directionMetresMax = new Float64Array(this.days * DIRECTIONS.length);
    const equeues = options.equeues ?? 0;
    this.equeues = equeues;
    const equeueSize = this.days * equeues;
    this.booked = new Float64Array(equeueSize);
    this.admitted = new Float64Array(equeueSize);
    this.noShows = new Float64Array(equeueSize);
    this.backlogAtHour = new Float64Array(equeueSize).fill(Number.NaN);
    this.backlogMax = new Float64Array(equeueSize);
    this.backlog = new Float64Array(equeues);
    this.nextMidnight = start;
    this.queueOffset = options.queueHour * 60;
    this.nextSample = clock.midnight(this.firstDay) + this.queueOffset;
    // A reading before the start is outside the run: that day's stays NaN.
    while (this.nextSample < start && this.sampleDay < this.days) this.skipSample();
  }

  /** A vehicle of class `c` arrived at `t` (>= start). */
  arrive(c: number, t: number): void {
    this.advance(t);
    this.arrived[this.day * this.classes + c]!++;
  }

  /**
   * A vehicle of class `c` carrying `cars` cleared (exited) at `t` (>= start), `crossing` minutes
   * after arriving, having waited `queued` minutes of them at stations.
   */
  exit(c: number, t: number, cars: number, crossing: number, queued = 0): void {
    this.advance(t);
    const i = this.day * this.classes + c;
    this.exited[i]!++;
    this.cars[i]! += cars;
    this.waitSum[i]! += crossing;
    this.queuedSum[i]! += queued;
  }

  /**
   * A vehicle of class `c` reached a station at `t` (any time, warm-up included) and waits there,
   * held as a newcomer until the series sees a later time (see newcomers.ts), as a station does.
   */
  join(c: number, t: number): void {
    if (this.newcomers.due(t)) this.recordNewcomers();
    this.newcomers.join(c, t);
  }

  /** A vehicle of class `c` that reached a station at `reachedAt` stops waiting there at `t`. */
  leave(c: number, t: number, reachedAt: number): void {
    if (this.newcomers.due(t)) this.recordNewcomers();
    else if (this.newcomers.leave(c, t, reachedAt)) return;
    this.queueChange(c, t, -1);
  }

  /** Records the newcomers still waiting, at the instant they came. */
  private recordNewcomers(): void {
    const newcomers = this.newcomers;
    for (let c = 0; c < this.classes; c++) {
      const count = newcomers.take(c);
      if (count > 0) this.queueChange(c, newcomers.at, count);
    }
  }

  /** The recorded vehicles of class `c` waiting at stations change by `delta` at `t` (any time, warm-up included). */
  queueChange(c: number, t: number, delta: number): void {
    const level = this.queue[c]! + delta;
    const g = this.directionOf[c]!;
    const total = this.totalQueue + delta;
    const ofDirection = this.directionQueue[g]! + delta;
    const metres = delta * this.lengthMetres[c]!;
    const totalMetres = this.totalMetres + metres;
    const directionMetres = this.directionMetres[g]! + metres;
    if (t >= this.start) this.advance(t);
    this.queue[c] = level;
    this.totalQueue = total;
    this.directionQueue[g] = ofDirection;
    this.totalMetres = totalMetres;
    this.directionMetres[g] = directionMetres;
    // A fall raises no maximum (each is at least the level in force since the day opened).
    if (t < this.start || !(delta > 0)) return;
    const d = this.day;
    const i = d * this.classes + c;
    if (level > this.queueMax[i]!) this.queueMax[i] = level;
    if (total > this.totalQueueMax[d]!) this.totalQueueMax[d] = total;
    if (totalMetres > this.totalMetresMax[d]!) this.totalMetresMax[d] = totalMetres;
    const j = d * DIRECTIONS.length + g;
    if (ofDirection > this.directionQueueMax[j]!) this.directionQueueMax[j] = ofDirection;
    if (directionMetres > this.directionMetresMax[j]!) this.directionMetresMax[j] = directionMetres;
  }

  /** A vehicle booked a slot in e-queue `q` at `t` (any time): it joins the backlog. */
  booking(q: number, t: number): void {
    if (this.backlogChange(q, t, 1)) this.booked[this.day * this.equeues + q]!++;
  }

  /** A booked vehicle of e-queue `q` reached the border at `t`: it leaves the backlog. */
  admission(q: number, t: number): void {
    if (this.backlogChange(q, t, -1)) this.admitted[this.day * this.equeues + q]!++;
  }

  /** A booked vehicle of e-queue `q` was found not to come at `t`: it leaves the backlog. */
  noShow(q: number, t: number): void {
    if (this.backlogChange(q, t, -1)) this.noShows[this.day * this.equeues + q]!++;
  }

  /** Closes the series at `end`: takes the queue readings due before it. */
  finish(end: number): void {
    this.recordNewcomers();
    if (end >= this.start) this.advance(end);
  }

  /** The series as plain data, per class id (`classIds` in class-index order). */
  result(
    classIds: readonly string[],
    side: string | null,
    queueHour: number,
    equeueIds: readonly string[] = [],
  ): DailyResult {
    const byClass: Record<string, DailyClassSeries> = {};
    const km = (metres: number) => metres / 1000;
    classIds.forEach((id, c) => {
      const column = (a: Float64Array) =>
        Array.from({ length: this.days }, (_, d) => a[d * this.classes + c]!);
      const perVehicle = km(this.lengthMetres[c]!);
      const queueAtHour = column(this.queueAtHour).map((x) => (Number.isNaN(x) ? null : x));
      const queueMax = column(this.queueMax);
      byClass[id] = {
        arrived: column(this.arrived),
        exited: column(this.exited),
        cars: column(this.cars),
        crossingMinutes: column(this.waitSum),
        queueAtHour,
        queueMax,
        queuedMinutes: column(this.queuedSum),
        queueAtHourKm: queueAtHour.map((x) => (x === null ? null : x * perVehicle)),
        queueMaxKm: queueMax.map((x) => x * perVehicle),
      };
    });
    const byDirection: Partial<Record<Direction, { queueMax: number[]; queueMaxKm: number[] }>> = {};
    DIRECTIONS.forEach((direction, g) => {
      if (!this.directionOf.includes(g)) return;
      const column = (a: Float64Array) =>
        Array.from({ length: this.days }, (_, d) => a[d * DIRECTIONS.length + g]!);
      byDirection[direction] = {
        queueMax: column(this.directionQueueMax),
        queueMaxKm: column(this.directionMetresMax).map(km),
      };
    });
    const equeues: Record<string, DailyEQueueSeries> = {};
    equeueIds.forEach((id, q) => {
      const column = (a: Float64Array) =>
        Array.from({ length: this.days }, (_, d) => a[d * this.equeues + q]!);
      equeues[id] = {
        booked: column(this.booked),
        admitted: column(this.admitted),
        noShows: column(this.noShows),
        backlogAtHour: column(this.backlogAtHour).map((x) => (Number.isNaN(x) ? null : x)),
        backlogMax: column(this.backlogMax),
      };
    });
    const firstDate = new Date(this.firstDay * 86_400_000).toISOString().slice(0, 10);
    return {
      side,
      queueHour,
      firstDate,
      days: this.days,
      byClass,
      queueMax: Array.from(this.totalQueueMax),
      queueMaxKm: Array.from(this.totalMetresMax, km),
      byDirection,
      equeues,
    };
  }

  /** Moves the cursor to `t`: the queue readings due before it, and the day that holds it. */
  private advance(t: number): void {
    // Newcomers of an earlier instant are recorded before anything at a later one (in time order).
    if (this.newcomers.due(t)) this.recordNewcomers();
    while (t > this.nextSample && this.sampleDay < this.days) {
      this.queueAtHour.set(this.queue, this.sampleDay * this.classes);
      this.backlogAtHour.set(this.backlog, this.sampleDay * this.equeues);
      this.skipSample();
    }
    while (t >= this.nextMidnight && this.day < this.days - 1) {
      this.day++;
      // The day opens with the queue carried over from the one before.
      this.queueMax.set(this.queue, this.day * this.classes);
      this.totalQueueMax[this.day] = this.totalQueue;
      this.directionQueueMax.set(this.directionQueue, this.day * DIRECTIONS.length);
      this.totalMetresMax[this.day] = this.totalMetres;
      this.directionMetresMax.set(this.directionMetres, this.day * DIRECTIONS.length);
      this.backlogMax.set(this.backlog, this.day * this.equeues);
      this.nextMidnight = this.clock.midnight(this.firstDay + this.day + 1);
    }
  }

  /** Moves e-queue `q`'s backlog by `delta` at `t`; whether `t` is inside the run (a day to count in). */
  private backlogChange(q: number, t: number, delta: number): boolean {
    const level = this.backlog[q]! + delta;
    if (t < this.start) {
      this.backlog[q] = level;
      return false;
    }
    this.advance(t);
    this.backlog[q] = level;
    const i = this.day * this.equeues + q;
    if (level > this.backlogMax[i]!) this.backlogMax[i] = level;
    return true;
  }

  private skipSample(): void {
    this.sampleDay++;
    this.nextSample = this.clock.midnight(this.firstDay + this.sampleDay) + this.queueOffset;
  }
}
