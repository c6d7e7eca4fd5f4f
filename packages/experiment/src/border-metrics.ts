import type { BorderReplicationResult, DurationSummary } from '@landport/sim-core/border';

const HOUR = 60;
const DURATION_KEYS = ['mean', 'p50', 'p90', 'p95', 'p99', 'max'] as const;

/**
 * Flattens a border replication's result into named scalars for aggregation. Times are in hours
 * (the names say so), rates per day, money in the scenario's reporting currency. A statistic with
 * no observation becomes NaN, which the batch machinery counts as missing, not as zero.
 *
 * Naming: `class.<id>.…`, `station.<id>.…`, `station.<id>.class.<id>.…`, `drivers.…`, `quota.<id>.…`,
 * `equeue.<id>.…` (only for scenarios with electronic queues), `port.<id>.…` (only for scenarios
 * that list ports), `direction.<outbound|inbound>.…` (only
 * for a port with inbound classes, so one-way scenarios keep their outputs), `fleet.<id>.…`, and
 * port-wide totals at the top level. The names are the paths users give to `size --target`
 * and see in `summary.json`, so they are part of the interface: change them with care.
 */
export function borderMetrics(result: BorderReplicationResult): Record<string, number> {
  const m: Record<string, number> = {};
  let exited = 0;
  let cars = 0;
  for (const [id, c] of Object.entries(result.classes)) {
    const p = `class.${id}`;
    m[`${p}.arrived`] = c.arrived;
    m[`${p}.exited`] = c.exited;
    m[`${p}.turnedAway`] = c.turnedAway;
    m[`${p}.throughputPerDay`] = c.throughputPerDay;
    m[`${p}.carsPerDay`] = c.carsPerDay;
    putDuration(m, `${p}.crossingHours`, c.crossing);
    m[`${p}.cost.perVehicle`] = c.costs.perVehicle ?? Number.NaN;
    for (const [component, amount] of Object.entries(c.costs.totals)) m[`${p}.cost.${component}`] = amount;
    m[`${p}.cost.total`] = c.costs.total;
    exited += c.exited;
    cars += c.carsExited;
  }
  for (const [id, s] of Object.entries(result.stations)) {
    const p = `station.${id}`;
    putDuration(m, `${p}.waitHours`, s.wait);
    for (const [cls, w] of Object.entries(s.waitByClass)) putDuration(m, `${p}.class.${cls}.waitHours`, w);
    m[`${p}.served`] = s.served;
    m[`${p}.throughputPerDay`] = s.throughputPerDay;
    m[`${p}.turnedAway`] = Object.values(s.turnedAwayByClass).reduce((a, b) => a + b, 0);
    m[`${p}.queue.mean`] = s.queue.mean ?? Number.NaN;
    m[`${p}.queue.max`] = s.queue.max;
    m[`${p}.utilisation`] = s.utilisation ?? Number.NaN;
    s.utilisationByHour?.forEach((u, hour) => {
      m[`${p}.utilisationByHour.${String(hour).padStart(2, '0')}`] = u ?? Number.NaN;
    });
    if (s.secondaryUtilisation !== null) m[`${p}.secondaryUtilisation`] = s.secondaryUtilisation;
  }
  if (result.drivers !== null) {
    const d = result.drivers;
    m['drivers.trips'] = d.trips;
    m['drivers.utilisation'] = d.utilisation ?? Number.NaN;
    m['drivers.queue.mean'] = d.queue.mean ?? Number.NaN;
    m['drivers.fees'] = d.fees;
    m['drivers.tripsPerDriverPerMonth'] = d.tripsPerDriverPerMonth ?? Number.NaN;
  }
  if (result.directions.inbound !== undefined) {
    for (const [direction, d] of Object.entries(result.directions)) {
      const p = `direction.${direction}`;
      m[`${p}.arrived`] = d.arrived;
      m[`${p}.exited`] = d.exited;
      m[`${p}.turnedAway`] = d.turnedAway;
      m[`${p}.inSystemAtEnd`] = d.inSystemAtEnd;
      m[`${p}.throughputPerDay`] = d.throughputPerDay;
      m[`${p}.carsPerDay`] = d.carsPerDay;
      putDuration(m, `${p}.crossingHours`, d.crossing);
    }
  }
  for (const [id, f] of Object.entries(result.fleets)) {
    const p = `fleet.${id}`;
    m[`${p}.roundTrips`] = f.roundTrips;
    m[`${p}.roundTripsPerDay`] = f.roundTripsPerDay;
    m[`${p}.utilisation`] = f.utilisation ?? Number.NaN;
    m[`${p}.queue.mean`] = f.queue.mean ?? Number.NaN;
  }
  for (const [id, q] of Object.entries(result.quotas)) {
    m[`quota.${id}.used`] = q.used;
    m[`quota.${id}.queueAtEnd`] = q.queueAtEnd;
  }
  for (const [id, port] of Object.entries(result.ports ?? {})) {
    // Counts in vehicles (after the warm-up), the wait at the port's stations and the time
    // through the port in hours.
    const p = `port.${id}`;
    m[`${p}.arrived`] = port.arrived;
    m[`${p}.exited`] = port.exited;
    m[`${p}.turnedAway`] = port.turnedAway;
    m[`${p}.divertedIn`] = port.divertedIn;
    m[`${p}.divertedOut`] = port.divertedOut;
    m[`${p}.throughputPerDay`] = port.throughputPerDay;
    m[`${p}.carsPerDay`] = port.carsPerDay;
    putDuration(m, `${p}.waitHours`, port.wait);
    putDuration(m, `${p}.crossingHours`, port.crossing);
  }
  for (const [id, q] of Object.entries(result.equeues ?? {})) {
    // Counts in vehicles over the whole run; the backlog in vehicles; the wait before the slot
    // (at home, not at the border) in hours; the days until the next free slot in days.
    const p = `equeue.${id}`;
    m[`${p}.booked`] = q.booked;
    m[`${p}.arrivedAtBorder`] = q.arrivedAtBorder;
    m[`${p}.stillBooked`] = q.stillBooked;
    m[`${p}.noShows`] = q.noShows;
    m[`${p}.late`] = q.late;
    m[`${p}.rebooked`] = q.rebooked;
    m[`${p}.refused`] = q.refused;
    m[`${p}.backlog.mean`] = q.backlog.mean ?? Number.NaN;
    m[`${p}.backlog.max`] = q.backlog.max;
    m[`${p}.daysToFreeSlot.atEnd`] = q.daysToFreeSlot.atEnd;
    m[`${p}.daysToFreeSlot.max`] = q.daysToFreeSlot.max;
    putDuration(m, `${p}.virtualWaitHours`, q.virtualWait);
  }
  const days = (result.horizon - result.warmUp) / 1440;
  m.throughputPerDay = exited / days;
  m.carsPerDay = cars / days;
  m['inSystem.mean'] = result.inSystem.mean ?? Number.NaN;
  m['inSystem.max'] = result.inSystem.max;
  m['cost.total'] = result.costs.total;
  m.events = result.events;
  return m;
}

function putDuration(m: Record<string, number>, prefix: string, d: DurationSummary): void {
  for (const key of DURATION_KEYS) {
    const v = d[key];
    m[`${prefix}.${key}`] = v === null ? Number.NaN : v / HOUR;
  }
}
