import type { RandomStream } from '../../random/stream.js';
import type { PortModel } from './port-model.js';
import type { Router } from './router.js';
import type { StationModel } from './station-model.js';

/** A class's way through one port: the port and the router of its route there. */
export interface PortRoute {
  readonly port: PortModel;
  readonly router: Router;
  /** The route's first stations with the probability of starting at each (one at 1 for a sequence). */
  readonly entry: readonly { readonly station: StationModel; readonly probability: number }[];
  /** Mean service time of the class at each entry station, minutes (same order as `entry`). */
  readonly meanService: readonly number[];
}

/** Picks the port of an arriving vehicle. Asked once per vehicle; it never calls back into the model. */
export interface PortChooser {
  choose(): PortRoute;
}

/** A class with a route at one port only. */
export class OnePort implements PortChooser {
  constructor(private readonly route: PortRoute) {}

  choose(): PortRoute {
    return this.route;
  }
}

/** Fixed shares, drawn from the class's own stream (`ports:<class>`), one uniform per vehicle. */
export class PortShares implements PortChooser {
  constructor(
    private readonly routes: readonly PortRoute[],
    private readonly probability: readonly number[],
    private readonly rng: RandomStream,
  ) {}

  choose(): PortRoute {
    const u = this.rng.random();
    let sum = 0;
    const n = this.routes.length;
    for (let i = 0; i < n; i++) {
      sum += this.probability[i]!;
      if (u < sum) return this.routes[i]!;
    }
    return this.routes[n - 1]!; // rounding: the shares sum to 1 within 1e-9
  }
}

/**
 * The expected wait of a vehicle that reaches `station` now, minutes: with n vehicles waiting
 * there (not yet in service), b lanes busy and c open, it waits 0 when a lane is free and no one is
 * ahead (b + n < c), else about (n + 1) mean services shared by c lanes. For exponential service
 * this is exact (in M/M/c, with all c lanes busy, services end at rate c·μ and the vehicle starts
 * after n + 1 of them); a pure delay has no wait, a closed station (c = 0) an unbounded one.
 */
export function expectedWait(station: StationModel, meanService: number): number {
  const lanes = station.lanes;
  if (lanes === null) return 0;
  const open = lanes.capacity;
  if (open === 0) return Number.POSITIVE_INFINITY;
  const waiting = station.waitingCount;
  if (lanes.busy + waiting < open) return 0;
  return ((waiting + 1) * meanService) / open;
}

/**
 * The shortest expected wait as seen at decision time: the port whose entry stations promise the
 * least wait (weighted by the entry probabilities); ties go to the port with fewer vehicles in it,
 * then round-robin from the port after the last tie's winner, so the choice is deterministic and
 * needs no random draw.
 */
export class ShortestWait implements PortChooser {
  private turn = 0;

  constructor(private readonly routes: readonly PortRoute[]) {}

  choose(): PortRoute {
    const routes = this.routes;
    const n = routes.length;
    let best = -1;
    let bestWait = 0;
    let bestCount = 0;
    let tie = false;
    for (let k = 0; k < n; k++) {
      // Start from the round-robin turn so that a full tie goes to the next port in turn.
      const i = (this.turn + k) % n;
      const route = routes[i]!;
      const wait = portWait(route);
      const count = route.port.inPort;
      if (best < 0 || wait < bestWait || (wait === bestWait && count < bestCount)) {
        best = i;
        bestWait = wait;
        bestCount = count;
        tie = false;
      } else if (wait === bestWait && count === bestCount) tie = true;
    }
    if (tie) this.turn = (best + 1) % n;
    return routes[best]!;
  }
}

function portWait(route: PortRoute): number {
  const entry = route.entry;
  let wait = 0;
  for (let j = 0; j < entry.length; j++) {
    const e = entry[j]!;
    if (e.probability > 0) wait += e.probability * expectedWait(e.station, route.meanService[j]!);
  }
  return wait;
}
