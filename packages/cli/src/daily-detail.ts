import type { DailyResult } from '@landport/sim-core/border';
import type { DailyTotals } from './daily-metrics.js';

/**
 * A replication's day-by-day totals as stored in its line of `replications.jsonl`: one row of six
 * whole numbers per local day, `[arrived, exited, cars, crossingMinutes, queueAtHour, queueMax]`
 * (crossing minutes summed over the vehicles cleared that day, rounded to the minute; the queue
 * at the hour null where that hour fell outside the run). A year is 366 short rows, about 8 kB.
 */
export interface DailyDetail {
  readonly side: string | null;
  readonly queueHour: number;
  readonly firstDate: string;
  readonly rows: readonly (readonly (number | null)[])[];
}

/** The compact stored form of a replication's daily totals. */
export function dailyDetail(daily: DailyResult, totals: DailyTotals): DailyDetail {
  const rows = totals.arrived.map((arrived, d) => [
    arrived,
    totals.exited[d]!,
    totals.cars[d]!,
    Math.round(totals.crossingMinutes[d]!),
    Number.isNaN(totals.queueAtHour[d]!) ? null : totals.queueAtHour[d]!,
    totals.queueMax[d]!,
  ]);
  return { side: daily.side, queueHour: daily.queueHour, firstDate: daily.firstDate, rows };
}

/** The daily detail of a replication's stored `detail`, or null when it has none. */
export function readDailyDetail(detail: unknown): DailyDetail | null {
  const daily = (detail as { daily?: unknown } | undefined)?.daily;
  if (typeof daily !== 'object' || daily === null) return null;
  const d = daily as DailyDetail;
  return Array.isArray(d.rows) && typeof d.firstDate === 'string' ? d : null;
}
