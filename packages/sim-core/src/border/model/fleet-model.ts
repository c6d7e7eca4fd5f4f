import type { Distribution } from '../../random/distribution.js';
import type { RandomStream } from '../../random/stream.js';
import type { Request } from '../../request.js';
import { type RequestOptions, Resource } from '../../resource.js';
import type { Simulation } from '../../simulation.js';

/** What a fleet is built from. */
export interface FleetModelOptions {
  readonly sim: Simulation;
  readonly id: string;
  readonly vehicles: number;
  /** Minutes from leaving the port outbound to arriving back at it inbound. */
  readonly away: Distribution;
  /** Minutes from leaving the port inbound until free to take a load again. */
  readonly home: Distribution;
  /** The stream the away and home times are drawn from. */
  readonly rng: RandomStream;
  readonly warmUp: number;
}

/**
 * Vehicles that cycle through the port: a resource of `vehicles` units, held from the moment an
 * outbound load takes a vehicle until the vehicle, back through the inbound flow and home, is free
 * again. A load waits (FIFO within its class's priority) when every vehicle is away, so a cap or
 * a slowdown in one direction holds up the other. The fleet does not start the return journey
 * itself: it hands the vehicle, after its time away, to `comeBack`, which the model wires to a
 * journey of the return class (the fleet knows nothing of journeys, so the flow stays one way).
 */
export class FleetModel {
  readonly id: string;
  readonly vehicles: Resource;
  /** Round trips completed (back through the inbound exit) after the warm-up. */
  roundTrips = 0;
  /** Starts the return journey of a vehicle arriving back at the port; set by the model. */
  comeBack: (vehicle: Request) => void = () => {
    throw new Error('fleet not wired to its return class');
  };
  private readonly sim: Simulation;
  private readonly away: Distribution;
  private readonly home: Distribution;
  private readonly rng: RandomStream;
  private readonly warmUp: number;

  constructor(options: FleetModelOptions) {
    this.id = options.id;
    this.sim = options.sim;
    this.away = options.away;
    this.home = options.home;
    this.rng = options.rng;
    this.warmUp = options.warmUp;
    this.vehicles = new Resource(options.sim, { capacity: options.vehicles, name: `fleet:${options.id}` });
  }

  /** A load asks for a vehicle (its class's request options, made once per class). */
  request(options: RequestOptions): Request {
    return this.vehicles.request(options);
  }

  /** The loaded vehicle left the port outbound: after its time away it arrives back, empty. */
  leftOutbound(vehicle: Request): void {
    this.sim.schedule(this.away.sample(this.rng), () => this.comeBack(vehicle));
  }

  /** The outbound vehicle was turned away at the port: it goes back to its yard, free at once. */
  turnedBackOutbound(vehicle: Request): void {
    this.vehicles.release(vehicle);
  }

  /** The empty vehicle left the port inbound (`exited`, or turned away): home, then free. */
  leftInbound(vehicle: Request, exited: boolean): void {
    if (exited && this.sim.now >= this.warmUp) this.roundTrips++;
    this.sim.schedule(this.home.sample(this.rng), () => this.vehicles.release(vehicle));
  }

  resetStats(): void {
    this.vehicles.resetStats();
    this.roundTrips = 0;
  }
}
