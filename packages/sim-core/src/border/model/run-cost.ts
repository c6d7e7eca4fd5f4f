import { monthOfDay } from '../../civil-time.js';
import { makeDistribution } from '../../random/spec.js';
import { erlangC } from '../../theory/erlang-c.js';
import type { Arrivals, Scenario, Shock, Station, VehicleClass } from '../scenario/types.js';
import { classFlows } from './run-cost-flows.js';

const DAY = 1440;

/** What one replication of a scenario is expected to cost, before running it. */
export interface RunCost {
  /** Calendar events one replication is expected to process: the measure of its running time. */
  readonly events: number;
  /** Vehicles expected to reach the port, all classes (after their bookings; fleet returns included). */
  readonly arrivals: number;
  /**
   * Vehicles the busiest overloaded station is expected to hold at the end: a lower bound on the
   * vehicles in memory at once (0 when every station keeps up with its demand).
   */
  readonly backlog: number;
  /** The station of {@link backlog}, or null when there is none. */
  readonly backlogStation: string | null;
  /** By class: expected arrivals at the port and station visits per vehicle. */
  readonly classes: readonly { readonly id: string; readonly arrivals: number; readonly visits: number }[];
}

/**
 * Estimates the events and the backlog of one replication from the scenario alone, in time linear
 * in the horizon's days: arrivals from the rates (profiles, rate tables, renewal gaps and demand
 * shocks integrated over the horizon) and, per vehicle, an arrival event, the start of its journey,
 * at each station visited its service timeout plus a grant through the calendar when it had to
 * wait for a lane (Erlang C at the station's load while open; see waitProbabilities), and only
 * for the share an overloaded station can serve (the expected visits of a routing table solved
 * exactly), a secondary inspection where one applies, and a driver's return trip per car. Opening-hours changes, quota
 * resets, closures and shocks add their own events. Before the border, the e-queues and fleets
 * add theirs (run-cost-flows.ts): a booking's wait for its slot, with only the booked vehicles
 * that get a slot and come reaching the port, and a fleet's loads, trips away and home, and the
 * empty returns through the inbound route.
 *
 * Within a factor of 1.25 of the events counted in real runs of the shipped scenarios, of an
 * M/M/c queue, and of ports with a booked e-queue and a cycling fleet (see run-cost.test.ts); it is for refusing runs that could not finish, not a forecast.
 *
 * The backlog assumes every station open all the time at its largest lane count and fastest
 * service among the file and its shocks, and ignores quotas and per-car service time: all of these
 * only lengthen queues, so it underestimates, and a run refused for its backlog is certain to hold
 * at least that many. A station with a quota that turns vehicles away (`leftover: 'lost'`) is
 * left out, since there the quota, not the lanes, bounds the queue.
 */
export function estimateRunCost(scenario: Scenario): RunCost {
  const horizon = scenario.calendar.horizon;
  const demand = new Map(scenario.classes.map((c) => [c.id, expectedArrivals(scenario, c)]));
  const flows = classFlows(scenario, demand);
  const classes = scenario.classes.map((c) => {
    const flow = flows.get(c.id)!;
    return { id: c.id, arrivals: flow.arrived, routed: flow.routed, visits: expectedVisits(c) };
  });
  const stations = new Map(scenario.stations.map((s) => [s.id, s]));
  const waiting = waitProbabilities(scenario, classes, horizon);
  // A visit is its service timeout, plus a grant through the calendar when it queued: a free lane
  // is taken at once, without an event.
  // At an overloaded station only the share its lanes can serve gets that far in the run.
  const eventsPerVisit = (s: Station) => {
    if (s.lanes === 'infinite') return 1;
    const w = waiting.get(s.id)!;
    return w.served * (1 + w.wait);
  };
  let events = 1 + scenario.shocks.length + periodicEvents(scenario);
  scenario.classes.forEach((c, i) => {
    const { routed, visits } = classes[i]!;
    // One event per vehicle the class's source makes, the rest per vehicle that sets off.
    events += demand.get(c.id)! + flows.get(c.id)!.extraEvents;
    // The vehicle's journey starts as a process: one calendar entry.
    let perVehicle = 1;
    for (const [station, n] of visits) {
      const s = stations.get(station)!;
      const inspection =
        s.secondary === null
          ? 0
          : (s.secondary.probabilityByClass[c.id] ?? 0) * (s.secondary.lanes === 'infinite' ? 1 : 2);
      perVehicle += n * (eventsPerVisit(s) + inspection);
    }
    if (c.needsDriver && scenario.drivers !== null) perVehicle += makeDistribution(c.carsPerVehicle).mean;
    events += routed * perVehicle;
  });
  const { backlog, station } = largestBacklog(scenario, classes, horizon);
  return {
    events,
    arrivals: classes.reduce((sum, c) => sum + c.arrivals, 0),
    backlog,
    backlogStation: station,
    classes: classes.map(({ id, arrivals, visits }) => ({
      id,
      arrivals,
      visits: [...visits.values()].reduce((a, b) => a + b, 0),
    })),
  };
}

/** A visit to lanes is a seize and a release; to infinite lanes, a pure delay, one timeout. */
/**
 * Per station with lanes, the probability that a visit waits for a lane, and the share of visits
 * its lanes can serve over the run (below 1 when overloaded). The station is an M/M/c
 * open a fraction f of the week: a vehicle arriving while it is closed waits (1 − f), one arriving
 * while it is open waits with Erlang C at the load it sees then, a / f (1 when that is c or more).
 * Mean service includes the per-car time at the class's mean load.
 */
function waitProbabilities(
  scenario: Scenario,
  classes: readonly { id: string; routed: number; visits: Map<string, number> }[],
  horizon: number,
): Map<string, { wait: number; served: number }> {
  const sides = new Map(scenario.sides.map((s) => [s.id, s]));
  const cars = new Map(scenario.classes.map((c) => [c.id, makeDistribution(c.carsPerVehicle).mean]));
  const out = new Map<string, { wait: number; served: number }>();
  for (const s of scenario.stations) {
    if (s.lanes === 'infinite') continue;
    let load = 0;
    for (const c of classes) {
      const rate = (c.routed / horizon) * (c.visits.get(s.id) ?? 0);
      if (rate === 0) continue;
      const service =
        makeDistribution(s.serviceByClass[c.id]!).mean + (s.perCarByClass[c.id] ?? 0) * cars.get(c.id)!;
      load += rate * service;
    }
    const side = s.side === null ? undefined : sides.get(s.side);
    const open =
      side === undefined
        ? 1
        : side.openingHours.flat().reduce((sum, i) => sum + (i.to - i.from), 0) / (7 * DAY);
    const busy = open > 0 ? load / open : Number.POSITIVE_INFINITY;
    out.set(
      s.id,
      busy >= s.lanes
        ? { wait: 1, served: s.lanes / busy }
        : { wait: 1 - open + open * erlangC(s.lanes, busy), served: 1 },
    );
  }
  return out;
}

/** Expected arrivals of a class over the horizon. */
function expectedArrivals(scenario: Scenario, c: VehicleClass): number {
  const { horizon } = scenario.calendar;
  const demand = demandSteps(scenario.shocks, c.id);
  const a: Arrivals = c.arrivals;
  if (a.kind === 'renewal')
    return (horizon / makeDistribution(a.interarrival).mean) * meanOf(demand, horizon);
  if (a.kind === 'rateTable') return rateTableIntegral(a, horizon) * meanOf(demand, horizon);
  // Poisson with profiles: day by day, the month's multiplier times the mean hourly one.
  const hourly = a.hourly.reduce((s, x) => s + x, 0) / a.hourly.length;
  const startDay = (scenario.calendar.startEpochMs / 60_000 + scenario.calendar.startUtcOffset) / DAY;
  let total = 0;
  for (let from = 0; from < horizon; from += DAY) {
    const length = Math.min(DAY, horizon - from);
    const month = monthOfDay(Math.floor(startDay + from / DAY));
    total += length * a.monthly[month - 1]! * multiplierAt(demand, from);
  }
  return total * a.ratePerMinute * hourly;
}

/** A class's demand multiplier from each time on: [at, multiplier], ascending, from 0. */
function demandSteps(shocks: readonly Shock[], classId: string): [number, number][] {
  const steps: [number, number][] = [[0, 1]];
  for (const s of shocks) if (s.change === 'demand' && s.class === classId) steps.push([s.at, s.multiplier]);
  return steps;
}

function multiplierAt(steps: readonly [number, number][], t: number): number {
  let m = 1;
  for (const [at, value] of steps) if (at <= t) m = value;
  return m;
}

/** The time-weighted mean of a step function over [0, horizon]. */
function meanOf(steps: readonly [number, number][], horizon: number): number {
  let sum = 0;
  steps.forEach(([at, value], i) => {
    const end = Math.min(steps[i + 1]?.[0] ?? horizon, horizon);
    sum += value * Math.max(0, end - at);
  });
  return sum / horizon;
}

/** ∫ rate over [0, horizon] of a piecewise-constant rate, cycled or not. */
function rateTableIntegral(a: Extract<Arrivals, { kind: 'rateTable' }>, horizon: number): number {
  const upTo = (t: number) => {
    let sum = 0;
    a.rows.forEach((row, i) => {
      const end = Math.min(a.rows[i + 1]?.from ?? Number.POSITIVE_INFINITY, t);
      if (end > row.from) sum += row.ratePerMinute * (end - row.from);
    });
    return sum;
  };
  if (a.repeatEvery === null) return upTo(horizon);
  const cycles = Math.floor(horizon / a.repeatEvery);
  return cycles * upTo(a.repeatEvery) + upTo(horizon - cycles * a.repeatEvery);
}

/**
 * Expected visits per vehicle to each station. A routing table is a Markov chain: the visits v
 * solve v = entry + Pᵀv, solved here by Gaussian elimination (validation has made sure `exit` is
 * reachable, so I − Pᵀ is invertible).
 */
function expectedVisits(c: VehicleClass): Map<string, number> {
  const visits = new Map<string, number>();
  if (c.route.kind === 'sequence') {
    for (const s of c.route.stations) visits.set(s, (visits.get(s) ?? 0) + 1);
    return visits;
  }
  const { entry, next } = c.route;
  const ids = [...new Set([...entry.map((t) => t.to), ...Object.keys(next)])].filter((id) => id !== 'exit');
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  // Rows of [I − Pᵀ | entry].
  const m = ids.map((_, i) => [...ids.map((_, j) => (i === j ? 1 : 0)), 0]);
  for (const t of entry) if (index.has(t.to)) m[index.get(t.to)!]![n] = t.probability;
  for (const [from, row] of Object.entries(next)) {
    for (const t of row) if (index.has(t.to)) m[index.get(t.to)!]![index.get(from)!]! -= t.probability;
  }
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f !== 0) for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  ids.forEach((id, i) => {
    const v = m[i]![n]! / m[i]![i]!;
    visits.set(id, Number.isFinite(v) && v >= 0 ? v : Number.POSITIVE_INFINITY);
  });
  return visits;
}

/** Events that come with time rather than vehicles: opening-hours changes, quota resets, closures. */
function periodicEvents(scenario: Scenario): number {
  const days = scenario.calendar.horizon / DAY;
  const sides = new Map(scenario.sides.map((s) => [s.id, s]));
  let perDay = scenario.quotas.length;
  let once = 0;
  for (const station of scenario.stations) {
    if (station.side === null) continue;
    const side = sides.get(station.side)!;
    const intervals = side.openingHours.reduce((sum, day) => sum + day.length, 0);
    perDay += (2 * intervals) / 7;
    once += 2 * side.closures.length;
  }
  return days * perDay + once;
}

/** The largest end-of-run queue at a station whose demand exceeds its capacity, as a lower bound. */
function largestBacklog(
  scenario: Scenario,
  classes: readonly { id: string; routed: number; visits: Map<string, number> }[],
  horizon: number,
): { backlog: number; station: string | null } {
  let backlog = 0;
  let station: string | null = null;
  for (const s of scenario.stations) {
    if (s.lanes === 'infinite' || !holdsOverflow(s) || turnsAwayByQuota(scenario, s)) continue;
    let demand = 0;
    let work = 0;
    for (const c of classes) {
      const rate = (c.routed / horizon) * (c.visits.get(s.id) ?? 0);
      demand += rate;
      work += rate * fastestService(scenario, s, c.id);
    }
    if (demand === 0) continue;
    const capacity = (largestLanes(scenario, s) * demand) / work;
    const left = (demand - capacity) * horizon;
    if (left > backlog) {
      backlog = left;
      station = s.id;
    }
  }
  return { backlog, station };
}

/**
 * Whether a quota at the station turns away what its day cannot serve (`leftover: 'lost'`): its
 * queue is then bounded by the quota, not by the demand, and the fluid backlog is no lower bound.
 */
function turnsAwayByQuota(scenario: Scenario, s: Station): boolean {
  return scenario.quotas.some((q) => q.leftover === 'lost' && s.quotas.includes(q.id));
}

/** Whether vehicles that find the station full stay in the model (not turned away at a finite buffer). */
function holdsOverflow(s: Station): boolean {
  return s.buffer.capacity === 'infinite' || s.buffer.whenFull === 'wait';
}

function largestLanes(scenario: Scenario, s: Station): number {
  let lanes = s.lanes === 'infinite' ? Number.POSITIVE_INFINITY : s.lanes;
  for (const shock of scenario.shocks) {
    if (shock.change === 'lanes' && shock.station === s.id)
      lanes = Math.max(lanes, shock.lanes === 'infinite' ? Number.POSITIVE_INFINITY : shock.lanes);
  }
  return lanes;
}

function fastestService(scenario: Scenario, s: Station, classId: string): number {
  let mean = makeDistribution(s.serviceByClass[classId]!).mean;
  for (const shock of scenario.shocks) {
    if (shock.change === 'service' && shock.station === s.id && shock.classes.includes(classId))
      mean = Math.min(mean, makeDistribution(shock.service).mean);
  }
  return mean;
}
