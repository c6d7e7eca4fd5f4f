import type { ClassModel } from './class-model.js';
import type { StationClassStats, StationModel } from './station-model.js';
import type { Vehicle } from './vehicle.js';

/*
 * How a vehicle's journey ends: the station it is turned away at, and the crossing (and its port)
 * as it exits or leaves. Plain functions, so nothing is allocated per vehicle. (What it held at a
 * station it gives back with `Vehicle.releaseHeld`.)
 */

/**
 * The vehicle that reached `station` at `reachedAt` is turned away there at `now` (room full, or no
 * quota token for it today).
 */
export function turnAway(
  cls: ClassModel,
  station: StationModel,
  stats: StationClassStats,
  reachedAt: number,
  now: number,
): void {
  station.leave(now, reachedAt);
  cls.daily.leave(cls.index, now, reachedAt);
  station.flow.turnedAway++;
  if (reachedAt >= cls.warmUp) stats.turnedAway++;
}

/** The vehicle left the port: counts, the driver's trip, and on exit its crossing time and charges. */
export function leavePort(v: Vehicle, outcome: 'exited' | 'turnedAway'): void {
  const cls = v.cls;
  const { arrivedAt, counted, cars, driver, hasDriver, queued } = v;
  const now = cls.sim.now;
  const stay = v.port;
  if (stay !== null) {
    if (outcome === 'exited') stay.exit(counted, cars, now - v.portSince, queued - v.queuedBefore);
    else stay.turnAway(counted);
  }
  cls.port.leave(now, outcome);
  cls.directionPort.leave(now, outcome);
  const carrier = v.carrier;
  if (carrier !== null) {
    const fleet = cls.fleet!;
    if (cls.empty) fleet.leftInbound(carrier, outcome === 'exited');
    else if (outcome === 'exited') fleet.leftOutbound(carrier);
    else fleet.turnedBackOutbound(carrier);
  }
  if (outcome === 'turnedAway') {
    cls.flow.turnedAway++;
    if (counted) cls.turnedAway++;
    if (hasDriver) cls.drivers!.finishTrip(driver, false, counted, 0, 0);
    return;
  }
  cls.flow.exited++;
  if (now >= cls.warmUp) {
    cls.exited++;
    cls.carsExited += cars;
    cls.daily.exit(cls.index, now, cars, now - arrivedAt, queued);
  }
  if (!counted) {
    if (hasDriver) cls.drivers!.finishTrip(driver, true, false, now - v.driverSince, v.scarcity);
    return;
  }
  const crossing = now - arrivedAt;
  cls.crossing.add(crossing);
  const ledger = cls.ledger;
  ledger.vehicles++;
  ledger.cars += cars;
  if (hasDriver)
    ledger.charge('driverFees', cls.drivers!.finishTrip(driver, true, true, now - v.driverSince, v.scarcity));
  cls.tariff.chargeExit(crossing, cars);
}
