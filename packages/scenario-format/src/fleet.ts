import type * as z from 'zod';
import { timeDistribution } from './distribution.js';
import { identifier, positiveInteger } from './scalars.js';
import { strictObject } from './strict-object.js';

/**
 * A fleet of vehicles that cycle through the port: a carrier of the outbound class `class` is
 * taken from the fleet when its load is ready (the load waits when every vehicle of the fleet is
 * away), crosses outbound, is `away` (unloading and driving back) and comes back empty as a
 * vehicle of the inbound class `returnsAs` (its own route and service times, no cars on board);
 * after crossing inbound it is `home` (to the next loading point) and then free again. A cap or a
 * slowdown in either direction so holds up the other. The return class has no arrivals of its own.
 */
export const fleet = strictObject('a fleet', {
  id: identifier.describe('Names the fleet in results.'),
  vehicles: positiveInteger.describe('Vehicles in the fleet.'),
  class: identifier.describe('The outbound class whose vehicles come from the fleet.'),
  returnsAs: identifier.describe(
    'The inbound class the vehicles come back as, empty (it has no arrivals of its own).',
  ),
  away: timeDistribution.describe(
    'From leaving the port outbound (loaded) to arriving back at the port inbound (empty).',
  ),
  home: timeDistribution
    .default({ deterministic: { minutes: 0 } })
    .describe('From leaving the port inbound until the vehicle can take a load again. Default: 0.'),
}).meta({ id: 'Fleet', description: 'Vehicles that cycle: out loaded, back empty.' });

/** The input form of a fleet. */
export type FleetInput = z.input<typeof fleet>;
