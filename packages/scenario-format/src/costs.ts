import * as z from 'zod';
import { currencyCode, identifier, identifierList, positiveNumber, text } from './scalars.js';
import { strictObject } from './strict-object.js';
import { duration, money } from './units.js';

const per = z
  .enum(['vehicle', 'car'], { error: "'vehicle' or 'car'" })
  .default('vehicle')
  .describe("Charged once per vehicle, or once per car it carries. Default: 'vehicle'.");

/**
 * A fee, duty or recycling charge. It is charged when a vehicle of one of its classes finishes
 * service at `station`, or, without a station, when it leaves the crossing; turned-away vehicles
 * pay only what they reached.
 */
export const fee = strictObject('a fee', {
  id: identifier.describe('Referenced by shocks.'),
  name: text.optional().describe('Display name, e.g. "Extra export declaration".'),
  category: z
    .enum(['clearance', 'duty', 'other'], { error: "'clearance', 'duty' or 'other'" })
    .default('clearance')
    .describe("Ledger line: 'clearance' (declarations, agents), 'duty' (duties, recycling fees) or 'other'."),
  amount: money.describe('Amount per vehicle or per car.'),
  per,
  classes: identifierList.optional().describe('Classes that pay it. Default: every class.'),
  station: identifier
    .optional()
    .describe('Charged on finishing service here. Default: on leaving the crossing.'),
});

/**
 * Demurrage: a charge per day a vehicle spends in the crossing (arrival to exit) beyond its free time.
 */
export const demurrage = strictObject('a demurrage charge', {
  perDay: money.describe('Charge per day beyond the free time.'),
  freeTime: duration
    .default({ days: 0 })
    .describe('Time in the crossing before demurrage starts. Default: none.'),
  per,
  classes: identifierList.optional().describe('Classes that pay it. Default: every class.'),
  charging: z
    .enum(['perStartedDay', 'proRata'], { error: "'perStartedDay' or 'proRata'" })
    .default('perStartedDay')
    .describe(
      "'perStartedDay': each started day is charged in full; 'proRata': by the exact time. Default: 'perStartedDay'.",
    ),
});

/**
 * The cost model. Amounts keep their own currency; totals are reported in `currency`, using
 * `exchangeRates`: the value of one unit of each other currency in the reporting currency
 * (with USD reporting, `CNY: 0.14` means 1 CNY = 0.14 USD).
 */
export const costs = strictObject('the costs', {
  currency: currencyCode.default('USD').describe('Reporting currency. Default: USD.'),
  exchangeRates: z
    .record(currencyCode, positiveNumber, { error: 'an object from currency codes to rates > 0' })
    .default({})
    .describe('Value of one unit of each currency in the reporting currency.'),
  fees: z.array(fee, { error: 'a list of fees' }).default([]).describe('Fees, duties and recycling charges.'),
  demurrage: z
    .array(demurrage, { error: 'a list of demurrage charges' })
    .default([])
    .describe('Demurrage charges.'),
}).meta({ id: 'Costs', description: 'Reporting currency, exchange rates, fees and demurrage.' });

/** The input form of the costs. */
export type CostsInput = z.input<typeof costs>;
