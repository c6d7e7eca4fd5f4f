import type { Distribution } from '../../random/distribution.js';
import { makeDistribution } from '../../random/spec.js';
import type { RandomStream } from '../../random/stream.js';
import { Resource } from '../../resource.js';
import type { Simulation } from '../../simulation.js';
import { IntervalSeries } from '../../stats/interval-series.js';
import { TimeWeighted } from '../../stats/time-weighted.js';
import type { Station } from '../scenario/types.js';
import type { DailyQuota } from './daily-quota.js';
import { DurationStats } from './duration-stats.js';
import { HourOfDayLoad } from './hour-of-day-load.js';
import type { LaneControl } from './lane-control.js';
import type { LocalClock } from './local-clock.js';

/** Per-class counters and waits of a station. */
export class StationClassStats {
  readonly wait = new DurationStats();
  served = 0;
  turnedAway = 0;
  secondary = 0;
}

/**
 * A station as it runs: its lanes (a Resource whose capacity follows the lane count and the
 * side's hours), its room (lanes plus buffer, when the buffer is finite), its secondary
 * inspection, the quotas a vehicle needs before queueing, and its statistics. Service times,
 * inspection probabilities and lane counts are mutable because dated shocks change them; they
 * are this replication's copies, so a shock never leaks into another replication.
 */
export class StationModel {
  readonly id: string;
  readonly infinite: boolean;
  /** Lanes; null for a pure delay ('infinite' lanes). */
  readonly lanes: Resource | null;
  /** Lanes plus buffer places; null when the buffer is unbounded. */
  readonly room: Resource | null;
  readonly turnAway: boolean;
  readonly secondaryLanes: Resource | null;
  readonly secondaryService: Distribution | null;
  readonly control: LaneControl | null;
  readonly secondaryControl: LaneControl | null;
  readonly quotas: DailyQuota[];
  readonly service = new Map<string, Distribution>();
  readonly secondaryProbability = new Map<string, number>();
  readonly byClass = new Map<string, StationClassStats>();
  /** Vehicles that reached, left after service, or were turned away, over the whole run. */
  readonly flow = { reached: 0, departed: 0, turnedAway: 0 };
  /** Vehicles at the station not yet in service (electronic queue, buffer and lane queue). */
  readonly waiting: TimeWeighted;
  waitingSeries: IntervalSeries;
  /** Lane utilisation by local hour of the day; null for a pure delay. */
  readonly load: HourOfDayLoad | null;
  readonly serviceStream: RandomStream;
  readonly secondaryStream: RandomStream;
  private waitingNow = 0;

  constructor(
    sim: Simulation,
    station: Station,
    classIds: readonly string[],
    quotas: DailyQuota[],
    control: (lanes: number | 'infinite') => LaneControl,
    streams: { service: RandomStream; secondary: RandomStream },
    pureDelay: boolean,
    seriesInterval: number,
    clock: LocalClock,
  ) {
    this.id = station.id;
    this.infinite = pureDelay;
    this.quotas = quotas;
    this.serviceStream = streams.service;
    this.secondaryStream = streams.secondary;
    for (const id of classIds) {
      this.service.set(id, makeDistribution(station.serviceByClass[id]!));
      this.secondaryProbability.set(id, station.secondary?.probabilityByClass[id] ?? 0);
      this.byClass.set(id, new StationClassStats());
    }
    this.turnAway = station.buffer.whenFull === 'turnAway';
    if (pureDelay) {
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
      } else {
        this.room = new Resource(sim, {
          capacity: 0,
          name: `${station.id} room`,
          queueLimit: this.turnAway ? 0 : Number.POSITIVE_INFINITY,
        });
        this.control.control(this.room, buffer);
      }
    }
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
    this.load = this.lanes === null ? null : new HourOfDayLoad(clock, sim.now);
    if (this.control !== null) {
      const lanes = this.lanes!;
      this.control.onChange = () => this.load!.update(sim.now, lanes.busy, lanes.capacity);
      this.control.onChange();
    }
    this.waiting = new TimeWeighted(sim.now, 0);
    this.waitingSeries = new IntervalSeries(seriesInterval, sim.now, 0);
  }

  /** Waits of all classes together (a merge of the per-class sketches). */
  allWaits(): DurationStats {
    const all = new DurationStats();
    for (const stats of this.byClass.values()) all.merge(stats.wait);
    return all;
  }

  /** The lanes' use changed (a vehicle started or ended service): record it by hour of day. */
  laneChange(now: number): void {
    if (this.lanes !== null) this.load!.update(now, this.lanes.busy, this.lanes.capacity);
  }

  /** A vehicle arrived at (delta 1) or left the waiting part of (delta −1) the station. */
  changeWaiting(now: number, delta: number): void {
    this.waitingNow += delta;
    this.waiting.update(now, this.waitingNow);
    this.waitingSeries.update(now, this.waitingNow);
  }

  /** Restarts the statistics at the end of the warm-up. */
  resetStats(now: number, seriesInterval: number): void {
    this.waiting.reset(now);
    this.waitingSeries = new IntervalSeries(seriesInterval, now, this.waitingNow);
    this.load?.reset(now);
    this.lanes?.resetStats();
    this.secondaryLanes?.resetStats();
    for (const id of this.byClass.keys()) this.byClass.set(id, new StationClassStats());
  }
}
