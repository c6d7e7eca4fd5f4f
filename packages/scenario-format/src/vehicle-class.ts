import * as z from 'zod';
import { arrivals } from './arrivals.js';
import { direction } from './direction.js';
import { countDistribution } from './distribution.js';
import { portChoice, routesAt } from './port.js';
import { route } from './route.js';
import { identifier, integer, positiveNumber, text } from './scalars.js';
import { strictObject } from './strict-object.js';

/**
 * A class of vehicles (car carriers, driven cars, cargo trucks, or the customers of a textbook
 * network): how they arrive, how many cars each holds, its queue priority, and its route.
 */
export const vehicleClass = strictObject('a vehicle class', {
  id: identifier.describe('Referenced by per-class settings, fees and shocks.'),
  name: text.optional().describe('Display name.'),
  carsPerVehicle: countDistribution
    .default({ deterministic: 1 })
    .describe('Cars carried by one vehicle (a car carrier holds 5 to 8). Default: 1.'),
  priority: integer
    .default(0)
    .describe('Queue priority at every station: larger is served first. Default: 0.'),
  needsDriver: z
    .boolean({ error: 'true or false' })
    .default(false)
    .describe('Whether each vehicle needs a hired driver from the pool. Default: false.'),
  equeue: identifier
    .optional()
    .describe(
      'The electronic queue its vehicles book a slot in before driving to the border. Default: none.',
    ),
  direction: direction
    .default('outbound')
    .describe("The way it crosses: 'outbound' or 'inbound'. Default: 'outbound'."),
  lengthMetres: positiveNumber
    .default(20)
    .describe(
      'Metres of road one vehicle takes in a storage measured in km, the gap to the next included (a car about 7, a truck or car carrier 18 to 25). Default: 20.',
    ),
  arrivals: arrivals
    .optional()
    .describe(
      "Arrival process; required, except for a fleet's return class (whose vehicles come back from the fleet).",
    ),
  route: route.describe('Stations visited (with ports: the route at one port).'),
  routesAt: routesAt
    .optional()
    .describe(
      'Routes at other ports, by port id: the class may choose among its ports, and vehicles diverted to one of them take its route there. Default: none.',
    ),
  portChoice: portChoice
    .optional()
    .describe(
      "How a vehicle picks a port when its class has routes at several: 'shortestWait' or { shares }. Default: 'shortestWait'.",
    ),
}).meta({
  id: 'VehicleClass',
  description: 'A class of vehicles with its arrivals, batch size, priority and route.',
});

/** The input form of a vehicle class. */
export type VehicleClassInput = z.input<typeof vehicleClass>;
