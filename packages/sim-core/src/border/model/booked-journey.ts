import type { ProcessGenerator } from '../../process.js';
import type { ClassModel } from './class-model.js';
import type { EQueueModel } from './equeue-model.js';
import { vehicleJourney } from './vehicle-journey.js';

/**
 * A vehicle that books a slot in an electronic queue before it drives to the border. First it
 * takes a token of each quota counted at booking that applies to its class: it waits off site,
 * first come first served, for a later day's token ('carried'; it books when it gets it), or gives
 * up and never comes ('lost'; counted as refused). Then it books (at its arrival time, or when
 * it got its last token), is ready `leadTime` later, and waits off site (the virtual queue: no station,
 * no driver) until the instant its slot says it reaches the border. A share never comes (a
 * no-show: its slot stays taken); a share comes late, and is then let in or books again from the
 * moment it arrives. At the border it starts the same journey as a vehicle without a booking.
 */
export function* bookedJourney(cls: ClassModel, queue: EQueueModel): ProcessGenerator<void> {
  const sim = cls.sim;
  const quotas = cls.bookingQuotas;
  for (let q = 0; q < quotas.length; q++) {
    const granted: boolean = yield quotas[q]!.take(1);
    if (!granted) {
      queue.refused++;
      return;
    }
  }
  queue.join(sim.now);
  let readyAt = sim.now + queue.leadTime;
  for (;;) {
    yield queue.book(cls.index, readyAt) - sim.now;
    if (queue.drawNoShow()) {
      queue.noShow(sim.now);
      return;
    }
    if (!queue.drawLate()) break;
    queue.late++;
    yield queue.drawLateBy();
    if (queue.lateRule === 'admit') break;
    queue.rebooked++;
    readyAt = sim.now;
  }
  queue.arrive(sim.now);
  yield* vehicleJourney(cls);
}
