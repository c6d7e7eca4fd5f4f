import {
  type DailyBand,
  type DailySummary,
  EQUEUE_QUANTITIES,
  VEHICLE_QUANTITIES,
} from './daily-aggregate.js';
import { formatNumber } from './lossless-number.js';

type Bands = Readonly<Record<string, DailyBand>>;

/**
 * The day-by-day table (`daily.csv`) in long form, header first: one row per group and day
 * (`level` port, direction, class or equeue; `group` its id), each quantity's mean and band, units
 * in the headers. A group's quantities are empty where they do not apply (an e-queue has no cars,
 * a class no backlog). Numbers in `formatNumber`'s exact round-trip form.
 */
export function* dailyTableRows(summary: DailySummary): Generator<string[]> {
  const header = ['day', 'date', 'level', 'group'];
  for (const { key, unit } of [...VEHICLE_QUANTITIES, ...EQUEUE_QUANTITIES])
    header.push(`${key} (${unit})`, `${key} lower (${unit})`, `${key} upper (${unit})`);
  yield header;
  const first = Date.parse(`${summary.firstDate}T00:00:00Z`);
  function* rows(level: string, id: string, vehicle: Bands | null, equeue: Bands | null) {
    for (let d = 0; d < summary.days; d++) {
      const row = [String(d), new Date(first + d * 86_400_000).toISOString().slice(0, 10), level, id];
      const cells = (bands: Bands | null, keys: readonly { key: string }[]) => {
        for (const { key } of keys) {
          const band = bands?.[key];
          if (band === undefined) row.push('', '', '');
          else
            row.push(formatNumber(band.mean[d]!), formatNumber(band.lower[d]!), formatNumber(band.upper[d]!));
        }
      };
      cells(vehicle, VEHICLE_QUANTITIES);
      cells(equeue, EQUEUE_QUANTITIES);
      yield row;
    }
  }
  yield* rows('port', 'port', summary.series, null);
  for (const [id, b] of Object.entries(summary.byDirection ?? {})) yield* rows('direction', id, b, null);
  for (const [id, b] of Object.entries(summary.byClass ?? {})) yield* rows('class', id, b, null);
  for (const [id, b] of Object.entries(summary.equeues ?? {})) yield* rows('equeue', id, null, b);
}
