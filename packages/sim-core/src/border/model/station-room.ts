import type { Event } from '../../event.js';
import type { Request } from '../../request.js';
import type { RequestOptions, Resource } from '../../resource.js';

/**
 * The room in front of a station's lanes, lanes included: a place is taken on reaching the
 * station and given back on moving on from it. Counted in vehicles ({@link VehicleRoom}) or in
 * metres of road ({@link RoadStorage}); the vehicle's journey sees only this.
 */
export interface StationRoom {
  /** Whether a vehicle of class `classIndex` gets in now, with no one ahead of it. */
  hasRoom(classIndex: number): boolean;
  /**
   * A place for a vehicle of class `classIndex`: an event that succeeds with true once it is in,
   * or at once with false when the room is full and the station turns vehicles away.
   */
  request(options: RequestOptions, classIndex: number): Event<boolean>;
  /** Gives the place back (the vehicle moved on). */
  release(place: Event<boolean>): void;
}

/** A room counted in vehicles: a Resource of lanes plus buffer places, one place per vehicle. */
export class VehicleRoom implements StationRoom {
  constructor(readonly resource: Resource) {}

  hasRoom(): boolean {
    const r = this.resource;
    return r.busy < r.capacity && r.queueLength === 0;
  }

  request(options: RequestOptions): Event<boolean> {
    return this.resource.request(options);
  }

  release(place: Event<boolean>): void {
    this.resource.release(place as Request);
  }
}
