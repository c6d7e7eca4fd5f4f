import type { Event } from '../../event.js';
import type { Request } from '../../request.js';
import type { Resource } from '../../resource.js';
import type { ClassModel } from './class-model.js';
import type { PortModel } from './port-model.js';
import type { StationClassStats, StationModel } from './station-model.js';
import type { StationRoom } from './station-room.js';

/*
 * How a vehicle lets go on its journey: what it held at a station, the station it is turned away
 * at, and the crossing (and its port) as it exits or leaves. Plain functions of what the journey
 * holds in locals, so nothing is allocated per vehicle.
 */

/**
 * Gives back the lane (and the room place) a vehicle still holds at `station`: a lane it holds
 * through `laneRequest`, or one it seized (`seized`, no request).
 */
export function releaseHeld(
  station: StationModel,
  lane: Resource | null,
  laneRequest: Request | null,
  seized: boolean,
  room: StationRoom | null,
  roomRequest: Event<boolean> | null,
): void {
  if (laneRequest !== null || seized) {
    if (lane === station.lanes) station.releaseLane(laneRequest);
    else {
      lane!.release(laneRequest ?? undefined);
      station.laneChange(lane!.sim.now);
    }
  }
  if (roomRequest !== null) room!.release(roomRequest);
}

/** The vehicle is turned away at `station` (room full, or no quota token for it today). */
export function turnAway(
  cls: ClassModel,
  station: StationModel,
  stats: StationClassStats,
  countedHere: boolean,
  now: number,
): void {
  station.changeWaiting(now, -1);
  cls.daily.queueChange(cls.index, now, -1);
  station.flow.turnedAway++;
  if (countedHere) stats.turnedAway++;
}

/** The vehicle left the port: counts, the driver's trip, and on exit its crossing time and charges. */
export function leavePort(
  cls: ClassModel,
  arrivedAt: number,
  counted: boolean,
  cars: number,
  outcome: 'exited' | 'turnedAway',
  driver: Request | null,
  driverSince: number,
  scarcity: number,
  carrier: Request | null,
  queued = 0,
  stay: PortModel | null = null,
  staySince = 0,
  queuedBefore = 0,
): void {
  const now = cls.sim.now;
  if (stay !== null) {
    if (outcome === 'exited') stay.exit(counted, cars, now - staySince, queued - queuedBefore);
    else stay.turnAway(counted);
  }
  cls.port.leave(now, outcome);
  cls.directionPort.leave(now, outcome);
  if (carrier !== null) {
    const fleet = cls.fleet!;
    if (cls.empty) fleet.leftInbound(carrier, outcome === 'exited');
    else if (outcome === 'exited') fleet.leftOutbound(carrier);
    else fleet.turnedBackOutbound(carrier);
  }
  if (outcome === 'turnedAway') {
    cls.flow.turnedAway++;
    if (counted) cls.turnedAway++;
    if (driver !== null) cls.drivers!.finishTrip(driver, false, counted, 0, 0);
    return;
  }
  cls.flow.exited++;
  if (now >= cls.warmUp) {
    cls.exited++;
    cls.carsExited += cars;
    cls.daily.exit(cls.index, now, cars, now - arrivedAt, queued);
  }
  if (!counted) {
    if (driver !== null) cls.drivers!.finishTrip(driver, true, false, now - driverSince, scarcity);
    return;
  }
  const crossing = now - arrivedAt;
  cls.crossing.add(crossing);
  const ledger = cls.ledger;
  ledger.vehicles++;
  ledger.cars += cars;
  if (driver !== null)
    ledger.charge('driverFees', cls.drivers!.finishTrip(driver, true, true, now - driverSince, scarcity));
  cls.tariff.chargeExit(crossing, cars);
}
