import type { DailyResult } from '@landport/sim-core/border';
import type { DailyLevel, DailyTotals } from './daily-metrics.js';

/**
 * One group's stored rows: per local day `[arrived, exited, cars, crossingMinutes, queuedMinutes,
 * queueAtHour, queueMax, queueAtHourMetres, queueMaxMetres]` (the last two, the queue in metres of
 * road rounded to the metre, absent in lines written before they existed).
 */
export interface DailyGroupDetail {
  readonly level: DailyLevel;
  readonly id: string;
  readonly rows: readonly (readonly (number | null)[])[];
}

/** One e-queue's stored rows: per local day `[booked, admitted, noShows, backlogAtHour, backlogMax]`. */
export interface DailyEQueueDetail {
  readonly id: string;
  readonly rows: readonly (readonly (number | null)[])[];
}

/**
 * A replication's day-by-day figures as stored in its line of `replications.jsonl`: rows of whole
 * numbers per group (the port, each direction, each class) and per e-queue. Minutes are summed
 * over the vehicles cleared that day and rounded to the minute; a reading at the queue hour is
 * null where that hour fell outside the run. A year of a port with three classes in one
 * direction is five groups of 366 short rows, about 40 kB.
 */
export interface DailyDetail {
  readonly side: string | null;
  readonly queueHour: number;
  readonly firstDate: string;
  readonly groups: readonly DailyGroupDetail[];
  readonly equeues: readonly DailyEQueueDetail[];
}

const orNull = (x: number | null | undefined) =>
  x === null || x === undefined || Number.isNaN(x) ? null : x;

/** Kilometres as whole metres (the stored form: short, and exact on reading back). */
const metres = (km: number | undefined) => {
  const x = orNull(km);
  return x === null ? null : Math.round(x * 1000);
};

/** The compact stored form of a replication's daily groups and e-queues. */
export function dailyDetail(daily: DailyResult, groups: readonly DailyTotals[]): DailyDetail {
  return {
    side: daily.side,
    queueHour: daily.queueHour,
    firstDate: daily.firstDate,
    groups: groups.map((g) => ({
      level: g.level,
      id: g.id,
      rows: g.arrived.map((arrived, d) => [
        arrived,
        g.exited[d]!,
        g.cars[d]!,
        Math.round(g.crossingMinutes[d]!),
        Math.round(g.queuedMinutes[d]!),
        orNull(g.queueAtHour[d]),
        g.queueMax[d]!,
        metres(g.queueAtHourKm[d]),
        metres(g.queueMaxKm[d])!,
      ]),
    })),
    equeues: Object.entries(daily.equeues).map(([id, q]) => ({
      id,
      rows: q.booked.map((booked, d) => [
        booked,
        q.admitted[d]!,
        q.noShows[d]!,
        orNull(q.backlogAtHour[d]),
        q.backlogMax[d]!,
      ]),
    })),
  };
}

/**
 * The daily detail of a replication's stored `detail`, or null when it has none. A line written
 * before groups existed (the port's rows only, without the wait) reads as the port group, its
 * waits null.
 */
export function readDailyDetail(detail: unknown): DailyDetail | null {
  const daily = (detail as { daily?: unknown } | undefined)?.daily;
  if (typeof daily !== 'object' || daily === null) return null;
  const d = daily as DailyDetail & { rows?: readonly (readonly (number | null)[])[] };
  if (typeof d.firstDate !== 'string') return null;
  if (Array.isArray(d.groups)) return { ...d, equeues: Array.isArray(d.equeues) ? d.equeues : [] };
  if (!Array.isArray(d.rows)) return null;
  const rows = d.rows.map(([a, e, c, cr, qh, qm]) => [a!, e!, c!, cr!, null, qh ?? null, qm!]);
  return {
    side: d.side,
    queueHour: d.queueHour,
    firstDate: d.firstDate,
    groups: [{ level: 'port', id: 'port', rows }],
    equeues: [],
  };
}
