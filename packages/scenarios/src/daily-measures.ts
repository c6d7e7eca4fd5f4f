import type { BorderReplicationResult } from '@landport/sim-core/border';

/*
 * Counts read off a replication's day-by-day series (`result.daily`, local days of the scenario's
 * `daily.side`), for sources that give a volume over dates or a daily figure for a month.
 */

function dayOffset(firstDate: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00Z`) - Date.parse(`${firstDate}T00:00Z`)) / 86_400_000);
}

/** What a count adds up: vehicles, or the cars on them (a carrier counts its load, a truck none). */
export type Counted = 'vehicles' | 'cars';

function clearedByDay(
  result: BorderReplicationResult,
  classes: readonly string[],
  counts: Counted = 'vehicles',
): number[] {
  const daily = result.daily;
  const cleared = new Array<number>(daily.days).fill(0);
  for (const id of classes) {
    const series = daily.byClass[id];
    if (series === undefined) {
      throw new RangeError(
        `no class ${JSON.stringify(id)} in the daily series; it has ${Object.keys(daily.byClass).join(', ')}`,
      );
    }
    const added = counts === 'cars' ? series.cars : series.exited;
    for (let d = 0; d < daily.days; d++) cleared[d]! += added[d]!;
  }
  return cleared;
}

/** Days `from` … `to` (local dates, both included) as indices into the series, checked to lie in it. */
function dayRange(result: BorderReplicationResult, from: string, to: string): [number, number] {
  const { firstDate, days } = result.daily;
  const first = dayOffset(firstDate, from);
  const last = dayOffset(firstDate, to);
  if (!(first >= 0 && last < days && first <= last)) {
    throw new RangeError(
      `dates ${from} to ${to} are not within the daily series (${firstDate}, ${days} days)`,
    );
  }
  return [first, last];
}

/** Vehicles (or cars) of `classes` cleared (exited) on the local days `from` … `to`, both included. */
export function clearedBetween(
  result: BorderReplicationResult,
  classes: readonly string[],
  from: string,
  to: string,
  counts: Counted = 'vehicles',
): number {
  const cleared = clearedByDay(result, classes, counts);
  const [first, last] = dayRange(result, from, to);
  let total = 0;
  for (let d = first; d <= last; d++) total += cleared[d]!;
  return total;
}

/**
 * Mean vehicles of `classes` cleared a working day over the local days `from` … `to`: the days on
 * which any of them was cleared (a port shut for a weekend or holiday clears none).
 */
export function vehiclesPerWorkingDay(
  result: BorderReplicationResult,
  classes: readonly string[],
  from: string,
  to: string,
): number {
  const cleared = clearedByDay(result, classes);
  const [first, last] = dayRange(result, from, to);
  let total = 0;
  let days = 0;
  for (let d = first; d <= last; d++) {
    if (cleared[d]! > 0) {
      total += cleared[d]!;
      days++;
    }
  }
  if (days === 0)
    throw new RangeError(`no vehicle of ${classes.join(', ')} was cleared from ${from} to ${to}`);
  return total / days;
}
