import { makeDistribution } from '@landport/sim-core';
import type { BorderReplicationResult, Scenario } from '@landport/sim-core/border';

/*
 * Figures read off one replication for calibration, in the units the sources use (hours, cars,
 * trips a month). Each throws a RangeError naming what is missing rather than returning NaN, so a
 * renamed class or station fails loudly instead of producing an empty interval.
 */

function classResult(result: BorderReplicationResult, id: string) {
  const cls = result.classes[id];
  if (cls === undefined) {
    throw new RangeError(
      `no class ${JSON.stringify(id)} in the result; it has ${Object.keys(result.classes).join(', ')}`,
    );
  }
  return cls;
}

/** Cars that left the crossing after the warm-up, summed over `classes` (a carrier counts its load). */
export function carsExported(result: BorderReplicationResult, classes: readonly string[]): number {
  let cars = 0;
  for (const id of classes) cars += classResult(result, id).carsExited;
  return cars;
}

/** Mean arrival-to-exit time in hours over the vehicles of `classes` that exited (pooled by count). */
export function meanCrossingHours(result: BorderReplicationResult, classes: readonly string[]): number {
  let total = 0;
  let count = 0;
  for (const id of classes) {
    const crossing = classResult(result, id).crossing;
    if (crossing.mean === null) continue;
    total += crossing.mean * crossing.count;
    count += crossing.count;
  }
  if (count === 0) throw new RangeError(`no vehicle of ${classes.join(', ')} exited`);
  return total / count / 60;
}

/**
 * Mean hours a vehicle of class `cls` spends at a station: its simulated wait plus the mean of
 * the station's service time and, with the inspection probability, of the secondary inspection,
 * as written in the scenario (a station whose service a shock changes is not measured right by
 * this). The wait for a secondary bay is not recorded by the model and not included.
 */
export function hoursAtStation(
  run: { scenario: Scenario; result: BorderReplicationResult },
  stationId: string,
  cls: string,
): number {
  const station = run.scenario.stations.find((s) => s.id === stationId);
  const wait = run.result.stations[stationId]?.waitByClass[cls]?.mean;
  if (station === undefined || wait === undefined) {
    throw new RangeError(
      `no station ${JSON.stringify(stationId)} with class ${JSON.stringify(cls)} in the run`,
    );
  }
  if (wait === null) throw new RangeError(`no vehicle of ${cls} was served at ${stationId}`);
  const service = makeDistribution(station.serviceByClass[cls]!).mean;
  const secondary = station.secondary;
  const inspection =
    secondary === null ? 0 : secondary.probabilityByClass[cls]! * makeDistribution(secondary.service).mean;
  return (wait + service + inspection) / 60;
}

/** Driver fees paid per trip, in the reporting currency. */
export function driverFeePerTrip(result: BorderReplicationResult): number {
  const drivers = result.drivers;
  if (drivers === null || drivers.trips === 0) throw new RangeError('the run has no driver trips');
  return drivers.fees / drivers.trips;
}

/** Trips per driver per 30 days, over the pool at the end of the run. */
export function tripsPerDriverPerMonth(result: BorderReplicationResult): number {
  const trips = result.drivers?.tripsPerDriverPerMonth;
  if (trips === undefined || trips === null) throw new RangeError('the run has no driver pool');
  return trips;
}

/** The most cars of `classes` cleared on one local day (the days of the scenario's `daily.side`). */
export function peakDailyCars(result: BorderReplicationResult, classes: readonly string[]): number {
  const series = classes.map((id) => {
    const daily = result.daily.byClass[id];
    if (daily === undefined) throw new RangeError(`no daily series for class ${JSON.stringify(id)}`);
    return daily.cars;
  });
  let peak = 0;
  for (let day = 0; day < result.daily.days; day++) {
    let cars = 0;
    for (const s of series) cars += s[day] ?? 0;
    if (cars > peak) peak = cars;
  }
  return peak;
}
