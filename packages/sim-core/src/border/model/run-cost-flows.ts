import { makeDistribution } from '../../random/spec.js';
import type { Scenario, VehicleClass } from '../scenario/types.js';

const DAY = 1440;

/** What e-queues and fleets make of a class's demand over the horizon, for the run-cost estimate. */
export interface ClassFlow {
  /** Vehicles expected to reach the port (the conservation count `arrived`). */
  readonly arrived: number;
  /** Of those, the vehicles expected to set off along the route (a load needs a fleet vehicle first). */
  readonly routed: number;
  /**
   * Events of the class besides one per demand arrival and its vehicles' visits: a booking's wait
   * for its slot, a late arrival's delay (and its second booking), a load's request for a fleet
   * vehicle, and a fleet vehicle's trip away and home around each return.
   */
  readonly extraEvents: number;
}

/**
 * Per class, from its expected demand (`demand`, vehicles over the horizon): how many reach the
 * port and set off, and the events they cause before and around the stations.
 *
 * A class that books through an e-queue gets at most its share (in proportion to demand) of the
 * e-queue's slots over the horizon (`perDay`, and `perClass` for it), and of the tokens of each
 * quota counted at booking that applies to it; a booking that gets a slot waits for it off site
 * (one event), a no-show never comes, a late vehicle waits once more (and books again under
 * `rebook`, which behind a backlog leaves it out of the horizon). A fleet's loads each ask for a vehicle (one event); at most `vehicles × horizon /
 * cycle` of them set off, the cycle being the mean service times of both routes plus the time
 * away and home (waits left out, so it errs towards more trips); every load that sets off comes
 * back through the return class (but those still away at the horizon), with the trip away and
 * home as two more events.
 */
export function classFlows(scenario: Scenario, demand: ReadonlyMap<string, number>): Map<string, ClassFlow> {
  const days = scenario.calendar.horizon / DAY;
  const share = bookingShares(scenario, demand, days);
  const flows = new Map<string, ClassFlow>();
  for (const c of scenario.classes) {
    const wanted = demand.get(c.id) ?? 0;
    const queue = c.equeue === null ? undefined : scenario.equeues.find((q) => q.id === c.equeue);
    if (queue === undefined) {
      flows.set(c.id, { arrived: wanted, routed: wanted, extraEvents: 0 });
      continue;
    }
    const booked = share.get(c.id) ?? 1;
    const slots = wanted * booked;
    const coming = slots * (1 - queue.noShow);
    const rebook = queue.late.action === 'rebook';
    const late = coming * queue.late.share * (rebook ? 2 : 1);
    // A late vehicle that books again behind a backlog (demand above the slots) gets a slot too
    // late to come within the horizon.
    const arrived = coming * (rebook && booked < 1 ? 1 - queue.late.share : 1);
    flows.set(c.id, { arrived, routed: arrived, extraEvents: slots + late });
  }
  for (const f of scenario.fleets) {
    const out = flows.get(f.class)!;
    const loaded = scenario.classes.find((c) => c.id === f.class)!;
    const empty = scenario.classes.find((c) => c.id === f.returnsAs)!;
    const horizon = scenario.calendar.horizon;
    const outAndAway =
      routeTime(scenario, loaded, makeDistribution(loaded.carsPerVehicle).mean) +
      makeDistribution(f.away).mean;
    const cycle = outAndAway + routeTime(scenario, empty, 0) + makeDistribution(f.home).mean;
    const trips = Math.min(out.arrived, (f.vehicles * horizon) / cycle);
    // The loads that leave in the last `outAndAway` minutes are still away at the horizon.
    const returns = trips * Math.max(0, 1 - outAndAway / horizon);
    flows.set(f.class, { arrived: out.arrived, routed: trips, extraEvents: out.extraEvents + out.arrived });
    flows.set(f.returnsAs, { arrived: returns, routed: returns, extraEvents: 2 * returns });
  }
  return flows;
}

/**
 * The share of its demand each booking class can book over the horizon: the tightest of its
 * e-queue's slots, its own slots there, and the tokens of the quotas counted at booking that
 * apply to it, each divided among the classes that draw on it in proportion to their demand.
 */
function bookingShares(
  scenario: Scenario,
  demand: ReadonlyMap<string, number>,
  days: number,
): Map<string, number> {
  const shares = new Map<string, number>();
  const cap = (classes: readonly string[], capacity: number) => {
    const total = classes.reduce((sum, id) => sum + (demand.get(id) ?? 0), 0);
    if (total <= capacity) return;
    for (const id of classes) shares.set(id, Math.min(shares.get(id) ?? 1, capacity / total));
  };
  for (const q of scenario.equeues) {
    const booking = scenario.classes.filter((c) => c.equeue === q.id).map((c) => c.id);
    cap(booking, q.perDay * days);
    for (const [id, perDay] of Object.entries(q.perClass)) cap([id], perDay * days);
  }
  for (const q of scenario.quotas) if (q.countedAt === 'booking') cap(q.classes, q.perDay * days);
  return shares;
}

/**
 * Mean minutes of service along a class's route with `cars` on board: a fixed sequence in full; a
 * routing table only its entry stations, weighted by their probabilities (a lower bound, enough
 * for a cycle that errs towards more trips).
 */
function routeTime(scenario: Scenario, c: VehicleClass, cars: number): number {
  const steps =
    c.route.kind === 'sequence'
      ? c.route.stations.map((to) => ({ to, probability: 1 }))
      : c.route.entry.filter((t) => t.to !== 'exit');
  let minutes = 0;
  for (const { to, probability } of steps) {
    const s = scenario.stations.find((st) => st.id === to)!;
    minutes +=
      probability * (makeDistribution(s.serviceByClass[c.id]!).mean + (s.perCarByClass[c.id] ?? 0) * cars);
  }
  return minutes;
}
