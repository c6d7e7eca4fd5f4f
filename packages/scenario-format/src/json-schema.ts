import * as z from 'zod';
import { scenarioSchema } from './schema.js';

/**
 * The JSON Schema of a scenario file, for editors (published as docs/scenario.schema.json).
 * Draft 7 is the draft editors support best (VS Code's JSON service, the YAML language server).
 * It checks structure and ranges; the relations between fields (ids that exist, probabilities
 * that sum to 1, dates inside the run) need validateScenario.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
}
