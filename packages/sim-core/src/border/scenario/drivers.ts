import type * as z from 'zod';
import { timeDistribution } from './distribution.js';
import { positiveInteger } from './scalars.js';
import { strictObject } from './strict-object.js';
import { money } from './units.js';

/**
 * The pool of hired drivers ("ferrymen") who take cars of classes with `needsDriver` across. A car
 * waits at the start of its route for a free driver; the driver stays with it through its stations
 * and, once it leaves the last one, is away for `returnTrip` (the way back, e.g. by bus) before
 * taking another car. The crossing itself is not part of `returnTrip`: the stations simulate it.
 */
export const drivers = strictObject('the driver pool', {
  count: positiveInteger.describe('Drivers in the pool.'),
  returnTrip: timeDistribution.describe('Time from handing a car over until the driver is free again.'),
  feePerTrip: money.optional().describe('Paid per car taken across. Default: nothing.'),
}).meta({ id: 'Drivers', description: 'A pool of hired drivers, their return trip and fee.' });

/** The input form of the driver pool. */
export type DriversInput = z.input<typeof drivers>;
