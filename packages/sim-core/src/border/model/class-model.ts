import type { ArrivalProcess } from '../../random/arrival-process.js';
import type { Distribution } from '../../random/distribution.js';
import type { RandomStream } from '../../random/stream.js';
import type { RequestOptions } from '../../resource.js';
import type { Simulation } from '../../simulation.js';
import type { VehicleClass } from '../scenario/types.js';
import { type ArrivalSourceHandle, startArrivals } from './arrival-source.js';
import type { CallbackJourney } from './callback-journey.js';
import { classArrivals } from './class-arrivals.js';
import { CostLedger } from './cost-ledger.js';
import type { DailyQuota } from './daily-quota.js';
import type { DailySeries } from './daily-series.js';
import type { DriverPool } from './driver-pool.js';
import { DurationStats } from './duration-stats.js';
import type { EQueueModel } from './equeue-model.js';
import type { FleetModel } from './fleet-model.js';
import type { LocalClock } from './local-clock.js';
import type { PortChooser, PortRoute } from './port-choice.js';
import type { PortOccupancy } from './port-occupancy.js';
import type { Router } from './router.js';
import { Tariff } from './tariff.js';

/** What a class is built from. */
export interface ClassModelOptions {
  readonly sim: Simulation;
  readonly spec: VehicleClass;
  /** Its position in the scenario's list of classes. */
  readonly index: number;
  /** The clock its arrival profiles are read on. */
  readonly clock: LocalClock;
  readonly horizon: number;
  readonly warmUp: number;
  readonly batch: Distribution;
  readonly streams: { readonly arrivals: RandomStream; readonly batch: RandomStream };
  readonly router: Router;
  /** The pool its vehicles take a driver from, or null when they need none. */
  readonly drivers: DriverPool | null;
  readonly port: PortOccupancy;
  /** The electronic queue its vehicles book a slot in before the border (default: none). */
  readonly equeue?: EQueueModel | null;
  /** Quotas counted at booking that its vehicles need a token of before they book (default: none). */
  readonly bookingQuotas?: readonly DailyQuota[];
  /** The count of vehicles in the port in the class's direction. */
  readonly directionPort: PortOccupancy;
  /** The fleet its vehicles come from (outbound) or come back to (its return class), or null. */
  readonly fleet?: FleetModel | null;
  /** The day-by-day recorder, shared by the classes (a row per class). */
  readonly daily: DailySeries;
  /** In a scenario with ports: how a vehicle picks its port (default: none, the scenario has no ports). */
  readonly portChooser?: PortChooser | null;
  /** Its route at each port by port index, null where it has none (default: none). */
  readonly routeAt?: readonly (PortRoute | null)[];
  /** Whether its vehicles run as named processes, for a trace (default false: see `traceVehicles`). */
  readonly vehicleProcesses?: boolean;
}

/**
 * A vehicle class as it runs for one replication: everything one of its vehicles needs on its way
 * (the router, the tariff and ledger, the driver pool, the port's count) and the class's
 * statistics. A vehicle's journey asks these objects; it never calls back into the model.
 */
export class ClassModel {
  readonly id: string;
  /** Position in the scenario's list of classes: the index of per-class settings of stations. */
  readonly index: number;
  /** The engine's priority (lower first): the scenario's is "larger first". */
  readonly priority: number;
  /** Request options of its vehicles, made once (no allocation per request). */
  readonly requestOptions: RequestOptions;
  /** Name of its vehicles' processes in traces. */
  readonly processName: string;
  /**
   * Whether its vehicles run as processes named {@link processName} (the generator journey), as a
   * traced run has them by default; else on the callback journey, which puts the same entries on
   * the calendar and gives the same results, faster.
   */
  readonly vehicleProcesses: boolean;
  readonly spec: VehicleClass;
  readonly sim: Simulation;
  readonly warmUp: number;
  readonly horizon: number;
  arrivals: ArrivalProcess;
  demand = 1;
  readonly batch: Distribution;
  readonly arrivalStream: RandomStream;
  readonly batchStream: RandomStream;
  readonly router: Router;
  readonly drivers: DriverPool | null;
  readonly port: PortOccupancy;
  readonly equeue: EQueueModel | null;
  readonly bookingQuotas: readonly DailyQuota[];
  readonly directionPort: PortOccupancy;
  readonly fleet: FleetModel | null;
  /** A fleet's return class: its vehicles come back empty, with no cars on board. */
  readonly empty: boolean;
  readonly daily: DailySeries;
  /** How a vehicle picks its port; null in a scenario without ports (then `router` is its route). */
  readonly portChooser: PortChooser | null;
  /** Its route at each port by port index (where a diverted vehicle goes on); empty without ports. */
  readonly routeAt: readonly (PortRoute | null)[];
  readonly crossing = new DurationStats();
  readonly ledger = new CostLedger();
  readonly tariff = new Tariff(this.ledger);
  arrived = 0;
  exited = 0;
  turnedAway = 0;
  carsExited = 0;
  /** Over the whole run, warm-up included: for conservation checks. */
  readonly flow = { arrived: 0, exited: 0, turnedAway: 0 };
  /** The process that generates its vehicles, once started. */
  source: ArrivalSourceHandle | null = null;
  /** Journeys of its vehicles that have ended, for its next vehicles (see `CallbackJourney.start`). */
  readonly idleJourneys: CallbackJourney[] = [];
  private readonly clock: LocalClock;

  constructor(options: ClassModelOptions) {
    const spec = options.spec;
    this.id = spec.id;
    this.index = options.index;
    this.spec = spec;
    this.sim = options.sim;
    this.warmUp = options.warmUp;
    this.horizon = options.horizon;
    this.priority = -spec.priority;
    this.requestOptions = Object.freeze({ priority: this.priority });
    this.processName = `vehicle:${spec.id}`;
    this.vehicleProcesses = options.vehicleProcesses ?? false;
    this.clock = options.clock;
    this.arrivals = classArrivals(spec.arrivals, this.clock, 1, this.horizon);
    this.batch = options.batch;
    this.arrivalStream = options.streams.arrivals;
    this.batchStream = options.streams.batch;
    this.router = options.router;
    this.drivers = options.drivers;
    this.port = options.port;
    this.equeue = options.equeue ?? null;
    this.bookingQuotas = options.bookingQuotas ?? [];
    this.directionPort = options.directionPort;
    this.fleet = options.fleet ?? null;
    this.empty = this.fleet !== null && spec.direction === 'inbound';
    this.daily = options.daily;
    this.portChooser = options.portChooser ?? null;
    this.routeAt = options.routeAt ?? [];
  }

  /**
   * The arrival rate becomes `multiplier` × the file's (a 'demand' shock): the arrival process is
   * rebuilt and the source draws its next arrival again from now (exact for Poisson arrivals).
   */
  setDemand(multiplier: number): void {
    this.demand = multiplier;
    this.arrivals = classArrivals(this.spec.arrivals, this.clock, multiplier, this.horizon);
    const source = this.source;
    if (source === null) return;
    if (source.isAlive) source.interrupt('demand changed');
    // A source ends when its process has no arrival left before the horizon, as under a ×0
    // demand; a later shock that brings demand back starts it again from now (exact for Poisson).
    else if (multiplier > 0) this.source = startArrivals(this);
  }
}
