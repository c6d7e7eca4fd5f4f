import type { ProcessGenerator } from '../../process.js';
import { bookedJourney } from './booked-journey.js';
import { startJourney } from './callback-journey.js';
import type { ClassModel } from './class-model.js';

/**
 * The arrivals of one class: draws the next arrival time, waits for it and starts a vehicle's
 * journey (through its electronic queue's booking first, if it has one and it has opened), until
 * the next arrival falls after the horizon. A demand shock interrupts the wait,
 * and the next arrival is drawn again from the new process.
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
    const equeue = cls.equeue;
    if (equeue === null || sim.now < equeue.opens) startJourney(cls);
    else sim.process(bookedJourney(cls, equeue), cls.processName);
  }
}
