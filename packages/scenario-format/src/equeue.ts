import * as z from 'zod';
import { timeDistribution } from './distribution.js';
import { identifier, positiveInteger, probability, text } from './scalars.js';
import { strictObject } from './strict-object.js';
import { timeOfDayText } from './time-texts.js';
import { duration } from './units.js';

/** Where in its slot day a released vehicle reaches the border. */
export const EQUEUE_ARRIVALS = ['dayStart', 'uniform'] as const;

/** What a vehicle that misses its slot does at the border. */
export const EQUEUE_LATE_RULES = ['admit', 'rebook'] as const;

/**
 * Vehicles that reach the border after their slot: a share of the booked ones, how late, and
 * what they do (admitted as if on time, or sent back to book again from the moment they arrive).
 */
export const equeueLate = strictObject('the late-arrival rule of an electronic queue', {
  share: probability.default(0).describe('Share of released vehicles that arrive late. Default: 0.'),
  by: timeDistribution
    .default({ deterministic: { hours: 24 } })
    .describe('How long after its planned arrival a late vehicle reaches the border. Default: 24 h.'),
  action: z
    .enum(EQUEUE_LATE_RULES, { error: "'admit' (let in) or 'rebook' (book a new slot)" })
    .default('admit')
    .describe(
      "What a late vehicle does: 'admit' crosses as if on time; 'rebook' books the first free slot from the moment it arrives and waits off site again. Default: 'admit'.",
    ),
});

/**
 * An electronic queue as a booking system: at most `perDay` vehicles (and at most `perClass[c]`
 * of class c) get a slot on each local day of `side` (the day runs from `dayStart` to
 * `dayStart`). A vehicle of a class that names the e-queue books when it becomes ready (its
 * arrival time, or `leadTime` after it when it books ahead), takes the first day with free
 * capacity, waits off site (no station, no driver), and reaches the border inside its slot day.
 * No-shows never come and free nothing: their slot is wasted.
 */
export const equeue = strictObject('an electronic queue', {
  id: identifier.describe('Referenced by classes (their `equeue` field).'),
  name: text.optional().describe('Display name.'),
  side: identifier.describe('The side whose local day the slots follow.'),
  perDay: positiveInteger.describe('Slots per local day, all classes together.'),
  perClass: z
    .record(identifier, positiveInteger, { error: 'a map of class id to slots per day' })
    .optional()
    .describe('Slots per local day for single classes, within perDay. Default: no class limit.'),
  dayStart: timeOfDayText.default('00:00').describe('Local time at which a slot day begins.'),
  leadTime: duration
    .default({ hours: 0 })
    .describe(
      'Booking ahead: a vehicle books at its arrival time and is ready leadTime later; the first day it can take is the day it is ready. Default: 0 (it books when it is ready).',
    ),
  arrival: z
    .enum(EQUEUE_ARRIVALS, { error: "'dayStart' or 'uniform'" })
    .default('uniform')
    .describe(
      "Where in its slot day a vehicle reaches the border: 'dayStart' at the day's start, 'uniform' at a uniform time within the day (never before it is ready). Default: 'uniform'.",
    ),
  noShow: probability
    .default(0)
    .describe('Share of bookings that never come (their slot is not given to anyone else). Default: 0.'),
  late: equeueLate.optional().describe('Late arrivals. Default: none is late.'),
}).meta({
  id: 'EQueue',
  description:
    'An electronic queue: daily slots on a side clock, booked ahead, with no-shows and late arrivals.',
});

/** The input form of an electronic queue. */
export type EQueueInput = z.input<typeof equeue>;
