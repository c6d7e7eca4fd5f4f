import type * as z from 'zod';
import { strictObject } from './strict-object.js';
import { instantText } from './time-texts.js';
import { duration, positiveDuration } from './units.js';

/**
 * When the simulated period starts and how long it lasts. The start names one instant (its UTC
 * offset is required); the horizon is measured from it, and statistics ignore the first `warmUp`.
 */
export const calendar = strictObject('the calendar', {
  start: instantText.describe('Start instant, ISO 8601 with its UTC offset. Minute 0 of the model.'),
  horizon: positiveDuration.describe('Length of the simulated period.'),
  warmUp: duration
    .default({ minutes: 0 })
    .describe('Initial period whose observations are discarded; shorter than the horizon.'),
}).meta({ id: 'Calendar', description: 'Start instant, horizon and warm-up.' });

/** The input form of the calendar. */
export type CalendarInput = z.input<typeof calendar>;
