import type { Event } from '../../event.js';
import type { ProcessGenerator } from '../../process.js';
import type { Request } from '../../request.js';
import type { Resource } from '../../resource.js';
import type { ClassModel } from './class-model.js';
import { leavePort, releaseHeld, turnAway } from './journey-exit.js';
import type { PortModel } from './port-model.js';
import type { StationModel } from './station-model.js';
import type { StationRoom } from './station-room.js';

/**
 * The life of one vehicle: pass the stations its router gives, with a driver from where drivers
 * are taken (before the first station by default) to where they are released (the exit by
 * default) if its class needs one. At each station, take the tokens of the quotas counted on
 * arrival (the electronic queue), a place in the station's room (or be turned away when the room
 * is full and the station says so), a lane for its service time (through the station's start
 * gate when quotas are counted at service start), and perhaps a secondary inspection. A quota
 * whose leftover is 'lost' turns away a vehicle the day's tokens cannot serve. A vehicle that
 * finds the next room full under the 'wait' rule keeps its lane until a place frees: blocking
 * after service, the way a queue backs up along a road.
 *
 * In a scenario with ports, the vehicle first asks its class's port chooser which port to use and
 * follows its route there. A storage that diverts sends a vehicle that finds it full (freeing what
 * it held upstream) on the extra travel to the other port, where it starts its class's route there
 * from the first station; validation forbids a second diversion.
 *
 * A class whose vehicles come from a fleet first takes one (waiting while the whole fleet is
 * away) and hands it back to the fleet as it leaves; the fleet brings it back, empty, as a vehicle
 * of its return class (`returning`).
 *
 * The journey asks the objects its class holds (router, quotas, tariff, driver pool, fleet, the
 * port's counts) and never calls back into the model. What it still holds upstream is kept in locals, so
 * a step allocates nothing beyond the engine's requests.
 */
export function* vehicleJourney(cls: ClassModel, returning: Request | null = null): ProcessGenerator<void> {
  const sim = cls.sim;
  const warmUp = cls.warmUp;
  const classIndex = cls.index;
  const requestOptions = cls.requestOptions;
  // A class of the default priority seizes lanes (\`yield lanes\`) rather than asking with a Request:
  // the engine grants both in the same order and through the same calendar entries, but a seized
  // unit allocates nothing. Other priorities need a Request, which carries the priority.
  const seizes = cls.priority === 0;
  const arrivedAt = sim.now;
  const counted = arrivedAt >= warmUp;
  // Counts are whole numbers by validation; 0 is a vehicle that carries no cars (a freight truck).
  const cars = cls.empty ? 0 : cls.batch.sample(cls.batchStream);
  cls.port.enter(arrivedAt);
  cls.directionPort.enter(arrivedAt);
  cls.flow.arrived++;
  if (counted) {
    cls.arrived++;
    cls.daily.arrive(classIndex, arrivedAt);
  }
  // The fleet vehicle it travels in: handed over on the way back, taken (or waited for) on the way out.
  let carrier = returning;
  if (carrier === null && cls.fleet !== null) {
    carrier = cls.fleet.request(requestOptions);
    yield carrier;
  }
  const pool = cls.drivers;
  let driver: Request | null = null;
  // When the driver took the car, and the scarcity of drivers it set off with: for the fee.
  let driverSince = 0;
  let scarcity = 0;
  // Whether the car still has to take a driver further on its route.
  let driverAhead = false;
  if (pool !== null) {
    if (pool.takenAt === null) {
      driver = pool.request(requestOptions);
      yield driver;
      driverSince = sim.now;
      scarcity = pool.scarcity();
    } else driverAhead = true;
  }
  // What the vehicle holds at the station it last left (blocking after service).
  let heldAt: StationModel | null = null;
  let heldLane: Resource | null = null;
  let heldLaneRequest: Request | null = null;
  let heldSeized = false;
  let heldRoom: StationRoom | null = null;
  let heldRoomRequest: Event<boolean> | null = null;
  // Minutes waited at stations so far (reaching each to starting service there): for the daily wait.
  let queued = 0;
  // In a scenario with ports: the port the vehicle is in, since when, and what it queued before.
  let router = cls.router;
  let port: PortModel | null = null;
  let portSince = arrivedAt;
  let queuedBefore = 0;
  const chooser = cls.portChooser;
  if (chooser !== null) {
    const chosen = chooser.choose();
    router = chosen.router;
    port = chosen.port;
    port.arrive(counted);
  }
  // How the journey ends: a turn-away breaks out of the station loop to the one exit below.
  let outcome: 'exited' | 'turnedAway' = 'exited';
  let station = router.first();
  journey: for (let step = 0; station !== null; step++) {
    if (driverAhead && station === pool!.takenAt) {
      // Drivers are taken here: the car waits for one off the road, freeing what it held upstream.
      driverAhead = false;
      if (heldAt !== null) {
        releaseHeld(heldAt, heldLane, heldLaneRequest, heldSeized, heldRoom, heldRoomRequest);
        heldAt = null;
      }
      driver = pool!.request(requestOptions);
      yield driver;
      driverSince = sim.now;
      scarcity = pool!.scarcity();
    }
    const stats = station.byClass[classIndex]!;
    const reachedAt = sim.now;
    const countedHere = reachedAt >= warmUp;
    station.changeWaiting(reachedAt, 1);
    cls.daily.queueChange(classIndex, reachedAt, 1);
    station.flow.reached++;
    const quotas = station.arrivalQuotas;
    if (quotas.length > 0) {
      // The electronic queue is a list, not a road: a vehicle waiting for its day frees its lane.
      if (heldAt !== null) {
        releaseHeld(heldAt, heldLane, heldLaneRequest, heldSeized, heldRoom, heldRoomRequest);
        heldAt = null;
      }
      for (let q = 0; q < quotas.length; q++) {
        const quota = quotas[q]!;
        if (!quota.applies(cls.id)) continue;
        const granted: boolean = yield quota.take(quota.amount(cars));
        if (!granted) {
          turnAway(cls, station, stats, countedHere, sim.now);
          outcome = 'turnedAway';
          break journey;
        }
      }
    }
    let roomRequest: Event<boolean> | null = null;
    const room = station.room;
    if (room !== null) {
      // Storage full: the vehicle waits further back (beyond the storage), gives up or diverts.
      const full = !room.hasRoom(classIndex);
      const divert = station.divert;
      if (full && divert !== null) {
        // It leaves this port's road for another port, and takes its class's route there.
        station.overflow!.full(classIndex, countedHere, 'divert', sim.now);
        station.changeWaiting(sim.now, -1);
        cls.daily.queueChange(classIndex, sim.now, -1);
        station.flow.diverted++;
        if (heldAt !== null) {
          releaseHeld(heldAt, heldLane, heldLaneRequest, heldSeized, heldRoom, heldRoomRequest);
          heldAt = null;
        }
        port!.divertOut(counted);
        const next = cls.routeAt[divert.to]!;
        yield divert.travel.sample(divert.stream);
        port = next.port;
        port.divertIn(counted);
        portSince = sim.now;
        queuedBefore = queued;
        router = next.router;
        station = router.first();
        step = -1;
        continue;
      }
      if (full)
        station.overflow!.full(classIndex, countedHere, station.turnAway ? 'giveUp' : 'wait', sim.now);
      roomRequest = room.request(requestOptions, classIndex);
      const admitted: boolean = yield roomRequest;
      if (admitted && full) station.overflow!.admitted(sim.now);
      if (!admitted) {
        turnAway(cls, station, stats, countedHere, sim.now);
        outcome = 'turnedAway';
        break;
      }
    }
    if (heldAt !== null) {
      releaseHeld(heldAt, heldLane, heldLaneRequest, heldSeized, heldRoom, heldRoomRequest);
      heldAt = null;
    }
    const service = station.service[classIndex]!;
    const perCar = station.perCar[classIndex]!;
    const lanes = station.lanes;
    let lane = lanes;
    let laneRequest: Request | null = null;
    let seized = false;
    const gate = station.gate;
    if (gate !== null) {
      // Quotas counted at service start: the gate hands out lanes only with the day's tokens.
      const ticket = gate.enter(classIndex, cls.priority, cars);
      const started: boolean = yield ticket.event;
      if (!started) {
        turnAway(cls, station, stats, countedHere, sim.now);
        if (roomRequest !== null) room!.release(roomRequest);
        outcome = 'turnedAway';
        break;
      }
      laneRequest = ticket.lane;
      if (laneRequest !== null) station.laneChange(sim.now);
    } else if (lanes !== null) {
      if (seizes) {
        yield lanes;
        seized = true;
      } else {
        laneRequest = lanes.request(requestOptions);
        yield laneRequest;
      }
      station.laneChange(sim.now);
    }
    station.changeWaiting(sim.now, -1);
    cls.daily.queueChange(classIndex, sim.now, -1);
    queued += sim.now - reachedAt;
    if (countedHere) stats.wait.add(sim.now - reachedAt);
    yield service.sample(station.serviceStream) + perCar * cars;
    if (countedHere) stats.served++;
    if (counted) cls.tariff.chargeStation(station.index, cars);
    const probability = station.secondaryProbability[classIndex]!;
    if (probability > 0 && station.secondaryStream.random() < probability) {
      if (countedHere) stats.secondary++;
      if (laneRequest !== null || seized) station.releaseLane(laneRequest);
      lane = station.secondaryLanes;
      laneRequest = null;
      seized = false;
      if (lane !== null) {
        if (seizes) {
          yield lane;
          seized = true;
        } else {
          laneRequest = lane.request(requestOptions);
          yield laneRequest;
        }
      }
      yield station.secondaryService!.sample(station.secondaryStream);
    }
    if (driver !== null && station === pool!.releasedAt) {
      // The driver hands the car over here and sets off back.
      const fee = pool!.finishTrip(driver, true, counted, sim.now - driverSince, scarcity);
      if (counted) cls.ledger.charge('driverFees', fee);
      driver = null;
    }
    heldAt = station;
    heldLane = lane;
    heldLaneRequest = laneRequest;
    heldSeized = seized;
    heldRoom = room;
    heldRoomRequest = roomRequest;
    station.flow.departed++;
    station = router.next(station, step);
  }
  if (heldAt !== null) releaseHeld(heldAt, heldLane, heldLaneRequest, heldSeized, heldRoom, heldRoomRequest);
  leavePort(
    cls,
    arrivedAt,
    counted,
    cars,
    outcome,
    driver,
    driverSince,
    scarcity,
    carrier,
    queued,
    port,
    portSince,
    queuedBefore,
  );
}
