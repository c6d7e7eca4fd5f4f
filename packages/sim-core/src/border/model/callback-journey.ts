import type { Event, EventWaiter } from '../../event.js';
import { NORMAL, URGENT } from '../../priority.js';
import type { Request } from '../../request.js';
import type { Resource } from '../../resource.js';
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
import type { GateTicket } from './start-gate.js';
import type { StationModel } from './station-model.js';
import type { StationRoom } from './station-room.js';
import { Vehicle } from './vehicle.js';
import { vehicleJourney } from './vehicle-journey.js';

/**
 * Starts the journey of a vehicle of `cls` now (`returning`: the fleet vehicle it comes back in).
 * A run that traces its vehicles keeps the generator's process, whose trace records name it.
 */
export function startJourney(cls: ClassModel, returning: Request | null = null): void {
  if (!cls.vehicleProcesses) CallbackJourney.start(cls, returning);
  else cls.sim.process(vehicleJourney(cls, returning), cls.processName);
}

// Where the journey goes on when it runs next: a resume point after a wait, or a step it jumps to.
const START: number = 0;
const AFTER_CARRIER: number = 1;
const AFTER_FIRST_DRIVER: number = 2;
const STATION: number = 3;
const AFTER_DRIVER_HERE: number = 4;
const QUOTAS: number = 5;
const AFTER_QUOTA: number = 6;
const ROOM: number = 7;
const AFTER_DIVERT: number = 8;
const AFTER_ROOM: number = 9;
const LANE: number = 10;
const AFTER_GATE: number = 11;
const AFTER_LANE: number = 12;
const AFTER_SERVICE: number = 13;
const AFTER_SECONDARY_LANE: number = 14;
const DEPART: number = 15;
const END: number = 16;

/**
 * The journey of `vehicle-journey.ts` written on the engine's callback interface: the vehicle is
 * its own calendar entry and event waiter, and runs from one wait to the next in {@link proceed}.
 *
 * Why: the generator's process costs, per vehicle, a generator with its saved frame, a `Process`
 * and its wake-up entry, and an iterator result per `yield` — most of what separated the border
 * model from the engine's callback bench in a profile. This journey puts on the calendar exactly
 * the entries the process did, at the same times, with the same priorities and in the same order
 * (a start entry at URGENT, a NORMAL entry per hold, the same claims and requests), and runs the
 * same steps between them, so a run's results are the same bit for bit. Each state below is the
 * generator's code between two yields, in the same order; the generator stays the reference, and
 * runs traced replications (whose records name processes) and journeys after a booking.
 */
export class CallbackJourney extends Vehicle implements EventWaiter {
  // Declared without initialisers: startSteps writes them all, for a new journey and a renewed one.
  declare private at: number;
  declare private station: StationModel | null;
  declare private step: number;
  declare private exited: boolean;
  /** The next arrival quota to look at, and whether the room was full on reaching it. */
  declare private quota: number;
  declare private full: boolean;
  declare private room: StationRoom | null;
  declare private roomRequest: Event<boolean> | null;
  declare private ticket: GateTicket | null;
  declare private lane: Resource | null;
  declare private laneRequest: Request | null;
  declare private seized: boolean;

  /**
   * Starts a journey of `cls` now, as `sim.process` would: its first step runs at the next URGENT
   * entry. The object is one of the class's ended journeys if it has one, made anew.
   *
   * Why pooled: a journey lives for hours of simulated time, long enough to be promoted out of
   * the young generation, and was the largest allocation left per vehicle (about 380 B with its
   * boxed numbers, one horgos-2024 profile). An ended journey is safe to reuse: it waits for one
   * thing at a time, and at its end it has no calendar entry, no claim in a line and no event it
   * waits for left; the requests it made may still name it as their (fired, so never again
   * called) waiter only in memory.
   */
  static start(cls: ClassModel, returning: Request | null): void {
    const sim = cls.sim;
    const idle = cls.idleJourneys;
    let journey: CallbackJourney;
    if (idle.length > 0) {
      journey = idle.pop()!;
      journey.renewJourney(cls, returning);
    } else journey = new CallbackJourney(cls, returning);
    sim.calendar.push(sim.now, URGENT, journey);
  }

  private constructor(cls: ClassModel, returning: Request | null) {
    super(cls, cls.sim.now, 0, returning);
    this.startSteps();
  }

  /** Makes this ended journey a new one of `cls`, as the constructor does. */
  private renewJourney(cls: ClassModel, returning: Request | null): void {
    this.renew(cls, cls.sim.now, 0, returning);
    this.startSteps();
  }

  /** The journey's own state at its start, every field in the order declared. */
  private startSteps(): void {
    this.at = START;
    this.station = null;
    this.step = 0;
    this.exited = true;
    this.quota = 0;
    this.full = false;
    this.room = null;
    this.roomRequest = null;
    this.ticket = null;
    this.lane = null;
    this.laneRequest = null;
    this.seized = false;
  }

  /** @internal The start, the end of a hold, or a seized unit granted. */
  _fire(): void {
    this.proceed(undefined);
  }

  /** @internal An event waited for happened (a failure is thrown, as into the generator). */
  _onEvent(event: Event<any>): void {
    if (!event.ok) {
      event.defused = true;
      throw event.value;
    }
    this.proceed(event.value);
  }

  /** Waits for `event` (true), or takes its value at once when it already happened (false). */
  private waitFor(event: Event<any>, then: number): boolean {
    this.at = then;
    if (event._state === 2) {
      if (!event.ok) {
        event.defused = true;
        throw event.value;
      }
      return false;
    }
    event._addWaiter(this);
    return true;
  }

  /** Holds for `delay`, then goes on at `then`. */
  private holdFor(delay: number, then: number): void {
    if (!(delay >= 0) || delay === Number.POSITIVE_INFINITY) {
      throw new RangeError(
        `${this.cls.processName} yielded a hold of ${delay}; expected a finite number >= 0`,
      );
    }
    this.at = then;
    const sim = this.cls.sim;
    sim.calendar.push(sim.now + delay, NORMAL, this);
  }

  /** Seizes a unit of `resource` (true when it has to wait for one), then goes on at `then`. */
  private seize(resource: Resource, then: number): boolean {
    this.at = then;
    return resource.claim(this, 0) !== null;
  }

  /** Runs the journey from where it is until its next wait. */
  private proceed(value: unknown): void {
    const cls = this.cls;
    const sim = cls.sim;
    const pool = cls.drivers;
    const seizes = cls.priority === 0;
    for (;;) {
      switch (this.at) {
        case START: {
          this.cars = cls.empty ? 0 : cls.batch.sample(cls.batchStream);
          arrive(this);
          this.at = AFTER_CARRIER;
          if (this.carrier === null && cls.fleet !== null) {
            this.carrier = cls.fleet.request(cls.requestOptions);
            if (this.waitFor(this.carrier, AFTER_CARRIER)) return;
          }
          break;
        }
        case AFTER_CARRIER:
          if (pool !== null && pool.takenAt === null) {
            // Drivers are taken before the first station: seized like the lanes, or asked for.
            this.at = AFTER_FIRST_DRIVER;
            if (seizes) {
              if (this.seize(pool.drivers, AFTER_FIRST_DRIVER)) return;
            } else {
              this.driver = pool.request(cls.requestOptions);
              if (this.waitFor(this.driver, AFTER_FIRST_DRIVER)) return;
            }
            break;
          }
          if (pool !== null) this.driverAhead = true;
          this.choosePort();
          this.at = STATION;
          break;
        case AFTER_FIRST_DRIVER:
          takeDriver(this);
          this.choosePort();
          this.at = STATION;
          break;
        case STATION: {
          const station = this.station;
          if (station === null) {
            this.at = END;
            break;
          }
          this.at = QUOTAS;
          if (this.driverAhead && station === pool!.takenAt) {
            this.driverAhead = false;
            this.releaseHeld();
            this.at = AFTER_DRIVER_HERE;
            if (seizes) {
              if (this.seize(pool!.drivers, AFTER_DRIVER_HERE)) return;
            } else {
              this.driver = pool!.request(cls.requestOptions);
              if (this.waitFor(this.driver, AFTER_DRIVER_HERE)) return;
            }
            break;
          }
          this.reachStation(station);
          break;
        }
        case AFTER_DRIVER_HERE:
          takeDriver(this);
          this.reachStation(this.station!);
          break;
        case QUOTAS: {
          const station = this.station!;
          const quotas = station.arrivalQuotas;
          this.at = ROOM;
          while (this.quota < quotas.length) {
            const quota = quotas[this.quota++]!;
            if (!quota.applies(cls.id)) continue;
            const take = quota.take(quota.amount(this.cars));
            if (this.waitFor(take, AFTER_QUOTA)) return;
            value = take.value;
            break;
          }
          break;
        }
        case AFTER_QUOTA:
          if (value) this.at = QUOTAS;
          else this.turnAwayHere();
          break;
        case ROOM:
          if (this.askRoom()) return;
          if (this.at === AFTER_ROOM) value = this.roomRequest!.value;
          break;
        case AFTER_DIVERT: {
          arriveDiverted(this, this.station!);
          this.station = this.router.first();
          this.step = 0;
          this.at = STATION;
          break;
        }
        case AFTER_ROOM: {
          const station = this.station!;
          if (value && this.full) station.overflow!.admitted(sim.now);
          if (!value) this.turnAwayHere();
          else this.at = LANE;
          break;
        }
        case LANE:
          if (this.askLane(seizes)) return;
          if (this.at === AFTER_GATE) value = this.ticket!.event.value;
          break;
        case AFTER_GATE: {
          if (!value) {
            this.turnAwayHere();
            if (this.roomRequest !== null) this.room!.release(this.roomRequest);
            break;
          }
          this.laneRequest = this.ticket!.lane;
          this.ticket = null;
          if (this.laneRequest !== null) this.station!.laneChange(sim.now);
          this.holdFor(startService(this, this.station!), AFTER_SERVICE);
          return;
        }
        case AFTER_LANE:
          if (seizes) this.seized = true;
          this.station!.laneChange(sim.now);
          this.holdFor(startService(this, this.station!), AFTER_SERVICE);
          return;
        case AFTER_SERVICE: {
          const station = this.station!;
          serviceEnded(this, station);
          this.at = DEPART;
          if (station.secondaryProbability[cls.index]! > 0 && secondary(this, station)) {
            if (this.laneRequest !== null || this.seized) station.releaseLane(this.laneRequest);
            const lane = station.secondaryLanes;
            this.lane = lane;
            this.laneRequest = null;
            this.seized = false;
            this.at = AFTER_SECONDARY_LANE;
            if (lane !== null) {
              if (seizes) {
                if (this.seize(lane, AFTER_SECONDARY_LANE)) return;
              } else {
                this.laneRequest = lane.request(cls.requestOptions);
                if (this.waitFor(this.laneRequest, AFTER_SECONDARY_LANE)) return;
              }
            }
          }
          break;
        }
        case AFTER_SECONDARY_LANE: {
          if (this.lane !== null && seizes) this.seized = true;
          const station = this.station!;
          this.holdFor(station.secondaryService!.sample(station.secondaryStream), DEPART);
          return;
        }
        case DEPART:
          this.depart();
          break;
        case END:
          this.releaseHeld();
          leavePort(this, this.exited ? 'exited' : 'turnedAway');
          cls.idleJourneys.push(this);
          return;
      }
    }
  }

  /** In a scenario with ports, the port and its route; then the route's first station. */
  private choosePort(): void {
    const chooser = this.cls.portChooser;
    if (chooser !== null) {
      const chosen = chooser.choose();
      this.router = chosen.router;
      this.port = chosen.port;
      this.port.arrive(this.counted);
    }
    this.station = this.router.first();
    this.step = 0;
  }

  /** Reaches `station`: the arrival quotas next if it has any, else its room. */
  private reachStation(station: StationModel): void {
    reach(this, station);
    if (station.arrivalQuotas.length > 0) {
      // The electronic queue is a list, not a road: a vehicle waiting for its day frees its lane.
      this.releaseHeld();
      this.quota = 0;
      this.at = QUOTAS;
    } else this.at = ROOM;
  }

  /** Turned away at the station it is at: the journey ends. */
  private turnAwayHere(): void {
    const cls = this.cls;
    turnAway(cls, this.station!, this.stats!, this.reachedAt, cls.sim.now);
    this.exited = false;
    this.at = END;
  }

  /**
   * The station's room (storage): diverts, or asks for a place; true when it waits. Without a room,
   * or with a place at once (then `at` is AFTER_ROOM), the journey goes straight on.
   */
  private askRoom(): boolean {
    const cls = this.cls;
    const classIndex = cls.index;
    const station = this.station!;
    this.roomRequest = null;
    const room = station.room;
    this.room = room;
    this.at = LANE;
    if (room === null) return false;
    const full = !room.hasRoom(classIndex);
    this.full = full;
    if (full && station.divert !== null) {
      this.holdFor(divertFrom(this, station), AFTER_DIVERT);
      return true;
    }
    if (full) storageFull(this, station, station.turnAway ? 'giveUp' : 'wait');
    this.roomRequest = room.request(cls.requestOptions, classIndex);
    return this.waitFor(this.roomRequest, AFTER_ROOM);
  }

  /** Frees what it held upstream and asks for a lane (or the gate's ticket); true when it waits. */
  private askLane(seizes: boolean): boolean {
    const cls = this.cls;
    const classIndex = cls.index;
    const station = this.station!;
    this.releaseHeld();
    this.service = station.service[classIndex]!;
    this.perCar = station.perCar[classIndex]!;
    const lane = station.lanes;
    this.lane = lane;
    this.laneRequest = null;
    this.seized = false;
    const gate = station.gate;
    if (gate !== null) {
      const ticket = gate.enter(classIndex, cls.priority, this.cars);
      this.ticket = ticket;
      return this.waitFor(ticket.event, AFTER_GATE);
    }
    if (lane !== null) {
      if (seizes) return this.seize(lane, AFTER_LANE);
      this.laneRequest = lane.request(cls.requestOptions);
      return this.waitFor(this.laneRequest, AFTER_LANE);
    }
    this.holdFor(startService(this, station), AFTER_SERVICE);
    return true;
  }

  /** Leaves the station: the driver's handover if here, holds what it has, and on to the next. */
  private depart(): void {
    const station = this.station!;
    handOverDriver(this, station);
    this.hold(station, this.lane, this.laneRequest, this.seized, this.room, this.roomRequest);
    station.flow.departed++;
    this.station = this.router.next(station, this.step);
    this.step++;
    this.at = STATION;
  }
}
