import * as z from 'zod';
import { identifier, nonNegativeNumber } from './scalars.js';
import { strictObject } from './strict-object.js';

/**
 * How the day-by-day results are cut: the side whose local days they follow, the local hour at
 * which the queue is read each day, and a threshold of daily clearances to count days above.
 */
export const dailySettings = strictObject('the day-by-day settings', {
  side: identifier
    .optional()
    .describe(
      'Side whose local days the daily results follow. Default: the side of the last station that has one, else the first side, else the start clock.',
    ),
  queueHour: z
    .int({ error: 'an integer from 0 to 23' })
    .min(0)
    .max(23)
    .default(8)
    .describe('Local hour (0–23) at which the queue of each day is read. Default: 8 (08:00).'),
  threshold: strictObject('a daily threshold', {
    perDay: nonNegativeNumber.describe('Clearances a day; a day counts when it clears more.'),
    counts: z
      .enum(['vehicles', 'cars'], { error: '"vehicles" or "cars"' })
      .default('cars')
      .describe('What is counted: vehicles or cars cleared (exited). Default: cars.'),
  })
    .optional()
    .describe('Count the days that clear more than this (a target, a capacity). Default: none.'),
}).meta({
  id: 'DailySettings',
  description: 'Side, queue hour and threshold of the day-by-day results.',
});

/** The input form of the daily settings. */
export type DailySettingsInput = z.input<typeof dailySettings>;
