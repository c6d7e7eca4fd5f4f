import { describeValue } from './argument-checks.js';
import type { Claim } from './claim.js';
import { Event, type EventWaiter } from './event.js';
import { Interrupt } from './interrupt.js';
import { NORMAL, URGENT } from './priority.js';
import { Resource } from './resource.js';
import type { Simulation } from './simulation.js';

/**
 * What a process may yield: an event to wait for (a timeout, a resource request, another process,
 * an `anyOf`/`allOf` condition); a number, which holds the process for that long; or a resource,
 * which seizes one of its units (give it back with `resource.release()`). Holding by number and
 * seizing a resource are the fast paths: they allocate nothing unless the process has to queue.
 */
export type Yieldable = Event<any> | number | Resource;

/** The generator behind a process. `R` is the value the process returns. */
export type ProcessGenerator<R = unknown> = Generator<Yieldable, R, any>;

/**
 * The calendar entry that wakes a process after a hold: one per process, reused for every hold.
 * When an interrupt cuts a hold short, the pending entry is cancelled by its calendar id.
 */
class Wake {
  constructor(readonly process: Process<any>) {}
  _fire(): void {
    this.process._wakeUp();
  }
}

/**
 * An active entity: a generator function whose body is the entity's life, run by the simulation.
 *
 * Each `yield` suspends the process until what it yielded happens; the value of the yield is the
 * event's value (a failed event is thrown instead). A process is itself an event, triggered with
 * the generator's return value when the body ends, so processes can wait for each other.
 * A process starts at the time it is created, after the code that created it has finished.
 */
export class Process<R = unknown> extends Event<R> implements EventWaiter {
  /** A name for traces and error messages. */
  readonly name: string;
  private readonly generator: ProcessGenerator<R>;
  /** The event the process waits for, or null while it holds, runs or has ended. */
  private target: Event<any> | null = null;
  private readonly wake: Wake;
  /** Calendar id of the pending wake while holding (or before the start), else -1. */
  private holdId = -1;
  /** The place in a resource's line while the process waits to seize a unit. */
  private claim: Claim | null = null;
  private claimed: Resource | null = null;

  /**
   * `from`, when given, is the function `sim.process` called to get `generator`: error messages
   * name it. A process is normally started with `sim.process`, which passes it.
   */
  constructor(sim: Simulation, generator: ProcessGenerator<R>, name = 'process', from?: () => unknown) {
    super(sim);
    // A non-generator would otherwise fail at the process's start, inside run(), with
    // "generator.next is not a function" and no hint of which process it was.
    if (!isGenerator(generator)) rejectBody(generator, from);
    if (typeof name !== 'string')
      throw new TypeError(`process: name must be a string, got ${describeValue(name)}`);
    this.generator = generator;
    this.name = name;
    this.wake = new Wake(this);
    this.holdId = sim.calendar.push(sim.now, URGENT, this.wake);
  }

  /** True until the process body has returned or thrown. */
  get isAlive(): boolean {
    return this._state === 0;
  }

  /**
   * Throws an `Interrupt` carrying `cause` into the process at its current `yield`, at the current
   * time (before ordinary events of this instant). Whatever the process was waiting for no longer
   * resumes it; a resource request it was queueing for stays queued until it cancels it.
   */
  interrupt(cause?: unknown): void {
    if (this._state !== 0) throw new Error(`cannot interrupt ${this.name}: it has ended`);
    if (this.sim.activeProcess === this) throw new Error(`${this.name} cannot interrupt itself`);
    this.sim.calendar.push(this.sim.now, URGENT, () => this.deliverInterrupt(cause));
  }

  override describe(): string {
    return `process ${this.name}`;
  }

  /** @internal */
  _onEvent(event: Event<any>): void {
    if (this.target !== event) return; // an interrupt moved the process on
    this.target = null;
    if (!event.ok) event.defused = true;
    this.resume(event.ok, event.value);
  }

  /** @internal */
  _wakeUp(): void {
    this.holdId = -1;
    this.claim = null;
    this.claimed = null;
    const tracer = this.sim.tracer;
    if (tracer !== null && !this.started) {
      tracer({ kind: 'process-start', time: this.sim.now, process: this.name });
    }
    this.started = true;
    this.resume(true, undefined);
  }

  private started = false;

  private deliverInterrupt(cause: unknown): void {
    if (this._state !== 0) return; // it ended before the interrupt arrived
    const tracer = this.sim.tracer;
    if (tracer !== null) tracer({ kind: 'interrupt', time: this.sim.now, process: this.name, cause });
    if (this.target !== null) {
      this.target._removeWaiter(this);
      this.target = null;
    }
    if (this.holdId >= 0) {
      this.sim.cancel(this.holdId);
      this.holdId = -1;
    }
    if (this.claim !== null) {
      // Leave the line; a unit granted but not yet seen by the process goes back.
      this.claimed!.unclaim(this.claim);
      this.claim = null;
      this.claimed = null;
    }
    this.started = true;
    this.resume(false, new Interrupt(cause));
  }

  /** Runs the body until its next wait. */
  private resume(ok: boolean, value: unknown): void {
    const sim = this.sim;
    const previous = sim.activeProcess;
    sim.activeProcess = this;
    const generator = this.generator;
    for (;;) {
      let step: IteratorResult<Yieldable, R>;
      try {
        step = ok ? generator.next(value) : generator.throw(value);
      } catch (error) {
        sim.activeProcess = previous;
        this.finish(false, error);
        return;
      }
      if (step.done === true) {
        sim.activeProcess = previous;
        this.finish(true, step.value);
        return;
      }
      const yielded = step.value;
      if (typeof yielded === 'number') {
        if (yielded >= 0 && yielded !== Number.POSITIVE_INFINITY) {
          this.holdId = sim.calendar.push(sim.now + yielded, NORMAL, this.wake);
          break;
        }
        ok = false;
        value = new RangeError(`${this.name} yielded a hold of ${yielded}; expected a finite number >= 0`);
        continue;
      }
      if (yielded instanceof Event) {
        if (yielded._state === 2) {
          // Already happened: continue at once with its outcome.
          ok = yielded.ok;
          value = yielded.value;
          if (!ok) yielded.defused = true;
          continue;
        }
        this.target = yielded;
        yielded._addWaiter(this);
        break;
      }
      if (yielded instanceof Resource) {
        const claim = yielded.claim(this.wake, 0);
        if (claim === null) {
          value = undefined; // a unit was free: carry on
          continue;
        }
        this.claim = claim;
        this.claimed = yielded;
        break;
      }
      ok = false;
      value = new TypeError(
        `${this.name} yielded ${String(yielded)}; expected an event, a number or a resource`,
      );
    }
    sim.activeProcess = previous;
  }

  private finish(ok: boolean, value: unknown): void {
    const tracer = this.sim.tracer;
    if (tracer !== null) tracer({ kind: 'process-end', time: this.sim.now, process: this.name, ok });
    if (this._waiter === null && this._callbacks === null) {
      // Nobody waits: settle at once instead of a round trip through the calendar. A failure that
      // nobody waits for must not vanish, so it stops the run.
      if (!ok) throw value;
      this._settle(true, value as R);
    } else if (ok) {
      this.succeed(value as R);
    } else {
      this.fail(value);
    }
  }
}

/** Whether `value` can drive a process: it has a generator's `next` and `throw`. */
function isGenerator(value: unknown): value is ProcessGenerator<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { next?: unknown }).next === 'function' &&
    typeof (value as { throw?: unknown }).throw === 'function'
  );
}

/** Throws the error for a process body that is not a generator (kept out of the constructor). */
function rejectBody(body: unknown, from: (() => unknown) | undefined): never {
  throw new TypeError(
    from === undefined
      ? `process: body must be a generator (call the generator function: sim.process(car(id))) or a generator function, got ${describeValue(body)}`
      : `process: ${describeValue(from)} returned ${describeValue(body)}, not a generator; write it as a generator function (function*)`,
  );
}
