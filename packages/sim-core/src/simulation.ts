import { checkDuration, checkFunction, checkNumber, checkOptions, describeValue } from './argument-checks.js';
import { type CalendarItem, EventCalendar } from './calendar.js';
import { Condition } from './condition.js';
import { Event } from './event.js';
import { checkPriority, NORMAL } from './priority.js';
import { Process, type ProcessGenerator } from './process.js';
import type { TraceSink } from './trace.js';

/** Options of a simulation. */
export interface SimulationOptions {
  /** The clock's starting time (default 0). */
  start?: number;
  /** A sink for trace records; tracing is off (and free) without one. */
  trace?: TraceSink;
}

/** Options of `Simulation.run`. */
export interface RunOptions {
  /**
   * Stop at this time (every entry strictly before it runs and the clock is left at `until`), or
   * when this event has been processed. Without it, run until nothing is left to do.
   */
  until?: number | Event<any>;
}

/**
 * The simulation environment: it owns the clock and the event calendar and runs them.
 *
 * Two interfaces share the one calendar. The process interface (`process`, `timeout`, `anyOf`,
 * resources' requests) lets a model read as the life story of its entities. The callback
 * interface (`schedule`, `scheduleAt`, `cancel`) is the layer underneath, for hot paths: a plain
 * function runs at a given time, with no event object in between.
 *
 * Same-time order: entries due at the same time run by priority (lower first; the engine's own
 * bookkeeping is URGENT) and then in the order they were scheduled. This rule, and the seeded
 * random streams, make a run reproducible bit for bit.
 */
export class Simulation {
  /**
   * The current simulated time. It never decreases. Initialised with a number, not left undefined
   * until the constructor: a field that starts undefined takes any value, and V8 then boxes every
   * time stored in it as a new heap number, 16 B an event (docs/performance.md).
   */
  now = 0;
  /** The event calendar (exposed for the engine's own parts; models use the methods below). */
  readonly calendar = new EventCalendar();
  /** The process whose body is running, or null between processes. */
  activeProcess: Process<any> | null = null;
  /** Where trace records go, or null when tracing is off. */
  tracer: TraceSink | null;
  /** How many calendar entries have been processed, cancelled ones excluded. */
  eventsProcessed = 0;
  private stopped = false;
  private cancelled = new Set<number>();

  constructor(options: SimulationOptions = {}) {
    checkOptions('new Simulation(options)', options, ['start', 'trace']);
    const start = options.start ?? 0;
    checkNumber('new Simulation: start', start);
    if (!Number.isFinite(start))
      throw new RangeError(`new Simulation: start must be a finite number, got ${start}`);
    if (options.trace !== undefined) checkFunction('new Simulation: trace', options.trace);
    this.now = start;
    this.tracer = options.trace ?? null;
  }

  /**
   * Calls `callback` after `delay` time units; returns an id for `cancel`. The callback API: no
   * event object is made, which is what hot paths want.
   */
  schedule(delay: number, callback: () => void, priority = NORMAL): number {
    // Checked here, not when the entry fires: a string delay would concatenate ("0" + "5"), a
    // non-function would fail much later inside run() with "item._fire is not a function".
    if (typeof delay !== 'number' || !(delay >= 0) || delay === Number.POSITIVE_INFINITY) {
      checkDuration('schedule: delay', delay);
    }
    if (typeof callback !== 'function') checkFunction('schedule: callback', callback);
    if (priority !== NORMAL) checkPriority(priority, 'schedule: priority');
    return this.calendar.push(this.now + delay, priority, callback);
  }

  /** Calls `callback` at absolute time `time` (not before now); returns an id for `cancel`. */
  scheduleAt(time: number, callback: () => void, priority = NORMAL): number {
    if (typeof time !== 'number') checkNumber('scheduleAt: time', time);
    if (!(time >= this.now) || time === Number.POSITIVE_INFINITY) {
      throw new RangeError(`scheduleAt: time must be a finite number >= now (${this.now}), got ${time}`);
    }
    if (typeof callback !== 'function') checkFunction('scheduleAt: callback', callback);
    if (priority !== NORMAL) checkPriority(priority, 'scheduleAt: priority');
    return this.calendar.push(time, priority, callback);
  }

  /**
   * Cancels an entry made by `schedule` or `scheduleAt`. The entry stays in the calendar and is
   * skipped when it comes up, which keeps cancelling O(1).
   */
  cancel(id: number): void {
    // Any other value would never match an entry: the cancel would be silently lost.
    if (!Number.isInteger(id) || id < 0) {
      throw new TypeError(
        `cancel: id must be an id returned by schedule or scheduleAt (an integer >= 0), got ${describeValue(id)}`,
      );
    }
    this.cancelled.add(id);
    // Ids of entries that had already run would stay in the set for good; when the set outgrows
    // the calendar some must be such ids, so keep only those still pending (amortised O(1)).
    if (this.cancelled.size > 64 && this.cancelled.size > this.calendar.size) {
      this.cancelled = this.calendar.pendingAmong(this.cancelled);
    }
  }

  /** A new pending event, to be triggered by the model with `succeed` or `fail`. */
  event<T = unknown>(): Event<T> {
    return new Event<T>(this);
  }

  /** An event that happens `delay` time units from now, with `value`. */
  timeout<T = undefined>(delay: number, value?: T): Event<T> {
    if (typeof delay !== 'number' || !(delay >= 0) || delay === Number.POSITIVE_INFINITY) {
      checkDuration('timeout: delay', delay);
    }
    const event = new Event<T>(this);
    event.value = value;
    event._state = 1;
    this.calendar.push(this.now + delay, NORMAL, event);
    return event;
  }

  /**
   * Starts a process, from a generator (`sim.process(car(id))`) or from a generator function that
   * takes no arguments (`sim.process(source)`). It starts now, after the calling code finishes.
   */
  process<R>(body: ProcessGenerator<R> | (() => ProcessGenerator<R>), name?: string): Process<R> {
    if (typeof body === 'function') {
      // A plain function (not a generator function) is called here and returns no generator:
      // the Process constructor says so, naming the function.
      return new Process(this, body(), name ?? (body.name || undefined), body);
    }
    return new Process(this, body, name);
  }

  /** An event processed when the first of `events` is. */
  anyOf(events: readonly Event<any>[]): Condition {
    return new Condition(this, events, events.length === 0 ? 0 : 1);
  }

  /** An event processed when all of `events` are. */
  allOf(events: readonly Event<any>[]): Condition {
    return new Condition(this, events, events.length);
  }

  /** Time of the next entry, or Infinity if there is none. */
  peek(): number {
    return this.calendar.peekTime();
  }

  /** Processes the next entry. Returns false if there was none. */
  step(): boolean {
    const calendar = this.calendar;
    while (calendar.size > 0) {
      const cancelled = this.cancelled.size > 0 && this.cancelled.delete(calendar.peekId());
      const time = calendar.peekTime();
      const id = calendar.peekId();
      const item = calendar.pop();
      if (cancelled) continue;
      this.now = time;
      this.eventsProcessed++;
      if (this.tracer !== null) this.traceFire(item, id);
      if (typeof item === 'function') item();
      else item._fire();
      return true;
    }
    return false;
  }

  /** Stops `run` after the entry being processed. Call it from inside the model. */
  stop(): void {
    this.stopped = true;
  }

  /** Runs the model; see `RunOptions.until`. */
  run(options: RunOptions = {}): void {
    checkOptions('run(options)', options, ['until']);
    const until = options.until;
    let stopOn: Event<any> | null = null;
    // Stops the run once `until` is processed; a failed `until` is rethrown, as SimPy does.
    const stopAtEvent = (event: Event<any>) => {
      this.stop();
      if (!event.ok) {
        event.defused = true;
        throw event.value;
      }
    };
    let limit = Number.POSITIVE_INFINITY;
    if (typeof until === 'number') {
      if (!Number.isFinite(until)) {
        throw new RangeError(
          `run: until must be a finite time (leave it out to run until nothing is left to do), got ${until}`,
        );
      }
      if (!(until >= this.now)) throw new RangeError(`run: until must be >= now (${this.now}), got ${until}`);
      limit = until;
    } else if (until instanceof Event) {
      if (until.sim !== this)
        throw new Error('run: until is an event of another simulation: it would never stop this one');
      if (until._state === 2) return;
      stopOn = until;
      until.addCallback(stopAtEvent);
    } else if (until !== undefined) {
      throw new TypeError(`run: until must be a number (a time) or an event, got ${describeValue(until)}`);
    }
    this.stopped = false;
    const calendar = this.calendar;
    const tracer = this.tracer;
    while (!this.stopped && calendar.size > 0) {
      const time = calendar.peekTime();
      if (time >= limit) break;
      if (this.cancelled.size > 0 && this.cancelled.delete(calendar.peekId())) {
        calendar.pop();
        continue;
      }
      const id = tracer !== null ? calendar.peekId() : -1;
      const item = calendar.pop();
      this.now = time;
      this.eventsProcessed++;
      if (tracer !== null) this.traceFire(item, id);
      // Inlined `fire`: this loop is the engine's hottest path.
      if (typeof item === 'function') item();
      else item._fire();
    }
    if (!this.stopped && limit !== Number.POSITIVE_INFINITY) this.now = limit;
    this.stopped = false;
    // A run that ended before `until` happened must not leave it able to stop a later run.
    if (stopOn !== null && stopOn._state !== 2) stopOn.removeCallback(stopAtEvent);
  }

  private traceFire(item: CalendarItem, id: number): void {
    const name =
      typeof item === 'function' ? item.name || 'callback' : item instanceof Event ? item.describe() : 'wake';
    this.tracer!({ kind: 'fire', time: this.now, id, name });
  }
}
