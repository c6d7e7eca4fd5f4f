import { readDailyDetail } from '../daily-detail.js';
import { decodeNumber, encodeNumber } from './lossless-number.js';
import type { ReplicationOutput } from './replication.js';
import { SeriesAggregate } from './series-aggregate.js';

/** The daily quantities of a group of classes, with the unit each is reported in. */
export const VEHICLE_QUANTITIES = [
  { key: 'arrived', unit: 'vehicles/day' },
  { key: 'exited', unit: 'vehicles/day' },
  { key: 'cars', unit: 'cars/day' },
  { key: 'meanCrossing', unit: 'h' },
  { key: 'meanWait', unit: 'h' },
  { key: 'queueAtHour', unit: 'vehicles' },
  { key: 'queueMax', unit: 'vehicles' },
  { key: 'queueAtHourKm', unit: 'km' },
  { key: 'queueMaxKm', unit: 'km' },
] as const;

/** The daily quantities of an electronic queue, in the order of its stored rows. */
export const EQUEUE_QUANTITIES = [
  { key: 'booked', unit: 'vehicles/day' },
  { key: 'admitted', unit: 'vehicles/day' },
  { key: 'noShows', unit: 'vehicles/day' },
  { key: 'backlogAtHour', unit: 'vehicles' },
  { key: 'backlogMax', unit: 'vehicles' },
] as const;

type VehicleQuantity = (typeof VEHICLE_QUANTITIES)[number]['key'];
type EQueueQuantity = (typeof EQUEUE_QUANTITIES)[number]['key'];

/** One quantity's band across replications, per day. */
export interface DailyBand {
  readonly unit: string;
  readonly mean: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** A group's daily quantities: the port, a direction or a class. */
export type DailyVehicleBands = Readonly<Record<VehicleQuantity, DailyBand>>;
/** An e-queue's daily quantities. */
export type DailyEQueueBands = Readonly<Record<EQueueQuantity, DailyBand>>;

/** The `daily` section of summary.json. */
export interface DailySummary {
  readonly side: string | null;
  readonly queueHour: number;
  readonly firstDate: string;
  readonly days: number;
  /** The port total (every class). */
  readonly series: DailyVehicleBands;
  /** Per direction that has classes; absent in summaries written before groups existed. */
  readonly byDirection?: Readonly<Record<string, DailyVehicleBands>>;
  readonly byClass?: Readonly<Record<string, DailyVehicleBands>>;
  readonly equeues?: Readonly<Record<string, DailyEQueueBands>>;
}

type Level = 'port' | 'direction' | 'class' | 'equeue';

/** One group's aggregates, by quantity key. */
interface Group {
  readonly level: Level;
  readonly id: string;
  readonly series: Map<string, SeriesAggregate>;
}

/** A stored vehicle row as the reported quantities: minutes to mean hours over the vehicles cleared. */
function vehicleValues(row: readonly (number | null)[]): number[] {
  const [arrived, exited, cars, crossing, queued, queueAt, queueMax, metresAt, metresMax] = row;
  const km = (metres: number | null | undefined) =>
    metres === null || metres === undefined ? Number.NaN : metres / 1000;
  const perVehicle = (minutes: number | null | undefined) =>
    exited! > 0 && minutes !== null && minutes !== undefined ? minutes / exited! / 60 : Number.NaN;
  return [
    arrived!,
    exited!,
    cars!,
    perVehicle(crossing),
    perVehicle(queued),
    queueAt ?? Number.NaN,
    queueMax!,
    km(metresAt),
    km(metresMax),
  ];
}

const equeueValues = (row: readonly (number | null)[]): number[] => row.map((x) => x ?? Number.NaN);

/**
 * The day-by-day figures of the replications, day by day across replications: for the port,
 * each direction, each class and each e-queue, the mean and a Student-t band per day of each
 * quantity (arrivals, clearances, cars, the mean crossing time and the mean wait at stations of
 * the vehicles cleared that day, the queue at the hour and its exact daily maximum; an e-queue's
 * bookings, admissions, no-shows and backlog). A day's mean crossing or wait is averaged over the
 * replications that cleared a vehicle that day.
 * Feed replications in ascending order, as every aggregate here, for byte-identical files.
 */
export class DailyAggregate {
  /** Groups in the order of the first replication: port, directions, classes, e-queues. */
  private readonly groups = new Map<string, Group>();
  private meta: { side: string | null; queueHour: number; firstDate: string } | null = null;

  add(output: ReplicationOutput): void {
    const daily = readDailyDetail(output.detail);
    if (daily === null) return;
    this.meta ??= { side: daily.side, queueHour: daily.queueHour, firstDate: daily.firstDate };
    for (const g of daily.groups)
      this.addGroup(g.level, g.id, VEHICLE_QUANTITIES, g.rows.map(vehicleValues), output);
    for (const q of daily.equeues)
      this.addGroup('equeue', q.id, EQUEUE_QUANTITIES, q.rows.map(equeueValues), output);
  }

  /** The summary section, or null when no replication had daily results. */
  summary(level: number): DailySummary | null {
    if (this.meta === null) return null;
    let days = 0;
    const bands = (group: Group, quantities: readonly { key: string; unit: string }[]) => {
      const out: Record<string, DailyBand> = {};
      for (const { key, unit } of quantities) {
        const aggregate = group.series.get(key)!;
        days = aggregate.points;
        const points = Array.from({ length: days }, (_, k) => aggregate.point(k, level));
        out[key] = {
          unit,
          mean: points.map((p) => p.mean),
          lower: points.map((p) => p.lower),
          upper: points.map((p) => p.upper),
        };
      }
      return out;
    };
    let series = {} as DailyVehicleBands;
    const byDirection: Record<string, DailyVehicleBands> = {};
    const byClass: Record<string, DailyVehicleBands> = {};
    const equeues: Record<string, DailyEQueueBands> = {};
    for (const group of this.groups.values()) {
      if (group.level === 'equeue') equeues[group.id] = bands(group, EQUEUE_QUANTITIES) as DailyEQueueBands;
      else {
        const b = bands(group, VEHICLE_QUANTITIES) as DailyVehicleBands;
        if (group.level === 'port') series = b;
        else if (group.level === 'direction') byDirection[group.id] = b;
        else byClass[group.id] = b;
      }
    }
    return { ...this.meta, days, series, byDirection, byClass, equeues };
  }

  private addGroup(
    level: Level,
    id: string,
    quantities: readonly { key: string }[],
    values: readonly number[][],
    output: ReplicationOutput,
  ): void {
    const name = `${level}\u0000${id}`;
    let group = this.groups.get(name);
    if (group === undefined) this.groups.set(name, (group = { level, id, series: new Map() }));
    quantities.forEach(({ key }, j) => {
      const s = {
        name: `daily.${level}.${id}.${key}`,
        start: 0,
        interval: 1,
        values: values.map((v) => v[j]!),
      };
      let aggregate = group.series.get(key);
      if (aggregate === undefined) group.series.set(key, (aggregate = new SeriesAggregate(s)));
      aggregate.add(s, output.replication);
    });
  }
}

type Bands = Readonly<Record<string, DailyBand>>;

const mapBands = (bands: Bands, f: (band: DailyBand, key: string) => DailyBand): Bands =>
  Object.fromEntries(Object.entries(bands).map(([key, band]) => [key, f(band, key)]));

const mapGroups = (groups: Readonly<Record<string, Bands>>, f: (bands: Bands, id: string) => Bands) =>
  Object.fromEntries(Object.entries(groups).map(([id, bands]) => [id, f(bands, id)]));

/** Applies `f` to every band of the section, keeping its shape (groups absent stay absent). */
function mapDaily(daily: DailySummary, f: (band: DailyBand, where: string) => DailyBand): DailySummary {
  const out: Record<string, unknown> = {
    ...daily,
    series: mapBands(daily.series, (b, k) => f(b, `series.${k}`)),
  };
  for (const part of ['byDirection', 'byClass', 'equeues'] as const) {
    const groups = daily[part];
    if (groups !== undefined)
      out[part] = mapGroups(groups, (bands, id) => mapBands(bands, (b, k) => f(b, `${part}.${id}.${k}`)));
  }
  return out as unknown as DailySummary;
}

/** The daily section as JSON: non-finite numbers as strings (see `encodeNumber`). */
export function encodeDailySummary(daily: DailySummary): unknown {
  return mapDaily(daily, (band) => ({
    unit: band.unit,
    mean: band.mean.map(encodeNumber) as number[],
    lower: band.lower.map(encodeNumber) as number[],
    upper: band.upper.map(encodeNumber) as number[],
  }));
}

/** Inverse of {@link encodeDailySummary}. */
export function decodeDailySummary(daily: DailySummary): DailySummary {
  return mapDaily(daily, (band, where) => {
    const decode = (xs: readonly unknown[], part: string) =>
      xs.map((x, d) => decodeNumber(x, `daily.${where}.${part}[${d}]`));
    return {
      unit: band.unit,
      mean: decode(band.mean, 'mean'),
      lower: decode(band.lower, 'lower'),
      upper: decode(band.upper, 'upper'),
    };
  });
}
