import { readDailyDetail } from '../daily-detail.js';
import { AtomicFile } from './atomic-write.js';
import { csvRecord } from './csv.js';
import { decodeNumber, encodeNumber, formatNumber } from './lossless-number.js';
import type { ReplicationOutput } from './replication.js';
import { SeriesAggregate } from './series-aggregate.js';

/** File name of the day-by-day table. */
export const DAILY_CSV = 'daily.csv';

/** The daily quantities, in the order of the stored rows, with the unit each is reported in. */
const QUANTITIES = [
  { key: 'arrived', unit: 'vehicles/day' },
  { key: 'exited', unit: 'vehicles/day' },
  { key: 'cars', unit: 'cars/day' },
  { key: 'meanCrossing', unit: 'h' },
  { key: 'queueAtHour', unit: 'vehicles' },
  { key: 'queueMax', unit: 'vehicles' },
] as const;

type Quantity = (typeof QUANTITIES)[number]['key'];

/** One quantity's band across replications, per day. */
export interface DailyBand {
  readonly unit: string;
  readonly mean: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** The `daily` section of summary.json. */
export interface DailySummary {
  readonly side: string | null;
  readonly queueHour: number;
  readonly firstDate: string;
  readonly days: number;
  readonly series: Readonly<Record<Quantity, DailyBand>>;
}

/**
 * The day-by-day totals of the replications, day by day across replications: the mean and a
 * Student-t band per day for each quantity (arrivals, clearances, cars, the mean crossing time of
 * the vehicles cleared that day, the queue at the hour and its daily maximum). A day's mean
 * crossing is averaged over the replications that cleared a vehicle that day.
 * Feed replications in ascending order, as every aggregate here, for byte-identical files.
 */
export class DailyAggregate {
  private readonly series = new Map<Quantity, SeriesAggregate>();
  private meta: { side: string | null; queueHour: number; firstDate: string } | null = null;

  add(output: ReplicationOutput): void {
    const daily = readDailyDetail(output.detail);
    if (daily === null) return;
    this.meta ??= { side: daily.side, queueHour: daily.queueHour, firstDate: daily.firstDate };
    const columns: Record<Quantity, number[]> = {
      arrived: [],
      exited: [],
      cars: [],
      meanCrossing: [],
      queueAtHour: [],
      queueMax: [],
    };
    for (const row of daily.rows) {
      const [arrived, exited, cars, crossing, queueAt, queueMax] = row as number[];
      columns.arrived.push(arrived!);
      columns.exited.push(exited!);
      columns.cars.push(cars!);
      columns.meanCrossing.push(exited! > 0 ? crossing! / exited! / 60 : Number.NaN);
      columns.queueAtHour.push(queueAt ?? Number.NaN);
      columns.queueMax.push(queueMax!);
    }
    for (const { key } of QUANTITIES) {
      const s = { name: `daily.${key}`, start: 0, interval: 1, values: columns[key] };
      let aggregate = this.series.get(key);
      if (aggregate === undefined) this.series.set(key, (aggregate = new SeriesAggregate(s)));
      aggregate.add(s, output.replication);
    }
  }

  /** The summary section, or null when no replication had daily results. */
  summary(level: number): DailySummary | null {
    if (this.meta === null) return null;
    const series = {} as Record<Quantity, DailyBand>;
    let days = 0;
    for (const { key, unit } of QUANTITIES) {
      const aggregate = this.series.get(key)!;
      days = aggregate.points;
      const points = Array.from({ length: days }, (_, k) => aggregate.point(k, level));
      series[key] = {
        unit,
        mean: points.map((p) => p.mean),
        lower: points.map((p) => p.lower),
        upper: points.map((p) => p.upper),
      };
    }
    return { ...this.meta, days, series };
  }

  /** Writes `daily.csv`: one row per day, each quantity's mean and band, units in the headers. */
  writeCsv(path: string, level: number): void {
    const summary = this.summary(level);
    if (summary === null) return;
    const file = new AtomicFile(path);
    try {
      const header = ['day', 'date'];
      for (const { key, unit } of QUANTITIES)
        header.push(`${key} (${unit})`, `${key} lower (${unit})`, `${key} upper (${unit})`);
      file.write(csvRecord(header));
      const first = Date.parse(`${summary.firstDate}T00:00:00Z`);
      for (let d = 0; d < summary.days; d++) {
        const row = [String(d), new Date(first + d * 86_400_000).toISOString().slice(0, 10)];
        for (const { key } of QUANTITIES) {
          const band = summary.series[key];
          row.push(formatNumber(band.mean[d]!), formatNumber(band.lower[d]!), formatNumber(band.upper[d]!));
        }
        file.write(csvRecord(row));
      }
      file.commit();
    } catch (error) {
      file.abort();
      throw error;
    }
  }
}

/** The daily section as JSON: non-finite numbers as strings (see `encodeNumber`). */
export function encodeDailySummary(daily: DailySummary): unknown {
  const series: Record<string, unknown> = {};
  for (const [key, band] of Object.entries(daily.series)) {
    series[key] = {
      unit: band.unit,
      mean: band.mean.map(encodeNumber),
      lower: band.lower.map(encodeNumber),
      upper: band.upper.map(encodeNumber),
    };
  }
  return { ...daily, series };
}

/** Inverse of {@link encodeDailySummary}. */
export function decodeDailySummary(daily: DailySummary): DailySummary {
  const series = {} as Record<Quantity, DailyBand>;
  for (const { key } of QUANTITIES) {
    const band = daily.series[key];
    const decode = (xs: readonly unknown[], part: string) =>
      xs.map((x, d) => decodeNumber(x, `daily.series.${key}.${part}[${d}]`));
    series[key] = {
      unit: band.unit,
      mean: decode(band.mean, 'mean'),
      lower: decode(band.lower, 'lower'),
      upper: decode(band.upper, 'upper'),
    };
  }
  return { ...daily, series };
}
