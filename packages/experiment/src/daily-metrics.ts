import type { DailyResult, Direction } from '@landport/sim-core/border';

/** What a daily group sums: the port, one direction, or one class. */
export type DailyLevel = 'port' | 'direction' | 'class';

/** A group's daily totals (its classes summed), one value per local day. */
export interface DailyTotals {
  readonly level: DailyLevel;
  /** `port`, the direction, or the class id. */
  readonly id: string;
  readonly arrived: number[];
  readonly exited: number[];
  readonly cars: number[];
  readonly crossingMinutes: number[];
  /** Minutes waited at stations by the vehicles cleared that day. */
  readonly queuedMinutes: number[];
  /** NaN where the queue hour fell outside the run. */
  readonly queueAtHour: number[];
  /** The group's exact daily maximum of the vehicles waiting (recorded by the model, not summed). */
  readonly queueMax: number[];
  /** The queue at the hour in kilometres of road (each vehicle its class's length); NaN as above. */
  readonly queueAtHourKm: number[];
  /** The group's exact daily maximum in kilometres of road. */
  readonly queueMaxKm: number[];
}

/** Sums `classes` of a replication's daily series; the maxima are the group's own. */
function sumClasses(
  daily: DailyResult,
  level: DailyLevel,
  id: string,
  classes: readonly string[],
  maxima: { readonly queueMax: readonly number[]; readonly queueMaxKm: readonly number[] },
): DailyTotals {
  const zeros = () => new Array<number>(daily.days).fill(0);
  const t: DailyTotals = {
    level,
    id,
    arrived: zeros(),
    exited: zeros(),
    cars: zeros(),
    crossingMinutes: zeros(),
    queuedMinutes: zeros(),
    queueAtHour: zeros(),
    queueMax: [...maxima.queueMax],
    queueAtHourKm: zeros(),
    queueMaxKm: [...maxima.queueMaxKm],
  };
  for (const c of classes) {
    const s = daily.byClass[c]!;
    for (let d = 0; d < daily.days; d++) {
      t.arrived[d]! += s.arrived[d]!;
      t.exited[d]! += s.exited[d]!;
      t.cars[d]! += s.cars[d]!;
      t.crossingMinutes[d]! += s.crossingMinutes[d]!;
      t.queuedMinutes[d]! += s.queuedMinutes[d]!;
      t.queueAtHour[d]! += s.queueAtHour[d] ?? Number.NaN;
      t.queueAtHourKm[d]! += s.queueAtHourKm[d] ?? Number.NaN;
    }
  }
  return t;
}

/**
 * A replication's daily groups: the port total first, then each direction that has classes
 * (outbound first), then each class in scenario order. `directionOf` gives each class's direction.
 */
export function dailyGroups(
  daily: DailyResult,
  directionOf: Readonly<Record<string, Direction>>,
): DailyTotals[] {
  const classes = Object.keys(daily.byClass);
  const groups = [sumClasses(daily, 'port', 'port', classes, daily)];
  for (const [direction, series] of Object.entries(daily.byDirection)) {
    const own = classes.filter((c) => directionOf[c] === direction);
    groups.push(sumClasses(daily, 'direction', direction, own, series!));
  }
  for (const c of classes) groups.push(sumClasses(daily, 'class', c, [c], daily.byClass[c]!));
  return groups;
}

/**
 * Per-replication scalars of the daily series, for aggregation with confidence intervals: the
 * busiest day of the port (most vehicles cleared, and most cars cleared), its largest daily
 * queue maximum and, when the scenario sets a threshold, the number of days that cleared more
 * than it; with two directions, the busiest day of each direction as well
 * (`daily.<direction>.busiestDay.exited|cars`).
 */
export function dailyMetrics(
  groups: readonly DailyTotals[],
  threshold: { readonly perDay: number; readonly counts: 'vehicles' | 'cars' } | null,
): Record<string, number> {
  const port = groups[0]!;
  const m: Record<string, number> = {
    'daily.busiestDay.exited': Math.max(0, ...port.exited),
    'daily.busiestDay.cars': Math.max(0, ...port.cars),
    'daily.queueMax.max': Math.max(0, ...port.queueMax),
    'daily.queueMaxKm.max': Math.max(0, ...port.queueMaxKm),
  };
  if (threshold !== null) {
    const counted = threshold.counts === 'cars' ? port.cars : port.exited;
    m['daily.daysAbove'] = counted.filter((x) => x > threshold.perDay).length;
  }
  const directions = groups.filter((g) => g.level === 'direction');
  if (directions.length > 1) {
    for (const g of directions) {
      m[`daily.${g.id}.busiestDay.exited`] = Math.max(0, ...g.exited);
      m[`daily.${g.id}.busiestDay.cars`] = Math.max(0, ...g.cars);
    }
  }
  return m;
}
