import type { StationModel } from './station-model.js';
import type { Vehicle } from './vehicle.js';

/*
 * The bookkeeping steps of a vehicle's journey, shared by the generator (`vehicle-journey.ts`) and
 * the callback journey (`callback-journey.ts`), so that both run the same code at the same points.
 * Out of the generator so that its frame (saved at every yield) stays small.
 */

/** The vehicle arrived at the port. */
export function arrive(v: Vehicle): void {
  const cls = v.cls;
  cls.port.enter(v.arrivedAt);
  cls.directionPort.enter(v.arrivedAt);
  cls.flow.arrived++;
  if (v.counted) {
    cls.arrived++;
    cls.daily.arrive(cls.index, v.arrivedAt);
  }
}

/** The vehicle reached `station` and joins its waiting vehicles. */
export function reach(v: Vehicle, station: StationModel): void {
  const now = v.cls.sim.now;
  v.reachedAt = now;
  v.stats = station.byClass[v.cls.index]!;
  station.join(now);
  v.cls.daily.join(v.cls.index, now);
  station.flow.reached++;
}

/** The vehicle has its lane and leaves the waiting ones: returns its service time at `station`. */
export function startService(v: Vehicle, station: StationModel): number {
  const cls = v.cls;
  const classIndex = cls.index;
  const now = cls.sim.now;
  station.leave(now, v.reachedAt);
  cls.daily.leave(classIndex, now, v.reachedAt);
  v.queued += now - v.reachedAt;
  if (v.reachedAt >= cls.warmUp) v.stats!.wait.add(now - v.reachedAt);
  return v.service!.sample(station.serviceStream) + v.perCar * v.cars;
}

/** The vehicle's service at `station` ended: counts and the station's fees. */
export function serviceEnded(v: Vehicle, station: StationModel): void {
  const cls = v.cls;
  if (v.reachedAt >= cls.warmUp) v.stats!.served++;
  if (v.counted) cls.tariff.chargeStation(station.index, v.cars);
}

/** Whether the vehicle is sent to secondary inspection at `station` (counted when it is). */
export function secondary(v: Vehicle, station: StationModel): boolean {
  const classIndex = v.cls.index;
  if (!(station.secondaryStream.random() < station.secondaryProbability[classIndex]!)) return false;
  if (v.reachedAt >= v.cls.warmUp) v.stats!.secondary++;
  return true;
}

/** The vehicle has its driver (before the first station or at the pool's station). */
export function takeDriver(v: Vehicle): void {
  v.hasDriver = true;
  v.driverSince = v.cls.sim.now;
  v.scarcity = v.cls.drivers!.scarcity();
}

/**
 * Counts the full storage the vehicle found at `station` and what it does: waits beyond it or gives
 * up (by the station's rule; it then asks for a place, which may turn it away) or diverts.
 */
export function storageFull(v: Vehicle, station: StationModel, action: 'divert' | 'giveUp' | 'wait'): void {
  station.overflow!.full(v.cls.index, v.reachedAt >= v.cls.warmUp, action, v.cls.sim.now);
}

/**
 * The vehicle leaves the road of `station` (its storage full) for another port: it stops waiting
 * here, lets go of what it held upstream and leaves its port's counts. Returns the travel time to
 * the other port, after which {@link arriveDiverted} takes it on.
 */
export function divertFrom(v: Vehicle, station: StationModel): number {
  const cls = v.cls;
  const now = cls.sim.now;
  const divert = station.divert!;
  storageFull(v, station, 'divert');
  station.leave(now, v.reachedAt);
  cls.daily.leave(cls.index, now, v.reachedAt);
  station.flow.diverted++;
  v.releaseHeld();
  v.port!.divertOut(v.counted);
  return divert.travel.sample(divert.stream);
}

/** The diverted vehicle reached the port `station` diverts to: it takes its class's route there. */
export function arriveDiverted(v: Vehicle, station: StationModel): void {
  const next = v.cls.routeAt[station.divert!.to]!;
  v.port = next.port;
  v.port.divertIn(v.counted);
  v.portSince = v.cls.sim.now;
  v.queuedBefore = v.queued;
  v.router = next.router;
}

/** At the pool's release station the driver hands the car over and sets off back, paid for the trip. */
export function handOverDriver(v: Vehicle, station: StationModel): void {
  const cls = v.cls;
  const pool = cls.drivers;
  if (!v.hasDriver || station !== pool!.releasedAt) return;
  const fee = pool!.finishTrip(v.driver, true, v.counted, cls.sim.now - v.driverSince, v.scarcity);
  if (v.counted) cls.ledger.charge('driverFees', fee);
  v.hasDriver = false;
  v.driver = null;
}
