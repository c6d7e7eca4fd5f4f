import * as z from 'zod';
import { parseDateTime } from './date-time.js';
import { timeDistribution } from './distribution.js';
import { openingHours, weekday } from './opening-hours.js';
import { identifier, nonNegativeInteger, nonNegativeNumber, probability, text } from './scalars.js';
import { lanes } from './station.js';
import { strictObject } from './strict-object.js';
import { duration, money } from './units.js';

const AT_EXPECTED =
  'a date or date-time such as "2024-04-01" or "2024-04-01T08:00", or a time since the start such as { days: 30 }';

/**
 * When a shock takes effect: a date-time (on the local clock of the side it concerns, or of the
 * calendar start when it concerns no side, unless it carries an offset) or a duration since the start.
 */
export const shockTime = z.union(
  [
    z.string({ error: AT_EXPECTED }).refine((t) => parseDateTime(t) !== null, { error: AT_EXPECTED }),
    duration,
  ],
  { error: AT_EXPECTED },
);

const common = {
  label: text.describe('What the change is, e.g. "Horgos 24/7 clearance trial".'),
  at: shockTime.describe('When it takes effect; within the horizon.'),
};

function shock<C extends string, S extends z.core.$ZodLooseShape>(change: C, what: string, shape: S) {
  return strictObject(what, { change: z.literal(change), ...common, ...shape });
}

const options = [
  shock('lanes', 'a lanes shock', { station: identifier, lanes }),
  shock('hours', 'an hours shock', {
    side: identifier,
    openingHours: openingHours.describe('The new weekly hours.'),
    daysOff: z
      .array(weekday, { error: 'a list of weekdays' })
      .default([])
      .describe('The new days off. Default: none.'),
  }),
  shock('quota', 'a quota shock', { quota: identifier, perDay: nonNegativeInteger }),
  shock('service', 'a service shock', {
    station: identifier,
    class: identifier.optional().describe('The class whose service time changes. Default: every class.'),
    service: timeDistribution,
    perCar: duration.optional().describe('The new time per car on board. Default: unchanged.'),
  }),
  shock('inspection', 'an inspection shock', {
    station: identifier,
    class: identifier.optional().describe('The class whose probability changes. Default: every class.'),
    probability,
  }),
  shock('fee', 'a fee shock', { fee: identifier, amount: money }),
  shock('driverFee', 'a driver-fee shock', { feePerTrip: money }),
  shock('driverPool', 'a driver-pool shock', { count: nonNegativeInteger }),
  shock('demand', 'a demand shock', {
    class: identifier,
    multiplier: nonNegativeNumber.describe(
      "Factor on the class's arrival rate, relative to the file (not cumulative).",
    ),
  }),
] as const;

/** The kinds of change a shock can make. */
export const SHOCK_CHANGES = options.map((option) => option.shape.change.value);

/**
 * A dated policy change, `change` saying which kind. Shocks set values (they do not add to or
 * multiply earlier shocks), so a shock that repeats the file's value changes nothing.
 */
export const policyShock = z
  .discriminatedUnion('change', options, {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `one of the changes ${SHOCK_CHANGES.join(', ')}`
        : `a shock (an object with label, at, change and the fields of that change)`,
  })
  .meta({ id: 'Shock', description: 'A dated change that takes effect during the run.' });

/** The input form of a shock. */
export type ShockInput = z.input<typeof policyShock>;
