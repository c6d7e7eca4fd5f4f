import * as z from 'zod';
import { timeDistribution } from './distribution.js';
import { identifier, nonNegativeNumber } from './scalars.js';
import { presentKeys, strictObject } from './strict-object.js';
import { duration, positiveDuration, positiveRate, rate, toMinutes } from './units.js';

const multipliers = (count: number, what: string) =>
  z
    .array(nonNegativeNumber, { error: `a list of ${count} multipliers >= 0 (${what})` })
    .length(count, { error: `a list of exactly ${count} multipliers >= 0 (${what})` });

/** One row of a rate table: the rate from a time on. */
export const rateTableRow = strictObject('a rate-table row', {
  from: duration.describe(
    'Start of the row, measured from the scenario start (or from the start of each cycle).',
  ),
  rate: rate.describe('Arrival rate from then on (may be zero).'),
});

/**
 * A piecewise-constant rate, for a non-homogeneous Poisson process given as a table. Rows start at
 * 0 and increase; each holds until the next. With `repeatEvery` the table is a cycle (e.g. a day
 * in 24 rows); without it the last row holds to the horizon.
 */
export const rateTable = strictObject('a rate table', {
  repeatEvery: positiveDuration.optional().describe('Cycle length; rows are then times within the cycle.'),
  rows: z.array(rateTableRow, { error: 'a list of rate-table rows' }).min(1, { error: 'at least one row' }),
}).check((ctx) => {
  if (ctx.issues.length > 0) return;
  const starts = ctx.value.rows.map((row) => toMinutes(row.from));
  const cycle =
    ctx.value.repeatEvery === undefined ? Number.POSITIVE_INFINITY : toMinutes(ctx.value.repeatEvery);
  starts.forEach((start, i) => {
    const path = ['rows', i, 'from'];
    const input = ctx.value.rows[i]!.from;
    if (i === 0 && start !== 0)
      ctx.issues.push({ code: 'custom', input, path, message: 'the first row to start at 0' });
    if (i > 0 && !(start > starts[i - 1]!)) {
      ctx.issues.push({ code: 'custom', input, path, message: 'a time after the previous row' });
    }
    if (!(start < cycle))
      ctx.issues.push({ code: 'custom', input, path, message: 'a time before repeatEvery' });
  });
});

const FORMS = ['rate', 'rateTable', 'interarrival'];
const RATE_ONLY = ['monthly', 'hourly', 'clock'];

/**
 * How vehicles of a class arrive; exactly one of three forms:
 * - `rate` (Poisson), optionally shaped by `monthly` (12, January first) and `hourly` (24, from
 *   00:00) multipliers read on the `clock` side's local time: rate(t) = rate × monthly × hourly.
 *   The multipliers are used as given, so an hourly profile that averages 1 keeps the daily volume;
 * - `rateTable`: a piecewise-constant rate (non-homogeneous Poisson);
 * - `interarrival`: a renewal process with the given time between arrivals (the first arrival
 *   comes one interarrival time after the start).
 */
export const arrivals = strictObject('an arrival process', {
  rate: positiveRate.optional().describe('Mean arrivals (vehicles) per unit of time.'),
  monthly: multipliers(12, 'January to December').optional().describe('Month-of-year multipliers of rate.'),
  hourly: multipliers(24, '00:00-01:00 to 23:00-24:00')
    .optional()
    .describe('Hour-of-day multipliers of rate.'),
  clock: identifier
    .optional()
    .describe("Side whose local time the profiles follow. Default: the side of the route's first station."),
  rateTable: rateTable.optional().describe('A piecewise-constant rate instead of rate.'),
  interarrival: timeDistribution
    .optional()
    .describe('Times between arrivals (renewal process) instead of rate.'),
})
  .check((ctx) => {
    if (ctx.issues.length > 0) return;
    const present = presentKeys(ctx.value);
    const forms = FORMS.filter((key) => present.includes(key));
    if (forms.length !== 1) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `exactly one of ${FORMS.join(', ')}${forms.length > 1 ? ` (it has ${forms.join(' and ')})` : ''}`,
      });
      return;
    }
    if (forms[0] === 'rate') return;
    for (const key of RATE_ONLY.filter((k) => present.includes(k))) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value[key as 'clock'],
        path: [key],
        message: `no ${key} with ${forms[0]} (profiles shape a rate)`,
      });
    }
  })
  .meta({
    id: 'Arrivals',
    description: 'Arrival process of a class: rate with profiles, a rate table, or interarrival times.',
  });

/** The input form of an arrival process. */
export type ArrivalsInput = z.input<typeof arrivals>;
