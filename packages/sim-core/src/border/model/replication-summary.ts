import type { BorderModel } from './border-model.js';
import { COST_COMPONENTS, type CostTotals } from './cost-ledger.js';
import { directionSummary, fleetSummary } from './direction-summary.js';
import type { DurationSummary } from './duration-stats.js';
import type { EQueueModel } from './equeue-model.js';
import { portsSummary } from './port-summary.js';
import type {
  BorderReplicationResult,
  ClassResult,
  EQueueResult,
  StationResult,
  StorageResult,
} from './replication-result.js';
import type { StorageOverflow } from './storage-overflow.js';

const nullIfNaN = (x: number): number | null => (Number.isFinite(x) ? x : null);

function equeueResult(q: EQueueModel, end: number): EQueueResult {
  return {
    booked: q.booked,
    arrivedAtBorder: q.arrivedAtBorder,
    stillBooked: q.backlogNow,
    noShows: q.noShows,
    late: q.late,
    rebooked: q.rebooked,
    refused: q.refused,
    backlog: { mean: nullIfNaN(q.backlog.mean(end)), max: q.backlog.max },
    daysToFreeSlot: { atEnd: q.daysToFreeSlot(end), max: q.maxDaysToFreeSlot },
    virtualWait: q.virtualWait.summary(),
  };
}

function storageResult(o: StorageOverflow, classIds: readonly string[], end: number): StorageResult {
  let overflow = 0;
  let waitedBeyond = 0;
  let gaveUp = 0;
  let diverted = 0;
  const byClass: Record<string, StorageResult['byClass'][string]> = {};
  o.byClass.forEach((c, i) => {
    byClass[classIds[i]!] = {
      overflow: c.overflow,
      waitedBeyond: c.waitedBeyond,
      gaveUp: c.gaveUp,
      diverted: c.diverted,
    };
    overflow += c.overflow;
    waitedBeyond += c.waitedBeyond;
    gaveUp += c.gaveUp;
    diverted += c.diverted;
  });
  return {
    overflow,
    waitedBeyond,
    gaveUp,
    diverted,
    byClass,
    beyond: { mean: nullIfNaN(o.beyond.mean(end)), max: o.beyond.max },
  };
}

/** Reads a finished replication's figures off its model, as plain data. */
export function replicationSummary(
  model: BorderModel,
  seed: number | string,
  replication: number,
): BorderReplicationResult {
  const sim = model.sim;
  const end = sim.now;
  const days = (model.horizon - model.warmUp) / 1440;
  const classes: Record<string, ClassResult> = {};
  const totals: CostTotals = { driverFees: 0, clearance: 0, duty: 0, other: 0, demurrage: 0 };
  for (const cls of model.classes.values()) {
    const ledger = cls.ledger;
    const classTotals = ledger.totals;
    for (const c of COST_COMPONENTS) totals[c] += classTotals[c];
    classes[cls.id] = {
      arrived: cls.arrived,
      exited: cls.exited,
      turnedAway: cls.turnedAway,
      carsExited: cls.carsExited,
      crossing: cls.crossing.summary(),
      throughputPerDay: cls.exited / days,
      carsPerDay: cls.carsExited / days,
      costs: {
        totals: { ...ledger.totals },
        total: ledger.total,
        perVehicle: ledger.vehicles > 0 ? ledger.total / ledger.vehicles : null,
      },
    };
  }
  const stations: Record<string, StationResult> = {};
  const waiting: Record<string, readonly number[]> = {};
  for (const station of model.stations.values()) {
    station.recordNewcomers();
    const waitByClass: Record<string, DurationSummary> = {};
    const servedByClass: Record<string, number> = {};
    const turnedAwayByClass: Record<string, number> = {};
    const secondaryByClass: Record<string, number> = {};
    let served = 0;
    station.byClass.forEach((stats, i) => {
      const id = station.classIds[i]!;
      waitByClass[id] = stats.wait.summary();
      servedByClass[id] = stats.served;
      turnedAwayByClass[id] = stats.turnedAway;
      secondaryByClass[id] = stats.secondary;
      served += stats.served;
    });
    stations[station.id] = {
      wait: station.allWaits().summary(),
      waitByClass,
      servedByClass,
      turnedAwayByClass,
      secondaryByClass,
      served,
      throughputPerDay: served / days,
      queue: { mean: nullIfNaN(station.waiting.mean(end)), max: station.waiting.max },
      utilisation: station.lanes === null ? null : nullIfNaN(station.lanes.utilisation()),
      utilisationByHour: station.load === null ? null : station.load.profile(end),
      secondaryUtilisation:
        station.secondaryLanes === null ? null : nullIfNaN(station.secondaryLanes.utilisation()),
      ...(station.overflow === null
        ? {}
        : { storage: storageResult(station.overflow, station.classIds, end) }),
    };
    waiting[station.id] = station.waitingSeries.finish(end).mean;
  }
  const drivers = model.drivers;
  const counts = model.port.counts;
  const total = COST_COMPONENTS.reduce((sum, c) => sum + totals[c], 0);
  return {
    scenario: model.scenario.name,
    seed,
    replication,
    horizon: model.horizon,
    warmUp: model.warmUp,
    events: sim.eventsProcessed,
    classes,
    stations,
    drivers:
      drivers === null
        ? null
        : {
            trips: drivers.trips,
            utilisation: nullIfNaN(drivers.drivers.utilisation()),
            queue: {
              mean: nullIfNaN(drivers.drivers.meanQueueLength()),
              max: drivers.drivers.maxQueueLength,
            },
            fees: drivers.fees,
            tripsPerDriverPerMonth:
              drivers.drivers.capacity > 0 ? drivers.trips / drivers.drivers.capacity / (days / 30) : null,
          },
    directions: directionSummary(model),
    fleets: fleetSummary(model),
    quotas: Object.fromEntries(
      [...model.quotas].map(([id, q]) => [id, { used: q.used, queueAtEnd: q.queueLength }]),
    ),
    ...(model.ports.size === 0 ? {} : { ports: portsSummary(model, days) }),
    ...(model.equeues.size === 0
      ? {}
      : {
          equeues: Object.fromEntries([...model.equeues].map(([id, q]) => [id, equeueResult(q, end)])),
        }),
    inSystem: { mean: nullIfNaN(model.port.inSystem.mean(end)), max: model.port.inSystem.max },
    costs: { currency: model.scenario.costs.currency, totals, total },
    conservation: {
      arrived: counts.arrived,
      exited: counts.exited,
      turnedAway: counts.turnedAway,
      inSystemAtEnd: counts.arrived - counts.exited - counts.turnedAway,
      byClass: Object.fromEntries([...model.classes].map(([id, c]) => [id, { ...c.flow }])),
      byStation: Object.fromEntries([...model.stations].map(([id, s]) => [id, { ...s.flow }])),
      waitingForDriverAtEnd: drivers === null ? 0 : drivers.drivers.queueLength,
    },
    series: {
      interval: model.seriesInterval,
      start: model.warmUp,
      inSystem: model.port.series.finish(end).mean,
      waiting,
    },
    daily: dailyOf(model, end),
  };
}

function dailyOf(model: BorderModel, end: number) {
  model.daily.finish(end);
  const settings = model.scenario.daily;
  return model.daily.result([...model.classes.keys()], settings.side, settings.queueHour, [
    ...model.equeues.keys(),
  ]);
}
