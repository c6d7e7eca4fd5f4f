import type { OpenInterval } from '@landport/sim-core/border';
import * as z from 'zod';
import { strictObject } from './strict-object.js';
import { intervalText, parseInterval } from './time-texts.js';

/** Weekday names in model order: index 0 is Monday, as in ISO 8601. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** A weekday name. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekday name in a file. */
export const weekday = z.enum(WEEKDAYS, { error: `a weekday: ${WEEKDAYS.join(', ')}` });

const DAY_EXPECTED = `'24h', 'closed' or a list of intervals such as ['08:00-12:00', '13:00-18:00']`;

const intervals = z.array(intervalText, { error: DAY_EXPECTED }).check((ctx) => {
  if (ctx.issues.length > 0) return;
  const parsed = ctx.value.map((text) => parseInterval(text)!).sort((a, b) => a.from - b.from);
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i]!.from < parsed[i - 1]!.to) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: 'intervals that do not overlap' });
      return;
    }
  }
});

/** One day's hours: `'24h'`, `'closed'`, or a list of local intervals `['08:00-12:00', '13:00-18:00']`. */
export const dayHours = z.union([z.enum(['24h', 'closed'], { error: DAY_EXPECTED }), intervals], {
  error: DAY_EXPECTED,
});

const dayFields = Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours.optional()])) as Record<
  Weekday,
  z.ZodOptional<typeof dayHours>
>;

/** Hours that differ by weekday: `default` applies to every day not named. */
export const weekHours = strictObject('weekly opening hours', { default: dayHours.optional(), ...dayFields });

/**
 * Local opening hours of a side: the same every day (`'24h'`, `['08:00-18:00']`), or per weekday
 * (`{ default: ['09:00-18:00'], saturday: ['09:00-13:00'], sunday: closed }`).
 */
export const openingHours = z
  .union([dayHours, weekHours], {
    error: `opening hours: ${DAY_EXPECTED}, or an object with default and weekday keys`,
  })
  .meta({ id: 'OpeningHours', description: 'Local opening hours, the same every day or per weekday.' });

/** The input form of opening hours. */
export type OpeningHoursInput = z.input<typeof openingHours>;

/**
 * Resolves hours to seven lists (Monday first) of sorted, non-overlapping local intervals. Days in
 * `daysOff` are closed whatever the hours say.
 */
export function resolveWeeklyHours(hours: OpeningHoursInput, daysOff: readonly Weekday[]): OpenInterval[][] {
  const perDay = (day: Weekday): z.input<typeof dayHours> => {
    if (typeof hours === 'string' || Array.isArray(hours)) return hours;
    return hours[day] ?? hours.default ?? '24h';
  };
  return WEEKDAYS.map((day) => {
    if (daysOff.includes(day)) return [];
    const spec = perDay(day);
    if (spec === '24h') return [{ from: 0, to: 1440 }];
    if (spec === 'closed') return [];
    return spec.map((text) => parseInterval(text)!).sort((a, b) => a.from - b.from);
  });
}
