import * as z from 'zod';
import { calendar } from './calendar.js';
import { costs } from './costs.js';
import { dailySettings } from './daily.js';
import { drivers } from './drivers.js';
import { equeue } from './equeue.js';
import { fleet } from './fleet.js';
import { port } from './port.js';
import { policyShock } from './shocks.js';
import { side } from './side.js';
import { station } from './station.js';
import { strictObject } from './strict-object.js';
import { vehicleClass } from './vehicle-class.js';

/**
 * The schema of a scenario file: its structure, field by field. Relations between fields (ids that
 * must exist, probabilities that must sum to 1, dates inside the horizon) are checked afterwards by
 * validateScenario, which also resolves units. The JSON Schema in docs/ is generated from this.
 */
export const scenarioSchema = strictObject('a scenario', {
  $schema: z
    .string({ error: 'a string' })
    .optional()
    .describe('Link to the JSON Schema, for editors. Ignored.'),
  name: z.string({ error: 'a string' }).optional().describe('Display name.'),
  description: z.string({ error: 'a string' }).optional().describe('Free text: sources, assumptions.'),
  calendar,
  ports: z
    .array(port, { error: 'a list of ports' })
    .optional()
    .describe(
      'Crossing points, when the scenario holds more than one: each station belongs to one. Default: none.',
    ),
  sides: z
    .array(side, { error: 'a list of sides' })
    .default([])
    .describe('Sides of the border. Default: none.'),
  stations: z
    .array(station, { error: 'a list of stations' })
    .min(1, { error: 'a list of at least one station' })
    .describe('Stations vehicles pass through.'),
  classes: z
    .array(vehicleClass, { error: 'a list of vehicle classes' })
    .min(1, { error: 'a list of at least one vehicle class' })
    .describe('Vehicle classes.'),
  equeues: z
    .array(equeue, { error: 'a list of electronic queues' })
    .default([])
    .describe('Electronic queues that hand out daily slots at the border. Default: none.'),
  fleets: z
    .array(fleet, { error: 'a list of fleets' })
    .default([])
    .describe(
      'Vehicles that cycle: out loaded through one class, back empty through another. Default: none.',
    ),
  drivers: drivers.optional().describe('Hired drivers, needed by classes with needsDriver.'),
  costs: costs.optional().describe('Currencies, fees and demurrage. Default: USD, no fees.'),
  daily: dailySettings
    .optional()
    .describe('How the day-by-day results are cut: side, queue hour, threshold. Default: see DailySettings.'),
  shocks: z.array(policyShock, { error: 'a list of shocks' }).default([]).describe('Dated policy changes.'),
  sources: z
    .record(z.string(), z.string({ error: 'a string' }))
    .optional()
    .describe(
      'Where each value comes from: a path such as /stations/cn-gate/lanes → a source, or "assumption: why". Ignored by the model.',
    ),
}).meta({
  id: 'Scenario',
  title: 'Landport scenario',
  description:
    'A border crossing (or any queueing network) for the Landport simulator. See docs/scenario-format.md.',
});

/**
 * A scenario as written: the type of a JSON/YAML file's content, or of an object a TypeScript
 * program builds before passing it to validateScenario. Optional fields may be left out.
 */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** A scenario after the schema, with defaults filled but units and dates not yet resolved. */
export type ParsedScenario = z.output<typeof scenarioSchema>;
