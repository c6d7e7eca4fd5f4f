/**
 * Writes docs/scenario.schema.json from the scenario schema. Run from the repository root:
 *
 *   node --conditions=@landport/source --import tsx packages/scenario-format/scripts/write-json-schema.ts
 *
 * A test (scenario-docs.test.ts) fails when the published file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/index.js';

const target = fileURLToPath(new URL('../../../docs/scenario.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
