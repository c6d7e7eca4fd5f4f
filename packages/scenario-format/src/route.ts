import * as z from 'zod';
import { identifier, probability } from './scalars.js';
import { strictObject } from './strict-object.js';

/** The id that ends a route in a routing table. */
export const EXIT = 'exit';

const SEQUENCE_EXPECTED = 'a list of station ids, visited in order';

/** A fixed sequence of stations. */
export const sequenceRoute = z
  .array(identifier, { error: SEQUENCE_EXPECTED })
  .min(1, { error: SEQUENCE_EXPECTED });

const transitions = z.record(identifier, probability, {
  error: `an object from station ids (or '${EXIT}') to probabilities that sum to 1`,
});

/**
 * Probabilistic routing, as in a Jackson network: `entry` is the first station (or a table of
 * first stations with probabilities), and `next` gives, for each station, the probabilities of
 * going to each station or to `exit` after it. Each row sums to 1.
 */
export const routingTable = strictObject('a routing table', {
  entry: z
    .union([identifier, transitions], {
      error: 'a station id, or an object from station ids to probabilities that sum to 1',
    })
    .describe('First station, or first stations with probabilities.'),
  next: z
    .record(identifier, transitions, { error: 'an object from station ids to routing rows' })
    .describe(`Per station: probabilities of the next station or '${EXIT}'.`),
});

/** A class's route: a fixed sequence of station ids, or a routing table. */
export const route = z
  .union([sequenceRoute, routingTable], {
    error: `${SEQUENCE_EXPECTED}, or a routing table { entry, next }`,
  })
  .meta({ id: 'Route', description: 'A fixed sequence of stations, or a probabilistic routing table.' });

/** The input form of a route. */
export type RouteInput = z.input<typeof route>;
