import * as z from 'zod';
import { identifier, identifierList, positiveInteger } from './scalars.js';
import { strictObject } from './strict-object.js';
import { timeOfDayText } from './time-texts.js';

/** The events a quota can count. */
export const QUOTA_EVENTS = ['arrival', 'serviceStart', 'booking'] as const;

/** What happens to vehicles a day's tokens do not serve. */
export const QUOTA_LEFTOVERS = ['carried', 'lost'] as const;

/**
 * A daily quota: at most `perDay` vehicles (or cars) a local day pass the stations that reference
 * it. It names what it counts (`countedAt`: a token on reaching the station, or on starting
 * service there, or on booking a slot in an electronic queue, which caps bookings a day and is
 * listed by no station), whose local day (`clock`, the side it is listed under by default; the day runs
 * from `resetAt` to `resetAt`), and what happens to the vehicles the day's tokens do not serve
 * (`leftover`: they wait for the next day's tokens, or are turned away). Unused tokens are never
 * carried over: a quota is a daily allowance, not a savings account.
 */
export const quota = strictObject('a quota', {
  id: identifier.describe('Referenced by stations and shocks.'),
  perDay: positiveInteger.describe('Tokens per local day.'),
  resetAt: timeOfDayText.default('00:00').describe("Local time at which the day's tokens are renewed."),
  counts: z
    .enum(['vehicles', 'cars'], { error: "'vehicles' or 'cars'" })
    .default('vehicles')
    .describe('Whether a car carrier uses one token or one per car.'),
  classes: identifierList
    .optional()
    .describe(
      'Classes the quota applies to. Default: every class (for a quota counted at booking, every class that books through an e-queue).',
    ),
  countedAt: z
    .enum(QUOTA_EVENTS, {
      error:
        "the event that takes a token: 'arrival' (on reaching the station), 'serviceStart' or 'booking' (on booking an e-queue slot)",
    })
    .default('arrival')
    .describe(
      "The event that takes a token: 'arrival' (on reaching the station, before queueing: an electronic queue), 'serviceStart' (at most perDay service starts a day) or 'booking' (at most perDay bookings a day in the electronic queues of its classes; only for classes that book through an e-queue, and listed by no station). Default: 'arrival'.",
    ),
  clock: identifier
    .optional()
    .describe('The side whose local day the quota counts. Default: the side it is listed under.'),
  leftover: z
    .enum(QUOTA_LEFTOVERS, { error: "'carried' (wait for the next day) or 'lost' (turned away)" })
    .default('carried')
    .describe(
      "Vehicles the day's tokens cannot serve: 'carried' wait, first come first served, for the next day's tokens; 'lost' are turned away as soon as the day's tokens are too few for them. Default: 'carried'.",
    ),
}).meta({ id: 'Quota', description: 'A daily quota: what it counts, on whose day, and what is left over.' });

/** The input form of a quota. */
export type QuotaInput = z.input<typeof quota>;
