import { describeValue } from '../../argument-checks.js';
import { makeDistribution } from '../../random/spec.js';
import { RandomStreams } from '../../random/streams.js';
import { Simulation } from '../../simulation.js';
import type { TraceSink } from '../../trace.js';
import { DIRECTIONS, type Direction } from '../scenario/direction.js';
import type { Scenario } from '../scenario/types.js';
import { startArrivals } from './arrival-source.js';
import { startJourney } from './callback-journey.js';
import { ClassModel } from './class-model.js';
import { DailyQuota } from './daily-quota.js';
import { DailySeries } from './daily-series.js';
import { DemurrageRule } from './demurrage-rule.js';
import { DriverFeeRule } from './driver-fee-rule.js';
import { DriverPool } from './driver-pool.js';
import { EQueueModel } from './equeue-model.js';
import { FeeRule } from './fee-rule.js';
import { FleetModel } from './fleet-model.js';
import { LocalClock } from './local-clock.js';
import { PortModel } from './port-model.js';
import { PortOccupancy } from './port-occupancy.js';
import { classPorts } from './port-routes.js';
import { drawRandomClosures } from './random-closures.js';
import { makeRouter } from './router.js';
import { SideModel } from './side-model.js';
import { StationModel } from './station-model.js';

/** Options of one replication. */
export interface BorderRunOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** Width of the time-series intervals, minutes (default 60). */
  readonly seriesInterval?: number;
  /** A sink for the engine's trace records (off by default, and free when off). */
  readonly trace?: TraceSink;
  /**
   * With a trace: whether each vehicle runs as a process of its own, named after its class
   * (`vehicle:<class>`), so that the trace has its start and end and the lanes' records carry its
   * waits. Default true. False runs the vehicles as an untraced run does, about twice as fast
   * traced: the trace keeps the resources' records (requests, grants, releases, capacity), with
   * no process records and wake-ups named `wake`. The results are the same bit for bit either way.
   */
  readonly traceVehicles?: boolean;
}

/**
 * A border scenario compiled into objects for one replication: a simulation; a side model per
 * side (clock, closures, the lane controls that follow its hours); a station model per station; a
 * daily quota per quota; an electronic queue per e-queue; fee rules; a driver pool; and per class a router, a tariff and an
 * arrival source. Everything mutable lives in these objects, so a shock changes this replication
 * only (through their methods); the scenario itself is never modified.
 *
 * The model only builds and wires: a vehicle's journey asks the objects of its class and never
 * calls back here. The maps are for the shocks and the summary, which look objects up by id.
 *
 * Random streams are named by what they drive (`arrivals:car`, `service:kz-gate`,
 * `closures:CN`, ...), so two scenarios run with the same seed share the streams they have in
 * common: common random numbers for policy comparisons.
 */
export class BorderModel {
  readonly sim: Simulation;
  readonly scenario: Scenario;
  readonly streams: RandomStreams;
  readonly warmUp: number;
  readonly horizon: number;
  readonly seriesInterval: number;
  readonly sides = new Map<string, SideModel>();
  readonly stations = new Map<string, StationModel>();
  readonly classes = new Map<string, ClassModel>();
  readonly quotas = new Map<string, DailyQuota>();
  readonly fees = new Map<string, FeeRule>();
  readonly equeues = new Map<string, EQueueModel>();
  readonly drivers: DriverPool | null;
  readonly port: PortOccupancy;
  /** Vehicles in the port per direction that has classes (outbound first). */
  readonly directions = new Map<Direction, PortOccupancy>();
  readonly fleets = new Map<string, FleetModel>();
  /** Day by day per class, on the local days of `scenario.daily.side`. */
  readonly daily: DailySeries;
  /** The ports of a scenario that lists them, in file order; empty otherwise. */
  readonly ports = new Map<string, PortModel>();

  constructor(scenario: Scenario, options: BorderRunOptions) {
    this.scenario = scenario;
    const sim = options.trace === undefined ? new Simulation() : new Simulation({ trace: options.trace });
    this.sim = sim;
    this.streams = new RandomStreams(options.seed, options.replication);
    this.warmUp = scenario.calendar.warmUp;
    this.horizon = scenario.calendar.horizon;
    this.seriesInterval = options.seriesInterval ?? 60;
    if (!(this.seriesInterval > 0 && Number.isFinite(this.seriesInterval))) {
      throw new RangeError(
        `seriesInterval must be a finite number of minutes > 0, got ${this.seriesInterval}`,
      );
    }
    if (options.traceVehicles !== undefined && typeof options.traceVehicles !== 'boolean') {
      throw new TypeError(`traceVehicles must be true or false, got ${describeValue(options.traceVehicles)}`);
    }
    const cal = scenario.calendar;
    const defaultClock = new LocalClock(cal.startEpochMs, [{ from: 0, offset: cal.startUtcOffset }]);
    for (const side of scenario.sides) {
      const clock = new LocalClock(cal.startEpochMs, side.utcOffsets);
      const drawn = drawRandomClosures(
        side.randomClosures,
        clock,
        this.horizon,
        this.streams.stream(`closures:${side.id}`),
      );
      this.sides.set(
        side.id,
        new SideModel({ sim, side, clock, start: cal.start, closures: [...side.closures, ...drawn] }),
      );
    }
    const clockOf = (sideId: string | null) =>
      sideId === null ? defaultClock : this.sides.get(sideId)!.clock;
    for (const quota of scenario.quotas) {
      this.quotas.set(
        quota.id,
        new DailyQuota({
          sim,
          perDay: quota.perDay,
          clock: clockOf(quota.side),
          resetAt: quota.resetAt,
          classes: quota.classes,
          counts: quota.counts,
          countedAt: quota.countedAt,
          leftover: quota.leftover,
        }),
      );
    }
    const classIds = scenario.classes.map((c) => c.id);
    scenario.ports.forEach((p, index) => {
      this.ports.set(p.id, new PortModel(p.id, index));
    });
    scenario.stations.forEach((station, index) => {
      const lanesChange = scenario.shocks.some((s) => s.change === 'lanes' && s.station === station.id);
      const model = new StationModel({
        sim,
        station,
        index,
        classIds,
        quotas: station.quotas.map((id) => this.quotas.get(id)!),
        side: station.side === null ? null : this.sides.get(station.side)!,
        clock: clockOf(station.side),
        streams: {
          service: this.streams.stream(`service:${station.id}`),
          secondary: this.streams.stream(`secondary:${station.id}`),
        },
        pureDelay: station.lanes === 'infinite' && !lanesChange,
        seriesInterval: this.seriesInterval,
        lengthByClass: scenario.classes.map((c) => c.lengthMetres),
        divert:
          station.buffer.divert === null
            ? null
            : {
                to: this.ports.get(station.buffer.divert.to)!.index,
                travel: makeDistribution(station.buffer.divert.travel),
                stream: this.streams.stream(`divert:${station.id}`),
              },
      });
      this.stations.set(station.id, model);
    });
    const d = scenario.drivers;
    this.drivers =
      d === null
        ? null
        : new DriverPool({
            sim,
            count: d.count,
            returnTrip: makeDistribution(d.returnTrip),
            fee: new DriverFeeRule(d),
            rng: this.streams.stream('drivers'),
            takenAt: d.takenAt === null ? null : this.stations.get(d.takenAt)!,
            releasedAt: d.releasedAt === null ? null : this.stations.get(d.releasedAt)!,
          });
    this.port = new PortOccupancy(this.seriesInterval);
    this.daily = new DailySeries({
      clock: clockOf(scenario.daily.side),
      start: this.warmUp,
      end: this.horizon,
      classes: scenario.classes.length,
      queueHour: scenario.daily.queueHour,
      directionOf: scenario.classes.map((c) => DIRECTIONS.indexOf(c.direction)),
      lengthMetres: scenario.classes.map((c) => c.lengthMetres),
      equeues: scenario.equeues.length,
    });
    scenario.equeues.forEach((spec, index) => {
      this.equeues.set(
        spec.id,
        new EQueueModel({
          sim,
          spec,
          clock: clockOf(spec.side),
          classIds,
          warmUp: this.warmUp,
          rng: this.streams.stream(`equeue:${spec.id}`),
          lateBy: makeDistribution(spec.late.by),
          daily: this.daily,
          index,
        }),
      );
    });
    for (const direction of DIRECTIONS) {
      if (scenario.classes.some((c) => c.direction === direction))
        this.directions.set(direction, new PortOccupancy(this.seriesInterval));
    }
    const fleetOf = new Map<string, FleetModel>();
    for (const f of scenario.fleets) {
      const fleet = new FleetModel({
        sim,
        id: f.id,
        vehicles: f.vehicles,
        away: makeDistribution(f.away),
        home: makeDistribution(f.home),
        rng: this.streams.stream(`fleet:${f.id}`),
        warmUp: this.warmUp,
      });
      this.fleets.set(f.id, fleet);
      fleetOf.set(f.class, fleet);
      fleetOf.set(f.returnsAs, fleet);
    }
    scenario.classes.forEach((spec, index) => {
      const arrivals = spec.arrivals;
      const ports = classPorts(spec, this.ports, this.stations, this.streams, index);
      const cls = new ClassModel({
        sim,
        spec,
        index,
        clock: clockOf(arrivals.kind === 'poisson' ? arrivals.clock : null),
        horizon: this.horizon,
        warmUp: this.warmUp,
        batch: makeDistribution(spec.carsPerVehicle),
        streams: {
          arrivals: this.streams.stream(`arrivals:${spec.id}`),
          batch: this.streams.stream(`batch:${spec.id}`),
        },
        router: makeRouter(spec.route, this.stations, this.streams.stream(`routing:${spec.id}`)),
        drivers: spec.needsDriver ? this.drivers : null,
        port: this.port,
        equeue: spec.equeue === null ? null : this.equeues.get(spec.equeue)!,
        bookingQuotas: [...this.quotas.values()].filter(
          (q) => q.countedAt === 'booking' && q.applies(spec.id),
        ),
        directionPort: this.directions.get(spec.direction)!,
        fleet: fleetOf.get(spec.id) ?? null,
        daily: this.daily,
        portChooser: ports?.chooser ?? null,
        routeAt: ports?.routeAt ?? [],
        vehicleProcesses: options.trace !== undefined && options.traceVehicles !== false,
      });
      this.classes.set(spec.id, cls);
    });
    for (const f of scenario.fleets) {
      const back = this.classes.get(f.returnsAs)!;
      this.fleets.get(f.id)!.comeBack = (vehicle) => {
        startJourney(back, vehicle);
      };
    }
    this.compileCosts();
    if (this.warmUp > 0) sim.scheduleAt(this.warmUp, () => this.endWarmUp(), 0);
    for (const cls of this.classes.values()) cls.source = startArrivals(cls);
  }

  /** Fee rules, shared by the classes that pay them, and each class's tariff in file order. */
  private compileCosts(): void {
    const costs = this.scenario.costs;
    for (const fee of costs.fees) {
      const rule = new FeeRule(fee);
      this.fees.set(fee.id, rule);
      const station = fee.station === null ? null : this.stations.get(fee.station)!.index;
      for (const id of fee.classes) this.classes.get(id)!.tariff.addFee(rule, station);
    }
    for (const demurrage of costs.demurrage) {
      const rule = new DemurrageRule(demurrage);
      for (const id of demurrage.classes) this.classes.get(id)!.tariff.addDemurrage(rule);
    }
  }

  private endWarmUp(): void {
    const now = this.sim.now;
    for (const station of this.stations.values()) station.resetStats(now, this.seriesInterval);
    this.port.resetStats(now);
    for (const occupancy of this.directions.values()) occupancy.resetStats(now);
    for (const fleet of this.fleets.values()) fleet.resetStats();
    this.drivers?.resetStats();
    for (const quota of this.quotas.values()) quota.resetStats();
    for (const equeue of this.equeues.values()) equeue.resetStats(now);
  }
}
