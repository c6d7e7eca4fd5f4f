import { join } from 'node:path';
import type { DatedChange, WarmupSeriesInfo } from '@landport/experiment';
import { readDailyDetail, WarmupAccumulator } from '@landport/experiment';
import type { Scenario } from '@landport/sim-core/border';
import { LogIndex } from './batch/log-index.js';
import { OrderedResults } from './batch/ordered-results.js';
import { LOG_FILE } from './batch/results-log.js';

const HOUR_MS = 3_600_000;
/** Columns of a stored daily row (see daily-detail.ts) analysed for the warm-up. */
const DAILY_COLUMNS = [
  { column: 1, name: 'daily.exited', label: 'vehicles cleared per day', unit: 'vehicles/day' },
  {
    column: 5,
    name: 'daily.queueAtHour',
    label: 'vehicles waiting at the daily reading hour',
    unit: 'vehicles',
  },
] as const;

/**
 * The warm-up analysis of the time series a run recorded, read replication by replication from
 * the results log of `folder` and fed to one {@link WarmupAccumulator} per series (so memory does
 * not grow with the replications): vehicles in the port and waiting at each station (hourly, or
 * the scenario's series interval), and two daily series. Daily values start at the local midnight
 * of the second recorded day and stop before the last: the first and last days of a run are
 * usually cut by the warm-up's end or the horizon, and a partial day is not comparable with the
 * others. `changes` are the scenario's dated changes (see {@link shockChanges}).
 */
export function analyseWarmupSeries(
  folder: string,
  scenario: Scenario,
  changes: readonly DatedChange[],
): WarmupAccumulator[] {
  const results = new OrderedResults([LogIndex.scan(join(folder, LOG_FILE))]);
  const found = new Map<string, WarmupAccumulator>();
  const add = (info: WarmupSeriesInfo, values: ArrayLike<number>) => {
    let accumulator = found.get(info.name);
    if (accumulator === undefined) {
      accumulator = new WarmupAccumulator(info, changes);
      found.set(info.name, accumulator);
    }
    accumulator.add(values);
  };
  for (const output of results.outputs()) {
    for (const s of output.series ?? []) {
      const station = /^station\.(.+)\.waiting$/.exec(s.name);
      const label =
        s.name === 'inSystem'
          ? 'vehicles in the port'
          : station
            ? `vehicles waiting at ${station[1]}`
            : s.name;
      add({ name: s.name, label, unit: 'vehicles', start: s.start, interval: s.interval }, s.values);
    }
    const daily = readDailyDetail(output.detail);
    // The port's group (the first) holds the totals over every class.
    const rows = daily?.groups[0]?.rows;
    if (daily === null || rows === undefined || rows.length < 3) continue;
    const start = localMidnightHours(scenario, daily.side, daily.firstDate) + 24;
    for (const c of DAILY_COLUMNS) {
      const values = rows.slice(1, -1).map((row) => row[c.column] ?? Number.NaN);
      add({ name: c.name, label: c.label, unit: c.unit, start, interval: 24 }, values);
    }
  }
  return [...found.values()];
}

/**
 * The scenario's dated changes in hours since its start, for {@link suggestWarmup}: its shocks,
 * and the first month boundary at which a class's monthly demand factor changes (a seasonal
 * profile is as much a change of the system as a shock; later boundaries cannot matter, since
 * the search stops at the first change). Month boundaries are taken on the clock of the scenario
 * start, which may differ by some hours from the clock a class's profile follows.
 */
export function shockChanges(scenario: Scenario): DatedChange[] {
  const changes = scenario.shocks.map((s) => ({ label: s.label, at: s.at / 60 }));
  const season = firstSeasonalChange(scenario);
  if (season !== null) changes.push(season);
  return changes;
}

function firstSeasonalChange(scenario: Scenario): DatedChange | null {
  const { startEpochMs, startUtcOffset, horizon } = scenario.calendar;
  const local = new Date(startEpochMs + startUtcOffset * 60_000);
  const factorAt = (monthIndex: number) =>
    scenario.classes.map((c) => (c.arrivals.kind === 'poisson' ? c.arrivals.monthly[monthIndex % 12] : 1));
  const first = factorAt(local.getUTCMonth());
  for (let k = 1; ; k++) {
    const boundary = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + k, 1) - startUtcOffset * 60_000;
    const at = (boundary - startEpochMs) / HOUR_MS;
    if (at * 60 >= horizon) return null;
    const factors = factorAt(local.getUTCMonth() + k);
    const changed = scenario.classes.findIndex((_, i) => factors[i] !== first[i]);
    if (changed >= 0) {
      const month = new Date(boundary + startUtcOffset * 60_000).toISOString().slice(0, 7);
      return { label: `monthly demand of ${scenario.classes[changed]!.id} changes (${month})`, at };
    }
  }
}

/** Hours from the scenario start to local midnight of `date` on the clock of `side` (null: the start's clock). */
function localMidnightHours(scenario: Scenario, side: string | null, date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const periods = scenario.sides.find((s) => s.id === side)?.utcOffsets ?? [];
  // The first period runs from minute 0 and holds before it too (the first day starts before the start).
  let offset = periods[0]?.offset ?? scenario.calendar.startUtcOffset;
  for (const p of periods.slice(1)) {
    // p.from is minutes since the start; the offset in force at that local midnight.
    const atMinutes = (utcMidnight - offset * 60_000 - scenario.calendar.startEpochMs) / 60_000;
    if (p.from <= atMinutes + 1e-9) offset = p.offset;
  }
  return (utcMidnight - offset * 60_000 - scenario.calendar.startEpochMs) / HOUR_MS;
}
