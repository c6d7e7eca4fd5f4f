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
  station.changeWaiting(now, 1);
  v.cls.daily.queueChange(v.cls.index, now, 1);
  station.flow.reached++;
}

/** The vehicle has its lane and leaves the waiting ones: returns its service time at `station`. */
export function startService(v: Vehicle, station: StationModel): number {
  const cls = v.cls;
  const classIndex = cls.index;
  const now = cls.sim.now;
  station.changeWaiting(now, -1);
  cls.daily.queueChange(classIndex, now, -1);
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
