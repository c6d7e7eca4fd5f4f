import type { ProcessGenerator } from '../../process.js';
import type { Request } from '../../request.js';
import type { Resource } from '../../resource.js';
import type { BorderModel } from './border-model.js';
import type { ClassModel } from './class-model.js';
import type { StationModel } from './station-model.js';

/** A lane (and the room place that goes with it) a vehicle still holds. */
interface Held {
  station: StationModel;
  lane: Resource | null;
  laneRequest: Request | null;
  room: Resource | null;
  roomRequest: Request | null;
}

function releaseHeld(held: Held | null): null {
  if (held !== null) {
    if (held.laneRequest !== null) {
      held.lane!.release(held.laneRequest);
      held.station.laneChange(held.lane!.sim.now);
    }
    if (held.roomRequest !== null) held.room!.release(held.roomRequest);
  }
  return null;
}

/**
 * The life of one vehicle: wait for a driver if its class needs one, then pass the stations of
 * its route; at each, take the quota tokens it needs (the electronic queue), a place in the
 * station's room (or be turned away when the room is full and the station says so), a lane for
 * its service time, and perhaps a secondary inspection. A vehicle that finds the next room full
 * under the 'wait' rule keeps its lane until a place frees: blocking after service, the way a
 * queue backs up along a road.
 */
export function* vehicleJourney(model: BorderModel, cls: ClassModel): ProcessGenerator<void> {
  const sim = model.sim;
  const arrivedAt = sim.now;
  const counted = arrivedAt >= model.warmUp;
  const cars = Math.max(1, Math.round(cls.batch.sample(cls.batchStream)));
  model.enter(cls, counted);
  let driver: Request | null = null;
  if (cls.spec.needsDriver && model.drivers !== null) {
    driver = model.drivers.request(cls.priority);
    yield driver;
  }
  let held: Held | null = null;
  let stationId = model.firstStation(cls);
  for (let step = 0; stationId !== null; step++) {
    const station: StationModel = model.stations.get(stationId)!;
    const stats = station.byClass.get(cls.id)!;
    const reachedAt = sim.now;
    const countedHere = reachedAt >= model.warmUp;
    station.changeWaiting(reachedAt, 1);
    station.flow.reached++;
    if (station.quotas.length > 0) {
      // The electronic queue is a list, not a road: a vehicle waiting for its day frees its lane.
      held = releaseHeld(held);
      for (const quota of station.quotas)
        if (model.quotaApplies(quota, cls)) yield quota.take(model.quotaAmount(quota, cars));
    }
    let roomRequest: Request | null = null;
    if (station.room !== null) {
      roomRequest = station.room.request({ priority: cls.priority });
      const admitted: boolean = yield roomRequest;
      if (!admitted) {
        station.changeWaiting(sim.now, -1);
        station.flow.turnedAway++;
        if (countedHere) stats.turnedAway++;
        releaseHeld(held);
        model.leave(cls, arrivedAt, counted, cars, 'turnedAway', driver);
        return;
      }
    }
    held = releaseHeld(held);
    const service = station.service.get(cls.id)!;
    let laneRequest: Request | null = null;
    if (station.lanes !== null) {
      laneRequest = station.lanes.request({ priority: cls.priority });
      yield laneRequest;
      station.laneChange(sim.now);
    }
    station.changeWaiting(sim.now, -1);
    if (countedHere) stats.wait.add(sim.now - reachedAt);
    yield service.sample(station.serviceStream);
    if (countedHere) stats.served++;
    model.chargeStationFees(station.id, cls, cars, counted);
    let lane = station.lanes;
    const probability = station.secondaryProbability.get(cls.id)!;
    if (probability > 0 && station.secondaryStream.random() < probability) {
      if (countedHere) stats.secondary++;
      if (laneRequest !== null) {
        lane!.release(laneRequest);
        station.laneChange(sim.now);
      }
      lane = station.secondaryLanes;
      laneRequest = null;
      if (lane !== null) {
        laneRequest = lane.request({ priority: cls.priority });
        yield laneRequest;
      }
      yield station.secondaryService!.sample(station.secondaryStream);
    }
    held = { station, lane, laneRequest, room: station.room, roomRequest };
    station.flow.departed++;
    stationId = model.nextStation(cls, station.id, step);
  }
  releaseHeld(held);
  model.leave(cls, arrivedAt, counted, cars, 'exited', driver);
}
