import { Event } from '../../event.js';
import type { RequestOptions } from '../../resource.js';
import type { Simulation } from '../../simulation.js';
import type { StationRoom } from './station-room.js';

/** A vehicle's place on the road: its length, and its place in line while it waits. */
class RoadPlace extends Event<boolean> {
  constructor(
    sim: Simulation,
    /** Whole millimetres, so that lengths add and subtract exactly. */
    readonly mm: number,
    readonly priority: number,
  ) {
    super(sim);
  }
}

/** What a road storage is built from. */
export interface RoadStorageOptions {
  readonly sim: Simulation;
  /** Length of the road in front of the lanes, metres. */
  readonly roadMetres: number;
  /** Road length of one vehicle by class index, metres. */
  readonly lengthByClass: readonly number[];
  /** Full: vehicles leave (true) or wait upstream in line (false). */
  readonly turnAway: boolean;
}

/**
 * A station's room measured as a road: vehicles fill it by their class's length, not by places. It
 * holds the road plus one bay per lane as long as the longest class, so that with every class of
 * one length L it admits exactly what a room of `lanes + floor(road / L)` places admits. The lane
 * count follows the lane control (`setCapacity` is given the lanes, as the control gives a room of
 * no extra places).
 *
 * Waiting vehicles are let in by priority, then in order of arrival, and strictly at the head: a
 * long truck that does not fit holds back the shorter cars behind it, as on a single-file road.
 */
export class RoadStorage implements StationRoom {
  /** Millimetres taken now. */
  private used = 0;
  private lanes = 0;
  private readonly bay: number;
  private readonly queue: RoadPlace[] = [];
  private readonly sim: Simulation;
  private readonly roadMm: number;
  private readonly mmByClass: readonly number[];
  private readonly turnAway: boolean;

  constructor(options: RoadStorageOptions) {
    this.sim = options.sim;
    const mm = (metres: number) => Math.round(metres * 1000);
    this.roadMm = mm(options.roadMetres);
    this.mmByClass = options.lengthByClass.map(mm);
    this.turnAway = options.turnAway;
    this.bay = Math.max(...this.mmByClass);
  }

  /** Lanes (the lane control's view of this room). */
  get capacity(): number {
    return this.lanes;
  }

  /** Metres taken now. */
  get usedMetres(): number {
    return this.used / 1000;
  }

  /** Millimetres the room holds now: the road and a bay per lane. */
  private get size(): number {
    return this.roadMm + this.lanes * this.bay;
  }

  /** Vehicles waiting upstream for room. */
  get queueLength(): number {
    return this.queue.length;
  }

  /** The lane count changed: the room's bays follow it (vehicles in it stay). */
  setCapacity(lanes: number): void {
    this.lanes = lanes;
    this.serve();
  }

  hasRoom(classIndex: number): boolean {
    return this.queue.length === 0 && this.used + this.mmByClass[classIndex]! <= this.size;
  }

  request(options: RequestOptions, classIndex: number): Event<boolean> {
    const place = new RoadPlace(this.sim, this.mmByClass[classIndex]!, options.priority ?? 0);
    if (this.hasRoom(classIndex)) {
      this.used += place.mm;
      place._settle(true, true);
    } else if (this.turnAway) {
      place._settle(true, false);
    } else {
      // Behind every vehicle of the same or a better (lower) priority.
      let i = this.queue.length;
      while (i > 0 && this.queue[i - 1]!.priority > place.priority) i--;
      this.queue.splice(i, 0, place);
    }
    return place;
  }

  release(place: Event<boolean>): void {
    this.used -= (place as RoadPlace).mm;
    this.serve();
  }

  private serve(): void {
    const queue = this.queue;
    while (queue.length > 0 && this.used + queue[0]!.mm <= this.size) {
      const next = queue.shift()!;
      this.used += next.mm;
      next.succeed(true);
    }
  }
}
