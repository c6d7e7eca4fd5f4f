import type { Process } from '../../process.js';
import { makeDistribution } from '../../random/spec.js';
import { RandomStreams } from '../../random/streams.js';
import type { Request } from '../../request.js';
import { Simulation } from '../../simulation.js';
import { IntervalSeries } from '../../stats/interval-series.js';
import { TimeWeighted } from '../../stats/time-weighted.js';
import type { TraceSink } from '../../trace.js';
import type { Fee, Scenario, Side, Transition } from '../scenario/types.js';
import { classArrivals } from './class-arrivals.js';
import { ClassModel } from './class-model.js';
import type { CostComponent } from './cost-ledger.js';
import { DailyQuota } from './daily-quota.js';
import { DriverPool } from './driver-pool.js';
import { LaneControl } from './lane-control.js';
import { LocalClock } from './local-clock.js';
import { drawRandomClosures } from './random-closures.js';
import { sideSchedule } from './side-schedule.js';
import { StationModel } from './station-model.js';
import { vehicleJourney } from './vehicle-journey.js';

/** Options of one replication. */
export interface BorderRunOptions {
  readonly seed: number | string;
  readonly replication: number;
  /** Width of the time-series intervals, minutes (default 60). */
  readonly seriesInterval?: number;
  /** A sink for the engine's trace records (off by default, and free when off). */
  readonly trace?: TraceSink;
}

const FEE_COMPONENT: Record<Fee['category'], CostComponent> = {
  clearance: 'clearance',
  duty: 'duty',
  other: 'other',
};

/**
 * A border scenario compiled into engine parts for one replication: a simulation, one process per
 * vehicle, a Resource per lane group, a schedule per side, a quota per electronic queue, a
 * driver pool, and the shocks on the calendar. Everything mutable lives here, so a shock changes
 * this replication only; the scenario itself is never modified.
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
  readonly clocks = new Map<string, LocalClock>();
  readonly closures = new Map<string, Side['closures']>();
  readonly controls = new Map<string, LaneControl[]>();
  readonly stations = new Map<string, StationModel>();
  readonly classes = new Map<string, ClassModel>();
  readonly quotas = new Map<string, DailyQuota>();
  readonly sources = new Map<string, Process<void>>();
  readonly drivers: DriverPool | null;
  readonly feeAmounts = new Map<string, number>();
  readonly inSystem: TimeWeighted;
  inSystemSeries: IntervalSeries;
  readonly seriesInterval: number;
  readonly counts = { arrived: 0, exited: 0, turnedAway: 0 };
  private inSystemNow = 0;

  constructor(scenario: Scenario, options: BorderRunOptions) {
    this.scenario = scenario;
    this.sim = options.trace === undefined ? new Simulation() : new Simulation({ trace: options.trace });
    this.streams = new RandomStreams(options.seed, options.replication);
    this.warmUp = scenario.calendar.warmUp;
    this.horizon = scenario.calendar.horizon;
    this.seriesInterval = options.seriesInterval ?? 60;
    if (!(this.seriesInterval > 0 && Number.isFinite(this.seriesInterval))) {
      throw new RangeError(
        `seriesInterval must be a finite number of minutes > 0, got ${this.seriesInterval}`,
      );
    }
    const cal = scenario.calendar;
    const defaultClock = new LocalClock(cal.startEpochMs, [{ from: 0, offset: cal.startUtcOffset }]);
    for (const side of scenario.sides) {
      const clock = new LocalClock(cal.startEpochMs, side.utcOffsets);
      this.clocks.set(side.id, clock);
      const drawn = drawRandomClosures(
        side.randomClosures,
        clock,
        this.horizon,
        this.streams.stream(`closures:${side.id}`),
      );
      this.closures.set(side.id, [...side.closures, ...drawn]);
      this.controls.set(side.id, []);
    }
    for (const quota of scenario.quotas) {
      this.quotas.set(
        quota.id,
        new DailyQuota(this.sim, quota.perDay, this.clocks.get(quota.side)!, quota.resetAt, quota),
      );
    }
    const classIds = scenario.classes.map((c) => c.id);
    for (const station of scenario.stations) {
      const lanesChange = scenario.shocks.some((s) => s.change === 'lanes' && s.station === station.id);
      const model = new StationModel(
        this.sim,
        station,
        classIds,
        station.quotas.map((id) => this.quotas.get(id)!),
        (lanes) => this.laneControl(station.side, lanes),
        {
          service: this.streams.stream(`service:${station.id}`),
          secondary: this.streams.stream(`secondary:${station.id}`),
        },
        station.lanes === 'infinite' && !lanesChange,
        this.seriesInterval,
        station.side === null ? defaultClock : this.clocks.get(station.side)!,
      );
      this.stations.set(station.id, model);
    }
    for (const cls of scenario.classes) {
      const clock =
        cls.arrivals.kind === 'poisson' && cls.arrivals.clock !== null
          ? this.clocks.get(cls.arrivals.clock)!
          : defaultClock;
      const model = new ClassModel(
        cls,
        classArrivals(cls.arrivals, clock, 1, this.horizon),
        makeDistribution(cls.carsPerVehicle),
        {
          arrivals: this.streams.stream(`arrivals:${cls.id}`),
          batch: this.streams.stream(`batch:${cls.id}`),
          routing: this.streams.stream(`routing:${cls.id}`),
        },
      );
      this.classes.set(cls.id, model);
    }
    const d = scenario.drivers;
    this.drivers =
      d === null
        ? null
        : new DriverPool(
            this.sim,
            d.count,
            makeDistribution(d.returnTrip),
            d.feePerTrip?.reportingAmount ?? 0,
            this.streams.stream('drivers'),
          );
    for (const fee of scenario.costs.fees) {
      this.feeAmounts.set(fee.id, fee.amount.reportingAmount);
      // Each class keeps the fees it pays by where they are charged ('' for the exit), so that
      // charging does not scan every fee of the scenario per vehicle and station.
      for (const id of fee.classes) {
        const feesAt = this.classes.get(id)!.feesAt;
        const key = fee.station ?? '';
        const list = feesAt.get(key);
        if (list === undefined) feesAt.set(key, [fee]);
        else list.push(fee);
      }
    }
    this.inSystem = new TimeWeighted(0, 0);
    this.inSystemSeries = new IntervalSeries(this.seriesInterval, 0, 0);
    if (this.warmUp > 0) this.sim.scheduleAt(this.warmUp, () => this.endWarmUp(), 0);
    for (const cls of this.classes.values())
      this.sources.set(cls.id, this.sim.process(this.source(cls), `arrivals:${cls.id}`));
  }

  /** The clock a side's local times are read on. */
  clockOf(sideId: string): LocalClock {
    return this.clocks.get(sideId)!;
  }

  /** Rebuilds the opening schedule of every station of a side (an 'hours' shock). */
  setSideHours(sideId: string, hours: Side['openingHours']): void {
    const schedule = sideSchedule(
      this.scenario.calendar.start,
      this.clockOf(sideId),
      hours,
      this.closures.get(sideId)!,
    );
    for (const control of this.controls.get(sideId)!) control.setSchedule(schedule);
  }

  private laneControl(sideId: string | null, lanes: number | 'infinite'): LaneControl {
    const count = lanes === 'infinite' ? Number.MAX_SAFE_INTEGER : lanes;
    if (sideId === null) return new LaneControl(this.sim, count, null);
    const side = this.scenario.sides.find((s) => s.id === sideId)!;
    const schedule = sideSchedule(
      this.scenario.calendar.start,
      this.clockOf(sideId),
      side.openingHours,
      this.closures.get(sideId)!,
    );
    const control = new LaneControl(this.sim, count, schedule);
    this.controls.get(sideId)!.push(control);
    return control;
  }

  private *source(cls: ClassModel) {
    const sim = this.sim;
    for (;;) {
      const next = cls.arrivals.next(sim.now, cls.arrivalStream);
      if (!(next < this.horizon)) return;
      try {
        yield next - sim.now;
      } catch {
        continue; // a demand shock changed the process: draw again from now (Poisson: exact)
      }
      sim.process(vehicleJourney(this, cls), cls.processName);
    }
  }

  private endWarmUp(): void {
    const now = this.sim.now;
    for (const station of this.stations.values()) station.resetStats(now, this.seriesInterval);
    this.inSystem.reset(now);
    this.inSystemSeries = new IntervalSeries(this.seriesInterval, now, this.inSystemNow);
    this.drivers?.resetStats();
    for (const quota of this.quotas.values()) quota.used = 0;
  }

  /** A vehicle arrived. */
  enter(cls: ClassModel, counted: boolean): void {
    this.counts.arrived++;
    cls.flow.arrived++;
    if (counted) cls.arrived++;
    this.changeInSystem(1);
  }

  /** A vehicle left the port, through the exit or turned away. */
  leave(
    cls: ClassModel,
    arrivedAt: number,
    counted: boolean,
    cars: number,
    outcome: 'exited' | 'turnedAway',
    driver: Request | null,
  ): void {
    const now = this.sim.now;
    this.changeInSystem(-1);
    const afterWarmUp = now >= this.warmUp;
    if (outcome === 'turnedAway') {
      this.counts.turnedAway++;
      cls.flow.turnedAway++;
      if (counted) cls.turnedAway++;
      if (driver !== null) this.drivers!.finishTrip(driver, false, counted);
      return;
    }
    this.counts.exited++;
    cls.flow.exited++;
    if (afterWarmUp) {
      cls.exited++;
      cls.carsExited += cars;
    }
    if (!counted) {
      if (driver !== null) this.drivers!.finishTrip(driver, true, false);
      return;
    }
    const crossing = now - arrivedAt;
    cls.crossing.add(crossing);
    const ledger = cls.ledger;
    ledger.vehicles++;
    ledger.cars += cars;
    if (driver !== null) ledger.charge('driverFees', this.drivers!.finishTrip(driver, true, true));
    this.chargeFees(null, cls, cars);
    for (const d of this.scenario.costs.demurrage) {
      if (!d.classes.includes(cls.id) || crossing <= d.freeTime) continue;
      const days = (crossing - d.freeTime) / 1440;
      const charged = d.charging === 'perStartedDay' ? Math.ceil(days) : days;
      ledger.charge('demurrage', charged * d.perDay.reportingAmount * (d.per === 'car' ? cars : 1));
    }
  }

  /** Fees due on finishing service at a station. */
  chargeStationFees(stationId: string, cls: ClassModel, cars: number, counted: boolean): void {
    if (counted) this.chargeFees(stationId, cls, cars);
  }

  private chargeFees(stationId: string | null, cls: ClassModel, cars: number): void {
    const fees = cls.feesAt.get(stationId ?? '');
    if (fees === undefined) return;
    for (const fee of fees) {
      cls.ledger.charge(
        FEE_COMPONENT[fee.category],
        this.feeAmounts.get(fee.id)! * (fee.per === 'car' ? cars : 1),
      );
    }
  }

  quotaApplies(quota: DailyQuota, cls: ClassModel): boolean {
    return quota.classes.includes(cls.id);
  }

  quotaAmount(quota: DailyQuota, cars: number): number {
    return quota.counts === 'cars' ? cars : 1;
  }

  /** The first station of a class's route, or null for none. */
  firstStation(cls: ClassModel): string | null {
    const route = cls.spec.route;
    return route.kind === 'sequence' ? (route.stations[0] ?? null) : this.draw(route.entry, cls);
  }

  /** The station after step `step` (at `stationId`) of a class's route, or null at the exit. */
  nextStation(cls: ClassModel, stationId: string, step: number): string | null {
    const route = cls.spec.route;
    if (route.kind === 'sequence') return route.stations[step + 1] ?? null;
    return this.draw(route.next[stationId] ?? [], cls);
  }

  private draw(transitions: readonly Transition[], cls: ClassModel): string | null {
    if (transitions.length === 0) return null;
    const u = cls.routingStream.random();
    let sum = 0;
    for (const t of transitions) {
      sum += t.probability;
      if (u < sum) return t.to === 'exit' ? null : t.to;
    }
    const last = transitions[transitions.length - 1]!.to;
    return last === 'exit' ? null : last;
  }

  private changeInSystem(delta: number): void {
    this.inSystemNow += delta;
    this.inSystem.update(this.sim.now, this.inSystemNow);
    this.inSystemSeries.update(this.sim.now, this.inSystemNow);
  }
}
