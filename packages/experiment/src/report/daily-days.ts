import type { DailySummary } from '../batch/daily-aggregate.js';
import type { ScenarioRecord } from './scenario-record.js';

const DAY_MS = 86_400_000;

/** The local days of a run's `daily` section, as the daily charts place and label them. */
export interface DailyDays {
  /** x of day d: its local midnight as milliseconds on a UTC scale (so labels read as local dates). */
  readonly x: readonly number[];
  /** Date of day d, `YYYY-MM-DD` on the side's clock. */
  readonly date: readonly string[];
  /** Whether day d is cut by the warm-up's end or the horizon (the first and last days may be). */
  readonly partial: readonly boolean[];
  /** Whether `partial` is known (from the scenario) or only possible (no scenario record). */
  readonly known: boolean;
  /** How the axis names the clock, e.g. `kazakhstan`'s or the scenario start's. */
  readonly clock: string;
}

/**
 * The days of `daily`: their dates, and which of them the run covers only in part. Day 0 starts
 * at the local midnight of `firstDate` on the side's clock (its UTC offset at that instant); the
 * run's days after the warm-up start at `calendar.warmUp` and end at `calendar.horizon`, so the
 * first day is partial when the warm-up ends after its midnight and the last when the horizon
 * falls before the next midnight. Without the scenario record both may be partial.
 */
export function dailyDays(daily: DailySummary, record: ScenarioRecord | null): DailyDays {
  const first = Date.parse(`${daily.firstDate}T00:00:00Z`);
  const x = Array.from({ length: daily.days }, (_, d) => first + d * DAY_MS);
  const date = x.map((ms) => new Date(ms).toISOString().slice(0, 10));
  const clock = daily.side === null ? 'the scenario start’s clock' : `${daily.side} local time`;
  const partial = x.map(() => false);
  if (record === null || daily.days === 0) {
    if (daily.days > 0) {
      partial[0] = true;
      partial[daily.days - 1] = true;
    }
    return { x, date, partial, known: false, clock };
  }
  const { calendar, sides } = record.scenario;
  const periods = (daily.side === null ? undefined : sides.find((s) => s.id === daily.side)?.utcOffsets) ?? [
    { from: 0, offset: calendar.startUtcOffset },
  ];
  /** Local wall-clock milliseconds at simulated minute `t` (the offset in force at `t`). */
  const wall = (t: number) => {
    let offset = periods[0]?.offset ?? 0;
    for (const p of periods) if (p.from <= t) offset = p.offset;
    return calendar.startEpochMs + (t + offset) * 60_000;
  };
  partial[0] = wall(calendar.warmUp) > x[0]!;
  partial[daily.days - 1] = partial[daily.days - 1]! || wall(calendar.horizon) < x[daily.days - 1]! + DAY_MS;
  return { x, date, partial, known: true, clock };
}
