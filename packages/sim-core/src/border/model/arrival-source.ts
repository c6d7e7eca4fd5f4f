import { NORMAL, URGENT } from '../../priority.js';
import { bookedJourney } from './booked-journey.js';
import { startJourney } from './callback-journey.js';
import type { ClassModel } from './class-model.js';
import { classSource } from './class-source.js';

/** What a class's model asks of its arrivals: whether they go on, and a new start after a demand shock. */
export interface ArrivalSourceHandle {
  readonly isAlive: boolean;
  interrupt(cause?: unknown): void;
}

/**
 * Starts the arrivals of `cls` now. A run that traces its vehicles keeps the generator's process
 * (`class-source.ts`), whose trace records name it; any other runs {@link ArrivalSource}.
 */
export function startArrivals(cls: ClassModel): ArrivalSourceHandle {
  if (cls.vehicleProcesses) return cls.sim.process(classSource(cls), `arrivals:${cls.id}`);
  return new ArrivalSource(cls);
}

/**
 * The arrivals of one class on the engine's callback interface: `classSource` step for step.
 *
 * Why: the generator's process costs a resumption and an iterator result per arrival (230,000 a
 * replication-year of horgos-2024). This source puts on the calendar exactly the entries the
 * process did, at the same times, with the same priorities and in the same order (a start entry
 * at URGENT; a NORMAL entry per wait for the next arrival, at `now + (next − now)` as the process
 * computes a hold; an URGENT entry per interrupt, which cancels the pending wait), and draws the
 * same numbers, so a run's results are the same bit for bit.
 */
export class ArrivalSource implements ArrivalSourceHandle {
  private readonly cls: ClassModel;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  /** Calendar id of the pending entry (the start, then each wait), or -1 when there is none. */
  private pending = 0;
  private started = false;
  private alive = true;

  constructor(cls: ClassModel) {
    this.cls = cls;
    const sim = cls.sim;
    this.pending = sim.calendar.push(sim.now, URGENT, this);
  }

  /** True until no arrival is left before the horizon. */
  get isAlive(): boolean {
    return this.alive;
  }

  /**
   * A demand shock changed the arrival process: at the current time, before ordinary events of
   * this instant, the wait for the next arrival is dropped and the next one drawn from now.
   */
  interrupt(_cause?: unknown): void {
    if (!this.alive) throw new Error(`cannot interrupt arrivals:${this.cls.id}: they have ended`);
    const sim = this.cls.sim;
    sim.calendar.push(sim.now, URGENT, () => this.redraw());
  }

  /** @internal The start, or the next arrival is due. */
  _fire(): void {
    this.pending = -1;
    if (this.started) this.arrive();
    this.started = true;
    this.waitForNext();
  }

  private redraw(): void {
    if (!this.alive) return;
    if (this.pending >= 0) {
      this.cls.sim.cancel(this.pending);
      this.pending = -1;
    }
    this.started = true;
    this.waitForNext();
  }

  /** A vehicle arrives: its journey starts (through its electronic queue's booking once that has opened). */
  private arrive(): void {
    const cls = this.cls;
    const equeue = cls.equeue;
    if (equeue === null || cls.sim.now < equeue.opens) startJourney(cls);
    else cls.sim.process(bookedJourney(cls, equeue), cls.processName);
  }

  /** Draws the next arrival and waits for it, or ends when it falls after the horizon. */
  private waitForNext(): void {
    const cls = this.cls;
    const sim = cls.sim;
    const next = cls.arrivals.next(sim.now, cls.arrivalStream);
    if (!(next < cls.horizon)) {
      this.alive = false;
      return;
    }
    this.pending = sim.calendar.push(sim.now + (next - sim.now), NORMAL, this);
  }
}
