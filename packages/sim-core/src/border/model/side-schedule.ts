import { Schedule } from '../../schedule.js';
import type { Closure, WeeklyHours } from '../scenario/types.js';
import type { LocalClock } from './local-clock.js';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * When a side is open, as an engine `Schedule` whose capacity is 1 while open and 0 while
 * closed: the weekly local hours with the dated closures and the random closures drawn for this
 * replication. Stations multiply it by their lane count.
 */
export function sideSchedule(
  startIso: string,
  clock: LocalClock,
  hours: WeeklyHours,
  closures: readonly Closure[],
): Schedule {
  const weekly: Record<string, { from: string; to: string }[]> = {};
  WEEKDAY_KEYS.forEach((key, i) => {
    weekly[key] = (hours[i] ?? []).map((iv) => ({ from: hhmm(iv.from), to: hhmm(iv.to) }));
  });
  return new Schedule({
    capacity: 1,
    weekly,
    closures: closures.map((c) => ({ from: c.from, to: c.to, reason: c.label })),
    dayLength: 1440,
    epoch: startIso,
    utcOffset: clock.offsets,
  });
}

function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes - h * 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
