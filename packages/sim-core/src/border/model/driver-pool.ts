import type { Distribution } from '../../random/distribution.js';
import type { RandomStream } from '../../random/stream.js';
import type { Request } from '../../request.js';
import { Resource } from '../../resource.js';
import type { Simulation } from '../../simulation.js';

/**
 * Hired drivers who each take a car across and come back: a resource of `count` drivers, held
 * from the moment a car gets its driver until the driver is back from the handover (the return
 * trip is drawn per trip). Cars wait when no driver is free. Fees are paid per completed trip.
 */
export class DriverPool {
  readonly drivers: Resource;
  /** Fee per trip in the reporting currency (changed by shocks). */
  fee: number;
  trips = 0;
  fees = 0;

  constructor(
    private readonly sim: Simulation,
    count: number,
    private readonly returnTrip: Distribution,
    fee: number,
    private readonly rng: RandomStream,
  ) {
    this.drivers = new Resource(sim, { capacity: count, name: 'drivers' });
    this.fee = fee;
  }

  request(priority: number): Request {
    return this.drivers.request({ priority });
  }

  /** The car was handed over (`paid`) or turned back: the driver returns, then is free. */
  finishTrip(driver: Request, paid: boolean, counted: boolean): number {
    const fee = paid ? this.fee : 0;
    if (counted && paid) {
      this.trips++;
      this.fees += fee;
    }
    this.sim.schedule(this.returnTrip.sample(this.rng), () => this.drivers.release(driver));
    return fee;
  }

  resetStats(): void {
    this.drivers.resetStats();
    this.trips = 0;
    this.fees = 0;
  }
}
