import type * as z from 'zod';
import { MAX_HORIZON_DAYS } from './run-limits.js';
import { strictObject } from './strict-object.js';
import { instantText } from './time-texts.js';
import { duration, positiveDuration, toMinutes } from './units.js';

/**
 * When the simulated period starts and how long it lasts. The start names one instant (its UTC
 * offset is required); the horizon is measured from it, and statistics ignore the first `warmUp`.
 */
export const calendar = strictObject('the calendar', {
  start: instantText.describe('Start instant, ISO 8601 with its UTC offset. Minute 0 of the model.'),
  horizon: positiveDuration.describe('Length of the simulated period, at most 100 years (36525 days).'),
  warmUp: duration
    .default({ minutes: 0 })
    .describe('Initial period whose observations are discarded; shorter than the horizon.'),
})
  .check((ctx) => {
    const horizon = ctx.value.horizon;
    if (horizon === undefined || !(toMinutes(horizon) > MAX_HORIZON_DAYS * 1440)) return;
    ctx.issues.push({
      code: 'custom',
      input: horizon,
      path: ['horizon'],
      message: `a duration of at most ${MAX_HORIZON_DAYS} days (100 years)`,
    });
  })
  .meta({ id: 'Calendar', description: 'Start instant, horizon and warm-up.' });

/** The input form of the calendar. */
export type CalendarInput = z.input<typeof calendar>;
