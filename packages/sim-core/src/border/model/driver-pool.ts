import type { Distribution } from '../../random/distribution.js';
import type { RandomStream } from '../../random/stream.js';
import type { Request } from '../../request.js';
import { type RequestOptions, Resource } from '../../resource.js';
import type { Simulation } from '../../simulation.js';
import type { DriverFeeRule } from './driver-fee-rule.js';
import type { StationModel } from './station-model.js';

/** What a driver pool is built from. */
export interface DriverPoolOptions {
  readonly sim: Simulation;
  readonly count: number;
  /** Minutes from handing a car over until the driver is free again. */
  readonly returnTrip: Distribution;
  /** What a trip is paid. */
  readonly fee: DriverFeeRule;
  /** The stream the return trips are drawn from. */
  readonly rng: RandomStream;
  /** The station on reaching which a car takes its driver; null: before its first station. */
  readonly takenAt?: StationModel | null;
  /** The station after whose service the driver is released; null: when the car leaves. */
  readonly releasedAt?: StationModel | null;
}

/**
 * Hired drivers who each take a car across and come back: a resource of `count` drivers, held
 * from the moment a car gets its driver (where drivers are taken) until the driver is back from
 * the handover (where drivers are released; the return trip is drawn per trip). Cars wait when no
 * driver is free. Fees are paid per completed trip, by the pool's fee rule (which may follow
 * the trip's duration and the scarcity of drivers). Shocks go through `setFee` and `setSize`.
 */
export class DriverPool {
  readonly drivers: Resource;
  /** The station on reaching which a car takes its driver; null: before its first station. */
  readonly takenAt: StationModel | null;
  /** The station after whose service the driver is released; null: when the car leaves. */
  readonly releasedAt: StationModel | null;
  trips = 0;
  fees = 0;
  private readonly fee: DriverFeeRule;
  private readonly sim: Simulation;
  private readonly returnTrip: Distribution;
  private readonly rng: RandomStream;

  constructor(options: DriverPoolOptions) {
    this.sim = options.sim;
    this.returnTrip = options.returnTrip;
    this.rng = options.rng;
    this.drivers = new Resource(options.sim, { capacity: options.count, name: 'drivers' });
    this.fee = options.fee;
    this.takenAt = options.takenAt ?? null;
    this.releasedAt = options.releasedAt ?? null;
  }

  /** A car asks for a driver (its class's request options, made once per class). */
  request(options: RequestOptions): Request {
    return this.drivers.request(options);
  }

  /** The fixed fee per trip from now on (a 'driverFee' shock). */
  setFee(fee: number): void {
    this.fee.setFixed(fee);
  }

  /**
   * Cars waiting for a driver per free driver, the driver just taken counted as free (so never a
   * division by zero): the scarcity a car sees as it sets off.
   */
  scarcity(): number {
    const drivers = this.drivers;
    return drivers.queueLength / (Math.max(0, drivers.capacity - drivers.busy) + 1);
  }

  /** Drivers from now on (a 'driverPool' shock): drivers on a trip above the new count finish it. */
  setSize(count: number): void {
    this.drivers.setCapacity(count, 'finish');
  }

  /**
   * The car was handed over (`paid`) or turned back: the driver returns, then is free (the driver's
   * request, or null for a driver seized with \`yield pool.drivers\`). A paid trip
   * of `minutes` minutes that set off at `scarcity` (see {@link scarcity}) is paid by the fee rule.
   */
  finishTrip(
    driver: Request | null,
    paid: boolean,
    counted: boolean,
    minutes: number,
    scarcity: number,
  ): number {
    const fee = paid ? this.fee.amount(minutes, scarcity) : 0;
    if (counted && paid) {
      this.trips++;
      this.fees += fee;
    }
    const back = this.returnTrip.sample(this.rng);
    this.sim.schedule(back, driver === null ? this.releaseSeized : () => this.drivers.release(driver));
    return fee;
  }

  /** Frees a driver taken by seizing (`yield pool.drivers`): one callback for every such trip. */
  private readonly releaseSeized = (): void => {
    this.drivers.release();
  };

  resetStats(): void {
    this.drivers.resetStats();
    this.trips = 0;
    this.fees = 0;
  }
}
