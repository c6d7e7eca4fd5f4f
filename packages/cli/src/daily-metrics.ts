import type { DailyResult } from '@landport/sim-core/border';

/** The port's daily totals (all classes summed), one value per local day. */
export interface DailyTotals {
  readonly arrived: number[];
  readonly exited: number[];
  readonly cars: number[];
  readonly crossingMinutes: number[];
  /** NaN where the queue hour fell outside the run. */
  readonly queueAtHour: number[];
  /** The sum of the classes' daily maxima: an upper bound of the port's, exact with one class. */
  readonly queueMax: number[];
}

/** Sums a replication's daily series over its classes (a direction would sum its own classes). */
export function dailyTotals(
  daily: DailyResult,
  classes: readonly string[] = Object.keys(daily.byClass),
): DailyTotals {
  const zeros = () => new Array<number>(daily.days).fill(0);
  const t: DailyTotals = {
    arrived: zeros(),
    exited: zeros(),
    cars: zeros(),
    crossingMinutes: zeros(),
    queueAtHour: zeros(),
    queueMax: zeros(),
  };
  for (const id of classes) {
    const s = daily.byClass[id]!;
    for (let d = 0; d < daily.days; d++) {
      t.arrived[d]! += s.arrived[d]!;
      t.exited[d]! += s.exited[d]!;
      t.cars[d]! += s.cars[d]!;
      t.crossingMinutes[d]! += s.crossingMinutes[d]!;
      t.queueAtHour[d]! += s.queueAtHour[d] ?? Number.NaN;
      t.queueMax[d]! += s.queueMax[d]!;
    }
  }
  return t;
}

/**
 * Per-replication scalars of the daily series, for aggregation with confidence intervals:
 * the busiest day (most vehicles cleared, and most cars cleared) and, when the scenario sets a
 * threshold, the number of days that cleared more than it.
 */
export function dailyMetrics(
  totals: DailyTotals,
  threshold: { readonly perDay: number; readonly counts: 'vehicles' | 'cars' } | null,
): Record<string, number> {
  const m: Record<string, number> = {
    'daily.busiestDay.exited': Math.max(0, ...totals.exited),
    'daily.busiestDay.cars': Math.max(0, ...totals.cars),
    'daily.queueMax.max': Math.max(0, ...totals.queueMax),
  };
  if (threshold !== null) {
    const counted = threshold.counts === 'cars' ? totals.cars : totals.exited;
    m['daily.daysAbove'] = counted.filter((x) => x > threshold.perDay).length;
  }
  return m;
}
