// Refreshes the parameter tables of docs/scenarios/<name>.md from the scenario files' `sources`.
//   node --conditions=@landport/source --import tsx packages/scenarios/scripts/scenario-docs.ts
// (or `pnpm --filter @landport/scenarios scenario-docs`). The prose around the tables is written
// by hand; only the part between the markers is replaced.
import { readFileSync, writeFileSync } from 'node:fs';
import { withParameterTable } from '../src/parameter-table.js';
import { scenarioNames } from '../src/registry.js';

for (const name of scenarioNames()) {
  const page = new URL(`../../../docs/scenarios/${name}.md`, import.meta.url);
  const before = readFileSync(page, 'utf8');
  const after = withParameterTable(before, name);
  if (after !== before) writeFileSync(page, after);
  console.log(`${after === before ? 'up to date' : 'updated   '} docs/scenarios/${name}.md`);
}
