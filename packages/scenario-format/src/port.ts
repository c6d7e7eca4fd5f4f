import * as z from 'zod';
import { timeDistribution } from './distribution.js';
import { route } from './route.js';
import { identifier, probability, text } from './scalars.js';
import { strictObject } from './strict-object.js';

/**
 * A port: one crossing point of its own (its stations, its road storage). A scenario that lists
 * ports puts each station in one of them; a class may use several and chooses one per vehicle.
 */
export const port = strictObject('a port', {
  id: identifier.describe('Referenced by stations (port), classes (routesAt, portChoice) and diversions.'),
  name: text.optional().describe('Display name.'),
}).meta({ id: 'Port', description: 'A crossing point: stations belong to one port.' });

/** A class's routes at ports other than the one its `route` lies at, by port id. */
export const routesAt = z.record(identifier, route, { error: 'an object from port ids to routes' }).meta({
  id: 'RoutesAt',
  description: 'Routes at other ports, by port id: the ports a class may choose or be diverted to.',
});

const SHARES_EXPECTED = 'an object from port ids to probabilities that sum to 1';

/**
 * How a vehicle of a class that can use several ports picks one on arrival: the port with the
 * shortest expected wait as seen then, or a random draw with fixed shares.
 */
export const portChoice = z
  .union(
    [
      z.literal('shortestWait', { error: "'shortestWait' or { shares: {…} }" }),
      strictObject('a port choice by shares', {
        shares: z
          .record(identifier, probability, { error: SHARES_EXPECTED })
          .describe('Share of the class’s vehicles sent to each port.'),
      }),
    ],
    { error: "'shortestWait' or { shares: { <port id>: <probability>, … } }" },
  )
  .meta({
    id: 'PortChoice',
    description: "'shortestWait' (default) or fixed shares { shares: { portA: 0.5, portB: 0.5 } }.",
  });

/** The input form of a port choice. */
export type PortChoiceInput = z.input<typeof portChoice>;

/**
 * `whenFull: { divert: { to, travel } }`: a full storage sends vehicles to another port, where,
 * after the extra `travel` time, they join their class's route at that port.
 */
export const divert = strictObject('a diversion rule', {
  divert: strictObject('a diversion', {
    to: identifier.describe('The port vehicles divert to.'),
    travel: timeDistribution.describe('Extra travel time to reach that port.'),
  }),
}).meta({ id: 'Divert', description: 'Vehicles that find the storage full drive on to another port.' });
