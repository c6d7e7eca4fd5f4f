import type * as z from 'zod';
import { congestionFee } from './congestion-fee.js';
import { timeDistribution } from './distribution.js';
import { identifier, positiveInteger } from './scalars.js';
import { strictObject } from './strict-object.js';
import { money } from './units.js';

/**
 * The pool of hired drivers ("ferrymen") who take cars of classes with `needsDriver` across. A car
 * waits for a free driver where drivers are taken (`takenAt`: on reaching that station, by default
 * before its first one); the driver stays with it through its stations until it is released
 * (`releasedAt`: after service at that station, by default when the car leaves the port), and is
 * then away for `returnTrip` (the way back, e.g. by bus) before taking another car. The crossing
 * itself is not part of `returnTrip`: the stations simulate it.
 */
export const drivers = strictObject('the driver pool', {
  count: positiveInteger.describe('Drivers in the pool.'),
  returnTrip: timeDistribution.describe('Time from handing a car over until the driver is free again.'),
  feePerTrip: money.optional().describe('Paid per car taken across. Default: nothing.'),
  congestionFee: congestionFee
    .optional()
    .describe(
      'Added to feePerTrip: parts that follow the trip time and the scarcity of drivers. Default: none.',
    ),
  takenAt: identifier
    .optional()
    .describe(
      'The station on reaching which a car takes its driver (it waits for one off the road). Default: before its first station.',
    ),
  releasedAt: identifier
    .optional()
    .describe(
      'The station after whose service the driver hands the car over and starts the return trip. Default: when the car leaves the port.',
    ),
}).meta({ id: 'Drivers', description: 'A pool of hired drivers, their return trip and fee.' });

/** The input form of the driver pool. */
export type DriversInput = z.input<typeof drivers>;
