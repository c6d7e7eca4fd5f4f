import { NORMAL, URGENT } from '../../priority.js';
import type { ProcessGenerator } from '../../process.js';
import { bookedJourney } from './booked-journey.js';
import { startJourney } from './callback-journey.js';
import type { ClassModel } from './class-model.js';

/** What the class needs of its running source: whether it still runs, and telling it demand changed. */
export interface ArrivalSource {
  readonly isAlive: boolean;
  interrupt(cause?: unknown): void;
}

/**
 * Starts the arrivals of `cls` now: on the engine's callback interface ({@link CallbackSource}),
 * or as the {@link classSource} process in a traced run, whose records name it.
 */
export function startClassSource(cls: ClassModel): ArrivalSource {
  if (cls.sim.tracer === null) return new CallbackSource(cls);
  return cls.sim.process(classSource(cls), `arrivals:${cls.id}`);
}

/**
 * The arrivals of one class: draws the next arrival time, waits for it and starts a vehicle's
 * journey (through its electronic queue's booking first, if it has one), until the next arrival falls after the horizon. A demand shock interrupts the wait,
 * and the next arrival is drawn again from now from the new process.
 */
export function* classSource(cls: ClassModel): ProcessGenerator<void> {
  const sim = cls.sim;
  for (;;) {
    const next = cls.arrivals.next(sim.now, cls.arrivalStream);
    if (!(next < cls.horizon)) return;
    try {
      yield next - sim.now;
    } catch {
      continue; // a demand shock changed the process: draw again from now (Poisson: exact)
    }
    startVehicle(cls);
  }
}

/** A vehicle of `cls` arrives: its journey starts (after a booking, with an electronic queue). */
function startVehicle(cls: ClassModel): void {
  const equeue = cls.equeue;
  if (equeue === null) startJourney(cls);
  else cls.sim.process(bookedJourney(cls, equeue), cls.processName);
}

/**
 * {@link classSource} on the callback interface, without a generator and its process: the same
 * calendar entries in the same order (a start entry at URGENT, a NORMAL entry per wait, an URGENT
 * entry per interrupt that cancels the pending wait), so the same results bit for bit.
 */
class CallbackSource implements ArrivalSource {
  isAlive = true;
  /** Calendar id of the pending entry (the start, or the next arrival), else -1. */
  private pending: number;
  private started = false;

  constructor(private readonly cls: ClassModel) {
    const sim = cls.sim;
    this.pending = sim.calendar.push(sim.now, URGENT, this);
  }

  /** @internal The start, or the next arrival. */
  _fire(): void {
    this.pending = -1;
    if (this.started) startVehicle(this.cls);
    this.started = true;
    this.waitForNext();
  }

  interrupt(): void {
    if (!this.isAlive) throw new Error(`cannot interrupt arrivals:${this.cls.id}: it has ended`);
    const sim = this.cls.sim;
    sim.calendar.push(sim.now, URGENT, () => this.redraw());
  }

  /** Demand changed: the pending arrival is dropped and the next drawn again from now. */
  private redraw(): void {
    if (!this.isAlive) return;
    if (this.pending >= 0) {
      this.cls.sim.cancel(this.pending);
      this.pending = -1;
    }
    this.started = true;
    this.waitForNext();
  }

  private waitForNext(): void {
    const cls = this.cls;
    const sim = cls.sim;
    const next = cls.arrivals.next(sim.now, cls.arrivalStream);
    if (!(next < cls.horizon)) {
      this.isAlive = false;
      return;
    }
    const delay = next - sim.now;
    if (!(delay >= 0)) {
      throw new RangeError(`arrivals:${cls.id} yielded a hold of ${delay}; expected a finite number >= 0`);
    }
    this.pending = sim.calendar.push(sim.now + delay, NORMAL, this);
  }
}
