import * as z from 'zod';
import { currencyCode, nonNegativeNumber } from './scalars.js';
import { exactlyOneKey, strictObject } from './strict-object.js';

/*
 * Quantities with units. The model's time unit is the minute: every duration resolves to minutes
 * and every rate to events per minute, so a file can say `{ hours: 2 }` or `{ perDay: 1100 }`
 * and no bare number in the model is ambiguous.
 */

// Conversions divide by 60 and 1440 rather than multiply by their reciprocals, so that
// { perDay: 60 } is exactly 60 / 1440 and { seconds: 45 } exactly 0.75.
const DURATION_KEYS = ['seconds', 'minutes', 'hours', 'days'];
const RATE_KEYS = ['perMinute', 'perHour', 'perDay'];

function durationObject(what: string, amount: z.ZodNumber) {
  return strictObject(
    what,
    {
      seconds: amount.optional(),
      minutes: amount.optional(),
      hours: amount.optional(),
      days: amount.optional(),
    },
    'units',
  ).check(exactlyOneKey(what, DURATION_KEYS));
}

/** A duration >= 0 with exactly one unit: `{ minutes: 20 }`, `{ hours: 2 }`, `{ days: 1 }`, `{ seconds: 30 }`. */
export const duration = durationObject('a duration such as { minutes: 20 }', nonNegativeNumber).meta({
  id: 'Duration',
  description: 'A length of time with exactly one unit: seconds, minutes, hours or days.',
  minProperties: 1,
  maxProperties: 1,
});

/** A duration > 0 (horizons, cycle lengths). */
export const positiveDuration = durationObject(
  'a duration > 0 such as { days: 30 }',
  z.number({ error: 'a finite number > 0' }).gt(0),
).meta({
  id: 'PositiveDuration',
  description: 'A length of time greater than zero, with exactly one unit.',
  minProperties: 1,
  maxProperties: 1,
});

/** The input form of a duration. */
export type DurationInput = z.input<typeof duration>;

/** A duration in minutes. Assumes a validated duration (exactly one key present). */
export function toMinutes(value: DurationInput): number {
  if (value.seconds !== undefined) return value.seconds / 60;
  if (value.minutes !== undefined) return value.minutes;
  if (value.hours !== undefined) return value.hours * 60;
  return (value.days ?? 0) * 1440;
}

function rateObject(what: string, amount: z.ZodNumber) {
  return strictObject(
    what,
    { perMinute: amount.optional(), perHour: amount.optional(), perDay: amount.optional() },
    'units',
  ).check(exactlyOneKey(what, RATE_KEYS));
}

/** An arrival rate >= 0 with exactly one unit: `{ perDay: 1100 }`, `{ perHour: 45 }`, `{ perMinute: 0.8 }`. */
export const rate = rateObject('a rate such as { perDay: 1100 }', nonNegativeNumber).meta({
  id: 'Rate',
  description: 'Events per unit of time, with exactly one unit: perMinute, perHour or perDay.',
  minProperties: 1,
  maxProperties: 1,
});

/** A rate > 0, for base arrival rates where zero would mean a class that never arrives. */
export const positiveRate = rateObject(
  'a rate > 0 such as { perDay: 1100 }',
  z.number({ error: 'a finite number > 0' }).gt(0),
).meta({
  id: 'PositiveRate',
  description: 'Events per unit of time, greater than zero, with exactly one unit.',
  minProperties: 1,
  maxProperties: 1,
});

/** The input form of a rate. */
export type RateInput = z.input<typeof rate>;

/** A rate in events per minute. Assumes a validated rate. */
export function toPerMinute(value: RateInput): number {
  if (value.perMinute !== undefined) return value.perMinute;
  if (value.perHour !== undefined) return value.perHour / 60;
  return (value.perDay ?? 0) / 1440;
}

/** An amount of money in a stated currency: `{ amount: 500, currency: CNY }`. */
export const money = strictObject('an amount of money such as { amount: 500, currency: CNY }', {
  amount: nonNegativeNumber,
  currency: currencyCode,
}).meta({ id: 'Money', description: 'An amount in an ISO 4217 currency.' });

/** The input form of an amount of money. */
export type MoneyInput = z.input<typeof money>;
