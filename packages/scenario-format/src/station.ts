import * as z from 'zod';
import { timeDistribution } from './distribution.js';
import { divert } from './port.js';
import { identifier, identifierList, nonNegativeNumber, probability, text } from './scalars.js';
import { strictObject } from './strict-object.js';
import { duration } from './units.js';

/** An integer >= `min`, or the word `infinite`; every failure reads the same expected text. */
function countOrInfinite(min: number) {
  const expected = `an integer >= ${min} or 'infinite'`;
  return z.union([z.int({ error: expected }).min(min), z.literal('infinite', { error: expected })], {
    error: expected,
  });
}

/**
 * Parallel servers of a station. `'infinite'` makes the station a pure delay (everyone is served
 * at once), such as the drive through the neutral zone.
 */
export const lanes = countOrInfinite(1).meta({
  id: 'Lanes',
  description: "Number of parallel servers, or 'infinite' for a pure delay.",
});

/** The words of `whenFull`; `turnAway` and `giveUp` are the same rule under two names. */
const WHEN_FULL =
  "'wait' (block upstream), 'giveUp' or 'turnAway' (leave the crossing), or { divert: { to: <port id>, travel: <distribution> } }";

const CAPACITY = "an integer >= 0, 'infinite' or a road length {km: a number >= 0}";

/** A road storage measured by its length: vehicles take the road length of their class. */
const roadLength = strictObject('a road length', {
  km: nonNegativeNumber.describe('Length of the road or holding area, kilometres.'),
});

/**
 * Waiting room in front of a station's lanes, not counting vehicles in service: an M/M/c/K queue
 * has `capacity = K - c`. Counted in vehicles, or as a road length in kilometres that each vehicle
 * fills with its class's `lengthMetres`. When full, an arriving vehicle either stays where it is,
 * holding its place upstream (blocking; counted as waiting beyond the storage), leaves the
 * crossing (gives up, also called turned away), or drives on to another port (diverts).
 */
export const buffer = strictObject('a buffer', {
  capacity: z
    .union([z.int({ error: CAPACITY }).min(0), z.literal('infinite'), roadLength], { error: CAPACITY })
    .default('infinite')
    .describe(
      "Vehicles that can wait (not counting those in service), or a road length {km: …} that vehicles fill by their class's lengthMetres; 0 = no waiting room. Default: 'infinite'.",
    ),
  whenFull: z
    .union([z.enum(['wait', 'turnAway', 'giveUp']), divert], { error: WHEN_FULL })
    .default('wait')
    .describe(
      "'wait': the vehicle stays upstream until there is room (waiting beyond the storage); 'giveUp' (or 'turnAway'): it leaves the crossing; { divert: { to, travel } }: it travels to another port and joins its class's route there.",
    ),
});

/** Secondary inspection: a share of vehicles is sent, after the primary service, to lanes of its own. */
export const secondaryInspection = strictObject('a secondary inspection', {
  probability: probability.describe('Share of vehicles sent to secondary inspection.'),
  probabilityByClass: z
    .record(identifier, probability, { error: 'an object from class ids to probabilities' })
    .default({})
    .describe('Per-class shares that replace probability.'),
  service: timeDistribution.describe('Time of a secondary inspection.'),
  lanes: lanes.describe('Inspection bays.'),
});

/**
 * A station: lanes with a service time, a buffer in front, optional secondary inspection and the
 * daily quotas a vehicle needs a token from. The service time may depend on the vehicle: a draw
 * from the class's distribution plus a time per car on board (`perCar`), for car carriers.
 */
export const station = strictObject('a station', {
  id: identifier.describe('Referenced by routes, fees and shocks. "exit" is reserved.'),
  name: text.optional().describe('Display name.'),
  side: identifier
    .optional()
    .describe('The side whose clock and opening hours apply. Without it the station never closes.'),
  lanes: lanes.describe("Parallel servers, or 'infinite' for a pure delay."),
  service: timeDistribution.describe('Service time per vehicle.'),
  serviceByClass: z
    .record(identifier, timeDistribution, { error: 'an object from class ids to distributions' })
    .default({})
    .describe('Per-class service times that replace service.'),
  perCar: duration
    .optional()
    .describe(
      'Time added per car on board: service time = a draw of service + perCar × cars (car carriers). Default: none.',
    ),
  perCarByClass: z
    .record(identifier, duration, { error: 'an object from class ids to durations' })
    .default({})
    .describe('Per-class times per car that replace perCar.'),
  buffer: buffer
    .default({ capacity: 'infinite', whenFull: 'wait' })
    .describe('Waiting room. Default: unlimited.'),
  secondary: secondaryInspection.optional().describe('Secondary inspection, if any.'),
  quotas: identifierList.default([]).describe('Quotas (by id) whose tokens a vehicle needs to queue here.'),
  shared: z
    .boolean({ error: 'true or false' })
    .default(false)
    .describe(
      'Whether both directions use it (one inspection zone, one bridge): required of a station on routes of outbound and inbound classes. Default: false.',
    ),
  port: identifier
    .optional()
    .describe('The port it belongs to: required when the scenario lists ports, not allowed otherwise.'),
}).meta({ id: 'Station', description: 'A server station: lanes, service time, buffer, inspection, quotas.' });

/** The input form of a station. */
export type StationInput = z.input<typeof station>;
