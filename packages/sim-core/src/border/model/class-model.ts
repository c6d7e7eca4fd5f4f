import type { ArrivalProcess } from '../../random/arrival-process.js';
import type { Distribution } from '../../random/distribution.js';
import type { RandomStream } from '../../random/stream.js';
import type { Fee, VehicleClass } from '../scenario/types.js';
import { CostLedger } from './cost-ledger.js';
import { DurationStats } from './duration-stats.js';

/** A vehicle class as it runs: its arrival process, streams and statistics for one replication. */
export class ClassModel {
  readonly id: string;
  /** The engine's priority (lower first): the scenario's is "larger first". */
  readonly priority: number;
  /** Name of its vehicles' processes in traces. */
  readonly processName: string;
  readonly spec: VehicleClass;
  arrivals: ArrivalProcess;
  demand = 1;
  readonly batch: Distribution;
  readonly arrivalStream: RandomStream;
  readonly batchStream: RandomStream;
  readonly routingStream: RandomStream;
  readonly crossing = new DurationStats();
  readonly ledger = new CostLedger();
  /** The fees this class pays, by the station that charges them ('' for the exit). */
  readonly feesAt = new Map<string, Fee[]>();
  arrived = 0;
  exited = 0;
  turnedAway = 0;
  carsExited = 0;
  /** Over the whole run, warm-up included: for conservation checks. */
  readonly flow = { arrived: 0, exited: 0, turnedAway: 0 };

  constructor(
    spec: VehicleClass,
    arrivals: ArrivalProcess,
    batch: Distribution,
    streams: { arrivals: RandomStream; batch: RandomStream; routing: RandomStream },
  ) {
    this.id = spec.id;
    this.spec = spec;
    this.priority = -spec.priority;
    this.processName = `vehicle:${spec.id}`;
    this.arrivals = arrivals;
    this.batch = batch;
    this.arrivalStream = streams.arrivals;
    this.batchStream = streams.batch;
    this.routingStream = streams.routing;
  }
}
