import type { DistributionSpec } from '@landport/sim-core';
import type {
  Arrivals,
  PortChoice,
  Route,
  Station,
  Transition,
  VehicleClass,
} from '@landport/sim-core/border';
import type * as z from 'zod';
import type { arrivals as arrivalsSchema } from './arrivals.js';
import { resolveCountDistribution, resolveTimeDistribution } from './distribution.js';
import type { route as routeSchema } from './route.js';
import type { station as stationSchema } from './station.js';
import { toMinutes, toPerMinute } from './units.js';
import type { vehicleClass as classSchema } from './vehicle-class.js';

type ParsedStation = z.output<typeof stationSchema>;
type ParsedClass = z.output<typeof classSchema>;

/** Fills a per-class map for every class, from overrides and a default. */
function byClass<T>(
  classIds: readonly string[],
  overrides: Readonly<Record<string, T>>,
  fallback: T,
): Record<string, T> {
  return Object.fromEntries(
    classIds.map((id) => [id, Object.hasOwn(overrides, id) ? overrides[id]! : fallback]),
  );
}

/** Resolves a station; per-class service times and inspection probabilities are filled for every class. */
export function resolveStation(st: ParsedStation, classIds: readonly string[]): Station {
  const service = resolveTimeDistribution(st.service);
  const whenFull = st.buffer.whenFull;
  const overrides: Record<string, DistributionSpec> = Object.fromEntries(
    Object.entries(st.serviceByClass).map(([id, d]) => [id, resolveTimeDistribution(d)]),
  );
  return {
    id: st.id,
    name: st.name ?? st.id,
    port: st.port ?? null,
    side: st.side ?? null,
    lanes: st.lanes,
    serviceByClass: byClass(classIds, overrides, service),
    perCarByClass: byClass(
      classIds,
      Object.fromEntries(Object.entries(st.perCarByClass).map(([id, d]) => [id, toMinutes(d)])),
      st.perCar ? toMinutes(st.perCar) : 0,
    ),
    buffer: {
      capacity:
        typeof st.buffer.capacity === 'object'
          ? { metres: st.buffer.capacity.km * 1000 }
          : st.buffer.capacity,
      // 'giveUp' and 'turnAway' are one rule under two names.
      whenFull: typeof whenFull === 'object' ? 'divert' : whenFull === 'wait' ? 'wait' : 'turnAway',
      divert:
        typeof whenFull === 'object'
          ? { to: whenFull.divert.to, travel: resolveTimeDistribution(whenFull.divert.travel) }
          : null,
    },
    secondary: st.secondary
      ? {
          probabilityByClass: byClass(classIds, st.secondary.probabilityByClass, st.secondary.probability),
          service: resolveTimeDistribution(st.secondary.service),
          lanes: st.secondary.lanes,
        }
      : null,
    quotas: [...st.quotas],
    shared: st.shared,
  };
}

function transitions(row: Readonly<Record<string, number>>): Transition[] {
  return Object.entries(row).map(([to, probability]) => ({ to, probability }));
}

function resolveRoute(route: z.output<typeof routeSchema>): Route {
  if (Array.isArray(route)) return { kind: 'sequence', stations: [...route] };
  return {
    kind: 'probabilistic',
    entry: typeof route.entry === 'string' ? [{ to: route.entry, probability: 1 }] : transitions(route.entry),
    next: Object.fromEntries(Object.entries(route.next).map(([id, row]) => [id, transitions(row)])),
  };
}

/** The side of the route's first station(s), when they all share one; null otherwise. */
function firstSide(route: z.output<typeof routeSchema>, stations: readonly ParsedStation[]): string | null {
  const firstIds = Array.isArray(route)
    ? [route[0]!]
    : typeof route.entry === 'string'
      ? [route.entry]
      : Object.keys(route.entry);
  const sides = new Set(firstIds.map((id) => stations.find((s) => s.id === id)?.side ?? null));
  return sides.size === 1 ? [...sides][0]! : null;
}

function resolveArrivals(a: z.output<typeof arrivalsSchema>, defaultClock: string | null): Arrivals {
  if (a.rate) {
    return {
      kind: 'poisson',
      ratePerMinute: toPerMinute(a.rate),
      monthly: a.monthly ? [...a.monthly] : new Array<number>(12).fill(1),
      hourly: a.hourly ? [...a.hourly] : new Array<number>(24).fill(1),
      clock: a.clock ?? defaultClock,
    };
  }
  if (a.rateTable) {
    return {
      kind: 'rateTable',
      rows: a.rateTable.rows.map((row) => ({
        from: toMinutes(row.from),
        ratePerMinute: toPerMinute(row.rate),
      })),
      repeatEvery: a.rateTable.repeatEvery ? toMinutes(a.rateTable.repeatEvery) : null,
    };
  }
  return { kind: 'renewal', interarrival: resolveTimeDistribution(a.interarrival!) };
}

/** A fleet's return class gets its vehicles from the fleet: none of its own. */
const NO_ARRIVALS: Arrivals = { kind: 'rateTable', rows: [{ from: 0, ratePerMinute: 0 }], repeatEvery: null };

/** The first station of a route: the sequence's first, or the entry with the largest probability. */
function firstStation(route: z.output<typeof routeSchema>): string {
  if (Array.isArray(route)) return route[0]!;
  if (typeof route.entry === 'string') return route.entry;
  const entries = Object.entries(route.entry);
  return entries.reduce((best, e) => (e[1] > best[1] ? e : best), entries[0]!)[0];
}

/** A class's routes by port (the port of `route` first) and its port choice; none without ports. */
function resolvePorts(
  c: ParsedClass,
  stations: readonly ParsedStation[],
): Pick<VehicleClass, 'routesAt' | 'portChoice'> {
  const first = firstStation(c.route);
  const home = stations.find((s) => s.id === first)?.port;
  if (home === undefined) return { routesAt: {}, portChoice: null };
  const routesAt: Record<string, Route> = { [home]: resolveRoute(c.route) };
  for (const [port, r] of Object.entries(c.routesAt ?? {})) routesAt[port] = resolveRoute(r);
  const choice = c.portChoice;
  const portChoice: PortChoice | null =
    Object.keys(routesAt).length < 2
      ? null
      : choice === undefined || choice === 'shortestWait'
        ? { kind: 'shortestWait' }
        : {
            kind: 'shares',
            shares: Object.keys(routesAt).map((port) => ({ port, probability: choice.shares[port] ?? 0 })),
          };
  return { routesAt, portChoice };
}

/** Resolves a vehicle class. */
export function resolveClass(c: ParsedClass, stations: readonly ParsedStation[]): VehicleClass {
  return {
    id: c.id,
    name: c.name ?? c.id,
    carsPerVehicle: resolveCountDistribution(c.carsPerVehicle),
    priority: c.priority,
    needsDriver: c.needsDriver,
    equeue: c.equeue ?? null,
    direction: c.direction,
    lengthMetres: c.lengthMetres,
    arrivals: c.arrivals ? resolveArrivals(c.arrivals, firstSide(c.route, stations)) : NO_ARRIVALS,
    route: resolveRoute(c.route),
    ...resolvePorts(c, stations),
  };
}
