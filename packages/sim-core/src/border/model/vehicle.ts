import type { Event } from '../../event.js';
import type { Distribution } from '../../random/distribution.js';
import type { Request } from '../../request.js';
import type { Resource } from '../../resource.js';
import type { ClassModel } from './class-model.js';
import type { PortModel } from './port-model.js';
import type { Router } from './router.js';
import type { StationClassStats, StationModel } from './station-model.js';
import type { StationRoom } from './station-room.js';

/**
 * One vehicle on its journey: what it carries, what it holds and what it has waited so far.
 *
 * Why an object and not the journey's locals: a generator saves every local at every `yield` and
 * boxes each number that is not a small integer, so a journey with a dozen times and sums in
 * locals allocated about a kilobyte per vehicle (a profile of horgos-2024). Kept here, the numbers
 * live in this object's fields, written in place; the journey's frame keeps only references.
 */
export class Vehicle {
  declare cls: ClassModel;
  /** When it arrived, and whether it arrived after the warm-up (its figures count). */
  declare arrivedAt: number;
  declare counted: boolean;
  /**
   * Cars on board (whole; 0 for a vehicle that carries none). Written once, when the journey starts
   * (the callback journey is made before it starts, and draws its cars then, as the generator does).
   */
  declare cars: number;
  /** The fleet vehicle it travels in, or null. */
  declare carrier: Request | null;
  /**
   * Whether it has a driver, and the driver's request (null when the driver was seized); when the
   * driver took it and the scarcity of drivers then (for the fee).
   */
  declare hasDriver: boolean;
  declare driver: Request | null;
  declare driverSince: number;
  declare scarcity: number;
  /** Whether it still has to take a driver further on its route. */
  declare driverAhead: boolean;
  /** What it holds at the station it last left (blocking after service); heldAt null when nothing. */
  declare heldAt: StationModel | null;
  declare heldLane: Resource | null;
  declare heldLaneRequest: Request | null;
  /** Whether it holds the lane as a seized unit (no request). */
  declare heldSeized: boolean;
  declare heldRoom: StationRoom | null;
  declare heldRoomRequest: Event<boolean> | null;
  /** Minutes waited at stations so far (reaching each to starting service there). */
  declare queued: number;
  /** When it reached the station it is at, and that station's statistics of its class then. */
  declare reachedAt: number;
  declare stats: StationClassStats | null;
  /** Its service time there, as the station had it when the vehicle asked for a lane. */
  declare service: Distribution | null;
  declare perCar: number;
  /** Its route, and in a scenario with ports the port it is in, since when, and what it queued before. */
  declare router: Router;
  declare port: PortModel | null;
  declare portSince: number;
  declare queuedBefore: number;

  constructor(cls: ClassModel, arrivedAt: number, cars: number, carrier: Request | null) {
    this.renew(cls, arrivedAt, cars, carrier);
  }

  /**
   * Makes this object a new vehicle: the constructor's work, and a pooled journey's (see
   * `callback-journey.ts`). The fields are declared without initialisers and every one is written
   * here, in the order declared, so that a new object and a renewed one have the same shape and
   * nothing of the vehicle it was before carries over.
   */
  protected renew(cls: ClassModel, arrivedAt: number, cars: number, carrier: Request | null): void {
    this.cls = cls;
    this.arrivedAt = arrivedAt;
    this.counted = arrivedAt >= cls.warmUp;
    this.cars = cars;
    this.carrier = carrier;
    this.hasDriver = false;
    this.driver = null;
    this.driverSince = 0;
    this.scarcity = 0;
    this.driverAhead = false;
    this.heldAt = null;
    this.heldLane = null;
    this.heldLaneRequest = null;
    this.heldSeized = false;
    this.heldRoom = null;
    this.heldRoomRequest = null;
    this.queued = 0;
    this.reachedAt = 0;
    this.stats = null;
    this.service = null;
    this.perCar = 0;
    this.router = cls.router;
    this.port = null;
    this.portSince = arrivedAt;
    this.queuedBefore = 0;
  }

  /** Keeps what it holds at `station` after service, until it has a place further on. */
  hold(
    station: StationModel,
    lane: Resource | null,
    laneRequest: Request | null,
    seized: boolean,
    room: StationRoom | null,
    roomRequest: Event<boolean> | null,
  ): void {
    this.heldAt = station;
    this.heldLane = lane;
    this.heldLaneRequest = laneRequest;
    this.heldSeized = seized;
    this.heldRoom = room;
    this.heldRoomRequest = roomRequest;
  }

  /** Gives back the lane (and the room place) it still holds, if any. */
  releaseHeld(): void {
    const station = this.heldAt;
    if (station === null) return;
    this.heldAt = null;
    const laneRequest = this.heldLaneRequest;
    if (laneRequest !== null || this.heldSeized) {
      const lane = this.heldLane;
      if (lane === station.lanes) station.releaseLane(laneRequest);
      else {
        lane!.release(laneRequest ?? undefined);
        station.laneChange(lane!.sim.now);
      }
    }
    if (this.heldRoomRequest !== null) this.heldRoom!.release(this.heldRoomRequest);
  }
}
