import * as z from 'zod';
import { timeDistribution } from './distribution.js';
import { openingHours, weekday } from './opening-hours.js';
import { quota } from './quota.js';
import { identifier, probability, text } from './scalars.js';
import { strictObject } from './strict-object.js';
import { dateTimeText, utcOffsetText } from './time-texts.js';

/** A change of a side's UTC offset, e.g. Kazakhstan's move from +06:00 to +05:00 on 1 March 2024. */
export const utcOffsetChange = strictObject('a UTC offset change', {
  at: dateTimeText.describe('When the new offset starts, on the local clock before the change.'),
  utcOffset: utcOffsetText.describe('The offset from then on.'),
});

/**
 * A dated closure on a side's local clock. A bare date means a whole day: `from: 2024-02-10` starts
 * at 00:00 that day and `to: 2024-02-16` ends at 24:00 on the 16th, so the pair closes seven days.
 * Without `to`, `from` must be a date and the closure is that one day.
 */
export const closure = strictObject('a closure', {
  label: text.optional().describe('Why the side is closed, e.g. "Spring Festival".'),
  from: dateTimeText.describe('First closed moment (a date means 00:00 that day).'),
  to: dateTimeText
    .optional()
    .describe('End of the closure (a date means 24:00 that day). Default: end of the from day.'),
});

const month = z.int({ error: 'a month number from 1 (January) to 12 (December)' }).min(1).max(12);

/**
 * Closures drawn at random, e.g. Torugart's winter weather: on each local day of the listed months,
 * with probability `probabilityPerDay`, the side closes at local midnight for a random duration.
 */
export const randomClosure = strictObject('a random closure', {
  label: text.optional().describe('What the closures represent, e.g. "Snow on the pass".'),
  months: z
    .array(month, { error: 'a list of month numbers 1 to 12' })
    .min(1)
    .optional()
    .describe('Months in which closures can start. Default: every month.'),
  probabilityPerDay: probability.describe('Chance that a closure starts on a given day.'),
  duration: timeDistribution.describe('Length of each closure.'),
});

/**
 * One side of a border: its clock, opening hours, closures and quotas. Stations on the side start
 * no service while it is closed.
 */
export const side = strictObject('a side', {
  id: identifier.describe('Referenced by stations, classes and shocks.'),
  name: text.optional().describe('Display name.'),
  utcOffset: utcOffsetText.describe('UTC offset of the local clock, e.g. "+08:00" for Beijing time.'),
  utcOffsetChanges: z
    .array(utcOffsetChange, { error: 'a list of UTC offset changes' })
    .default([])
    .describe('Dated changes of the offset, in order.'),
  openingHours: openingHours.default('24h').describe('Weekly local opening hours. Default: 24h.'),
  daysOff: z.array(weekday, { error: 'a list of weekdays' }).default([]).describe('Weekdays closed all day.'),
  closures: z.array(closure, { error: 'a list of closures' }).default([]).describe('Dated closures.'),
  randomClosures: z
    .array(randomClosure, { error: 'a list of random closures' })
    .default([])
    .describe('Closures drawn at random (weather).'),
  quotas: z
    .array(quota, { error: 'a list of quotas' })
    .default([])
    .describe('Daily quotas kept on this side.'),
}).meta({
  id: 'Side',
  description: 'One side of the border, with its own clock, hours, closures and quotas.',
});

/** The input form of a side. */
export type SideInput = z.input<typeof side>;
