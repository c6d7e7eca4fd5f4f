import type { ProcessGenerator } from '../../process.js';
import type { ClassModel } from './class-model.js';
import type { EQueueModel } from './equeue-model.js';
import { vehicleJourney } from './vehicle-journey.js';

/**
 * A vehicle that books a slot in an electronic queue before it drives to the border: it books at
 * its arrival time, is ready `leadTime` later, and waits off site (the virtual queue: no station,
 * no driver) until the instant its slot says it reaches the border. A share never comes (a
 * no-show: its slot stays taken); a share comes late, and is then let in or books again from the
 * moment it arrives. At the border it starts the same journey as a vehicle without a booking.
 */
export function* bookedJourney(cls: ClassModel, queue: EQueueModel): ProcessGenerator<void> {
  const sim = cls.sim;
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
