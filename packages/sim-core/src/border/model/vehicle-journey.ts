import type { Event } from '../../event.js';
import type { ProcessGenerator } from '../../process.js';
import type { Request } from '../../request.js';
import type { ClassModel } from './class-model.js';
import { leavePort, turnAway } from './journey-exit.js';
import {
  arrive,
  arriveDiverted,
  divertFrom,
  handOverDriver,
  reach,
  secondary,
  serviceEnded,
  startService,
  storageFull,
  takeDriver,
} from './journey-steps.js';
import { Vehicle } from './vehicle.js';

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
 * port's counts) and never calls back into the model. What the vehicle carries, holds upstream and
 * has waited is kept in one {@link Vehicle} (see there why not in locals), so a step allocates
 * nothing beyond the engine's requests.
 */
export function* vehicleJourney(cls: ClassModel, returning: Request | null = null): ProcessGenerator<void> {
  const sim = cls.sim;
  const classIndex = cls.index;
  const requestOptions = cls.requestOptions;
  // A class of the default priority seizes lanes (`yield lanes`) rather than asking with a Request:
  // the engine grants both in the same order and through the same calendar entries, but a seized
  // unit allocates nothing. Other priorities need a Request, which carries the priority; so does a
  // run tracing its vehicles, whose request, grant and release records then say how long each
  // vehicle waited and held.
  const seizes = cls.priority === 0 && !cls.vehicleProcesses;
  // Counts are whole numbers by validation; 0 is a vehicle that carries no cars (a freight truck).
  const v = new Vehicle(cls, sim.now, cls.empty ? 0 : cls.batch.sample(cls.batchStream), returning);
  arrive(v);
  // The fleet vehicle it travels in: handed over on the way back, taken (or waited for) on the way out.
  if (v.carrier === null && cls.fleet !== null) {
    v.carrier = cls.fleet.request(requestOptions);
    yield v.carrier;
  }
  const pool = cls.drivers;
  if (pool !== null) {
    if (pool.takenAt === null) {
      // Seized like the lanes (no request) when the journey seizes lanes.
      if (seizes) yield pool.drivers;
      else {
        v.driver = pool.request(requestOptions);
        yield v.driver;
      }
      takeDriver(v);
    } else v.driverAhead = true;
  }
  const chooser = cls.portChooser;
  if (chooser !== null) {
    const chosen = chooser.choose();
    v.router = chosen.router;
    v.port = chosen.port;
    v.port.arrive(v.counted);
  }
  // How the journey ends: a turn-away breaks out of the station loop to the one exit below.
  let exited = true;
  let station = v.router.first();
  journey: for (let step = 0; station !== null; step++) {
    if (v.driverAhead && station === pool!.takenAt) {
      // Drivers are taken here: the car waits for one off the road, freeing what it held upstream.
      v.driverAhead = false;
      v.releaseHeld();
      if (seizes) yield pool!.drivers;
      else {
        v.driver = pool!.request(requestOptions);
        yield v.driver;
      }
      takeDriver(v);
    }
    reach(v, station);
    const quotas = station.arrivalQuotas;
    if (quotas.length > 0) {
      // The electronic queue is a list, not a road: a vehicle waiting for its day frees its lane.
      v.releaseHeld();
      for (let q = 0; q < quotas.length; q++) {
        const quota = quotas[q]!;
        if (!quota.applies(cls.id)) continue;
        const granted: boolean = yield quota.take(quota.amount(v.cars));
        if (!granted) {
          turnAway(cls, station, v.stats!, v.reachedAt, sim.now);
          exited = false;
          break journey;
        }
      }
    }
    let roomRequest: Event<boolean> | null = null;
    const room = station.room;
    if (room !== null) {
      // Storage full: the vehicle waits further back (beyond the storage), gives up or diverts.
      const full = !room.hasRoom(classIndex);
      if (full && station.divert !== null) {
        // It leaves this port's road for another port, and takes its class's route there.
        yield divertFrom(v, station);
        arriveDiverted(v, station);
        station = v.router.first();
        step = -1;
        continue;
      }
      if (full) storageFull(v, station, station.turnAway ? 'giveUp' : 'wait');
      roomRequest = room.request(requestOptions, classIndex);
      const admitted: boolean = yield roomRequest;
      if (admitted && full) station.overflow!.admitted(sim.now);
      if (!admitted) {
        turnAway(cls, station, v.stats!, v.reachedAt, sim.now);
        exited = false;
        break;
      }
    }
    v.releaseHeld();
    v.service = station.service[classIndex]!;
    v.perCar = station.perCar[classIndex]!;
    let lane = station.lanes;
    let laneRequest: Request | null = null;
    let seized = false;
    const gate = station.gate;
    if (gate !== null) {
      // Quotas counted at service start: the gate hands out lanes only with the day's tokens.
      const ticket = gate.enter(classIndex, cls.priority, v.cars);
      const started: boolean = yield ticket.event;
      if (!started) {
        turnAway(cls, station, v.stats!, v.reachedAt, sim.now);
        if (roomRequest !== null) room!.release(roomRequest);
        exited = false;
        break;
      }
      laneRequest = ticket.lane;
      if (laneRequest !== null) station.laneChange(sim.now);
    } else if (lane !== null) {
      if (seizes) {
        yield lane;
        seized = true;
      } else {
        laneRequest = lane.request(requestOptions);
        yield laneRequest;
      }
      station.laneChange(sim.now);
    }
    yield startService(v, station);
    serviceEnded(v, station);
    if (station.secondaryProbability[classIndex]! > 0 && secondary(v, station)) {
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
    handOverDriver(v, station);
    v.hold(station, lane, laneRequest, seized, room, roomRequest);
    station.flow.departed++;
    station = v.router.next(station, step);
  }
  v.releaseHeld();
  leavePort(v, exited ? 'exited' : 'turnedAway');
}
