import type * as z from 'zod';
import { strictObject } from './strict-object.js';
import { money } from './units.js';

/**
 * The part of a driver's fee that follows congestion: an hourly rate on the driver's trip (from
 * taking the car to handing it over), and a scarcity rate on the cars waiting for a driver per
 * free driver, read when the car sets off with its driver. Added to the pool's `feePerTrip`, so a
 * trip costs `feePerTrip + perHour × trip hours + scarcity × waiting cars ÷ free drivers`.
 */
export const congestionFee = strictObject('a congestion fee', {
  perHour: money
    .optional()
    .describe("Paid per hour of the driver's trip, from taking the car to handing it over."),
  scarcity: money
    .optional()
    .describe(
      'Paid per car waiting for a driver per free driver (the one taken counted as free), when the car sets off.',
    ),
}).meta({
  id: 'CongestionFee',
  description: "A driver fee that follows the trip's duration and the scarcity of drivers.",
});

/** The input form of a congestion fee. */
export type CongestionFeeInput = z.input<typeof congestionFee>;
