import type { Distribution } from '../../random/distribution.js';
import { makeDistribution } from '../../random/spec.js';
import type { RandomStream } from '../../random/stream.js';
import type { Request } from '../../request.js';
import { Resource } from '../../resource.js';
import type { Simulation } from '../../simulation.js';
import { IntervalSeries } from '../../stats/interval-series.js';
import { TimeWeighted } from '../../stats/time-weighted.js';
import type { Station } from '../scenario/types.js';
import type { DailyQuota } from './daily-quota.js';
import { DurationStats } from './duration-stats.js';
import { HourOfDayLoad } from './hour-of-day-load.js';
import { LaneControl } from './lane-control.js';
import type { LocalClock } from './local-clock.js';
import { Newcomers } from './newcomers.js';
import { RoadStorage } from './road-storage.js';
import type { SideModel } from './side-model.js';
import { StartGate } from './start-gate.js';
import { type StationRoom, VehicleRoom } from './station-room.js';
import { StorageOverflow } from './storage-overflow.js';

/** Per-class counters and waits of a station. */
export class StationClassStats {
  readonly wait = new DurationStats();
  served = 0;
  turnedAway = 0;
  secondary = 0;
}

/** What a station is built from. */
export interface StationModelOptions {
  readonly sim: Simulation;
  readonly station: Station;
  /** Its position in the scenario's list of stations. */
  readonly index: number;
  /** Class ids in scenario order: per-class settings are kept by class index. */
  readonly classIds: readonly string[];
  readonly quotas: readonly DailyQuota[];
  /** The side whose schedule its lanes follow, or null for a station that never closes. */
  readonly side: SideModel | null;
  /** The clock of its hour-of-day statistics. */
  readonly clock: LocalClock;
  readonly streams: { readonly service: RandomStream; readonly secondary: RandomStream };
  /** Whether it is a pure delay (infinite lanes that no shock ever makes finite). */
  readonly pureDelay: boolean;
  readonly seriesInterval: number;
  /** Road length of one vehicle by class index, metres (for a storage measured in km). */
  readonly lengthByClass: readonly number[];
  /** Where vehicles that find the storage full go, when it diverts (default: none). */
  readonly divert?: StationDiversion | null;
}

/** A full storage's diversion, compiled: the port (by index) and the extra travel time. */
export interface StationDiversion {
  /** The index of the port vehicles divert to. */
  readonly to: number;
  readonly travel: Distribution;
  /** Its own stream, `divert:<station>`. */
  readonly stream: RandomStream;
}

const lanesCount = (lanes: number | 'infinite') => (lanes === 'infinite' ? Number.MAX_SAFE_INTEGER : lanes);

/**
 * A station as it runs: its lanes (a Resource whose capacity follows the lane count and the
 * side's hours), its service time (a draw plus a time per car on board), its room (lanes plus buffer, when the buffer is finite), its secondary
 * inspection, the quotas a vehicle needs before queueing, and its statistics. Settings are kept
 * by class index; shocks change them through `setLanes`, `setService` and `setInspection`, on
 * this replication's copy only.
 */
export class StationModel {
  readonly id: string;
  /** Position in the scenario's list of stations. */
  readonly index: number;
  readonly infinite: boolean;
  /** Lanes; null for a pure delay ('infinite' lanes). */
  readonly lanes: Resource | null;
  /** Lanes plus buffer places, or lane bays plus road metres; null when the buffer is unbounded. */
  readonly room: StationRoom | null;
  /** Who found the room full and what they did; null when the buffer is unbounded. */
  readonly overflow: StorageOverflow | null;
  readonly turnAway: boolean;
  /** Where vehicles that find the storage full drive on to; null unless the storage diverts. */
  readonly divert: StationDiversion | null;
  readonly secondaryLanes: Resource | null;
  readonly secondaryService: Distribution | null;
  readonly control: LaneControl | null;
  readonly secondaryControl: LaneControl | null;
  readonly quotas: readonly DailyQuota[];
  /** The quotas counted on reaching the station (its electronic queues). */
  readonly arrivalQuotas: readonly DailyQuota[];
  /** The queue in front of the lanes when quotas are counted at service start; else null. */
  readonly gate: StartGate | null;
  /** Class ids, in the order of the per-class arrays. */
  readonly classIds: readonly string[];
  /** Service time by class index: the part that does not depend on the load. */
  readonly service: Distribution[];
  /** Minutes added per car on board, by class index. */
  readonly perCar: number[];
  /** Secondary-inspection probability by class index. */
  readonly secondaryProbability: number[];
  /** Statistics by class index. */
  readonly byClass: StationClassStats[];
  /** Vehicles that reached, left after service, or were turned away, over the whole run. */
  readonly flow = { reached: 0, departed: 0, turnedAway: 0, diverted: 0 };
  /**
   * Vehicles at the station not yet in service (electronic queue, buffer and lane queue) for a
   * positive time, as recorded: call {@link recordNewcomers} before reading it or `waitingSeries`.
   */
  readonly waiting: TimeWeighted;
  waitingSeries: IntervalSeries;
  /** Lane utilisation by local hour of the day; null for a pure delay. */
  readonly load: HourOfDayLoad | null;
  readonly serviceStream: RandomStream;
  readonly secondaryStream: RandomStream;
  private readonly sim: Simulation;
  /** Vehicles waiting as recorded in `waiting`, and those that reached the station this instant, not yet recorded. */
  private waitingNow = 0;
  private readonly newcomers = new Newcomers(1);

  constructor(options: StationModelOptions) {
    const { sim, station, side } = options;
    this.sim = sim;
    this.id = station.id;
    this.index = options.index;
    this.infinite = options.pureDelay;
    this.quotas = options.quotas;
    this.arrivalQuotas = this.quotas.filter((q) => q.countedAt === 'arrival');
    this.classIds = options.classIds;
    this.serviceStream = options.streams.service;
    this.secondaryStream = options.streams.secondary;
    this.service = this.classIds.map((id) => makeDistribution(station.serviceByClass[id]!));
    this.perCar = this.classIds.map((id) => station.perCarByClass[id] ?? 0);
    this.secondaryProbability = this.classIds.map((id) => station.secondary?.probabilityByClass[id] ?? 0);
    this.byClass = this.classIds.map(() => new StationClassStats());
    const control = (lanes: number | 'infinite') =>
      side === null ? new LaneControl(sim, lanesCount(lanes), null) : side.laneControl(lanesCount(lanes));
    this.turnAway = station.buffer.whenFull === 'turnAway';
    // A diverting storage never queues anyone: a vehicle that finds it full never asks for a place.
    this.divert = options.divert ?? null;
    if (options.pureDelay) {
      this.lanes = null;
      this.room = null;
      this.control = null;
    } else {
      this.lanes = new Resource(sim, { capacity: 0, name: station.id });
      this.control = control(station.lanes);
      this.control.control(this.lanes);
      const buffer = station.buffer.capacity;
      if (buffer === 'infinite') {
        this.room = null;
      } else if (typeof buffer === 'number') {
        const resource = new Resource(sim, {
          capacity: 0,
          name: `${station.id} room`,
          queueLimit: this.turnAway ? 0 : Number.POSITIVE_INFINITY,
        });
        this.control.control(resource, buffer);
        this.room = new VehicleRoom(resource);
      } else {
        const road = new RoadStorage({
          sim,
          roadMetres: buffer.metres,
          lengthByClass: options.lengthByClass,
          turnAway: this.turnAway,
        });
        this.control.control(road, 0);
        this.room = road;
      }
    }
    this.overflow = this.room === null ? null : new StorageOverflow(this.classIds.length, sim.now);
    const secondary = station.secondary;
    if (secondary === null) {
      this.secondaryLanes = null;
      this.secondaryService = null;
      this.secondaryControl = null;
    } else {
      this.secondaryService = makeDistribution(secondary.service);
      if (secondary.lanes === 'infinite') {
        this.secondaryLanes = null;
        this.secondaryControl = null;
      } else {
        this.secondaryLanes = new Resource(sim, { capacity: 0, name: `${station.id} secondary` });
        this.secondaryControl = control(secondary.lanes);
        this.secondaryControl.control(this.secondaryLanes);
      }
    }
    const startQuotas = this.quotas.filter((q) => q.countedAt === 'serviceStart');
    this.gate =
      startQuotas.length === 0
        ? null
        : new StartGate({
            sim,
            lanes: this.lanes,
            control: this.control,
            quotas: startQuotas,
            classIds: this.classIds,
          });
    this.load = this.lanes === null ? null : new HourOfDayLoad(options.clock, sim.now);
    if (this.control !== null) {
      const lanes = this.lanes!;
      const gate = this.gate;
      // Lanes that open may let a vehicle held at the gate start.
      this.control.onChange =
        gate === null
          ? () => this.load!.update(sim.now, lanes.busy, lanes.capacity)
          : () => {
              this.load!.update(sim.now, lanes.busy, lanes.capacity);
              gate.dispatch();
            };
      this.control.onChange();
    }
    this.waiting = new TimeWeighted(sim.now, 0);
    this.waitingSeries = new IntervalSeries(options.seriesInterval, sim.now, 0);
  }

  /** Lanes from now on (a 'lanes' shock); no effect on a pure delay. */
  setLanes(lanes: number | 'infinite'): void {
    this.control?.setLanes(lanesCount(lanes));
  }

  /** A new service time for the classes of the given indices (a 'service' shock); perCar null keeps it. */
  setService(classIndices: readonly number[], service: Distribution, perCar: number | null = null): void {
    for (const i of classIndices) {
      this.service[i] = service;
      if (perCar !== null) this.perCar[i] = perCar;
    }
  }

  /** A new secondary-inspection probability for the classes of the given indices. */
  setInspection(classIndices: readonly number[], probability: number): void {
    for (const i of classIndices) this.secondaryProbability[i] = probability;
  }

  /**
   * Gives a lane back (service ended or the vehicle moved on): the one `request` holds, or a seized
   * one when it is null. The gate may start the next vehicle.
   */
  releaseLane(request: Request | null): void {
    this.lanes!.release(request ?? undefined);
    this.laneChange(this.sim.now);
    this.gate?.dispatch();
  }

  /** Waits of all classes together (a merge of the per-class sketches). */
  allWaits(): DurationStats {
    const all = new DurationStats();
    for (const stats of this.byClass) all.merge(stats.wait);
    return all;
  }

  /** The lanes' use changed (a vehicle started or ended service): record it by hour of day. */
  laneChange(now: number): void {
    if (this.lanes !== null) this.load!.update(now, this.lanes.busy, this.lanes.capacity);
  }

  /** Vehicles at the station now, not yet in service (those that reached it this instant included). */
  get waitingCount(): number {
    return this.waitingNow + this.newcomers.held;
  }

  /** A vehicle reached the station at `now` and joins its waiting vehicles (held as a newcomer: see newcomers.ts). */
  join(now: number): void {
    if (this.newcomers.due(now)) this.recordNewcomers();
    this.newcomers.join(0, now);
  }

  /** A vehicle that reached the station at `reachedAt` leaves its waiting ones at `now` (service, diversion, turned away). */
  leave(now: number, reachedAt: number): void {
    if (this.newcomers.due(now)) this.recordNewcomers();
    else if (this.newcomers.leave(0, now, reachedAt)) return;
    this.changeWaiting(now, -1);
  }

  /** Records the vehicles still waiting of those that reached the station at the last instant it saw. */
  recordNewcomers(): void {
    const count = this.newcomers.take(0);
    if (count > 0) this.changeWaiting(this.newcomers.at, count);
  }

  /** The recorded number of vehicles waiting changes by `delta` at `now`. */
  changeWaiting(now: number, delta: number): void {
    this.waitingNow += delta;
    this.waiting.update(now, this.waitingNow);
    this.waitingSeries.update(now, this.waitingNow);
  }

  /** Restarts the statistics at the end of the warm-up. */
  resetStats(now: number, seriesInterval: number): void {
    this.recordNewcomers();
    this.waiting.reset(now);
    this.waitingSeries = new IntervalSeries(seriesInterval, now, this.waitingNow);
    this.load?.reset(now);
    this.lanes?.resetStats();
    this.secondaryLanes?.resetStats();
    this.overflow?.resetStats(now);
    for (let i = 0; i < this.byClass.length; i++) this.byClass[i] = new StationClassStats();
  }
}
