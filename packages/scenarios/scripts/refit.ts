// Re-fits the free parameters of a fitted scenario on its fit targets, and with --write puts the
// chosen values into the scenario files and regenerates docs/calibration.md.
//   pnpm --filter @landport/scenarios refit [scenario] [--replications R] [--write]
// Without a scenario, every fitted scenario (horgos-2023, kashgar-2023). Slow by design (each
// candidate is R replication-years): never run in CI.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { valueAtSetPath } from '@landport/scenario-format';
import { CALIBRATION_TARGETS } from '../src/calibration-targets.js';
import { type FreeParameterSet, freeValueEdits, setFreeValues } from '../src/free-parameter.js';
import { FREE_PARAMETERS } from '../src/free-parameters.js';
import { type Candidate, refit } from '../src/refit.js';
import { refitObjective } from '../src/refit-objective.js';
import { scenarioFile } from '../src/registry.js';
import { scenarioDocument } from '../src/scenario-document.js';
import { writeNumbers } from '../src/yaml-numbers.js';

const SEED = 2024;

function fail(message: string): never {
  console.error(`refit: ${message}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { replications: { type: 'string', default: '3' }, write: { type: 'boolean', default: false } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values: flags, positionals } = options();
const replications = Number(flags.replications);
if (!(Number.isInteger(replications) && replications >= 1)) {
  fail(`--replications: expected a whole number >= 1, got ${JSON.stringify(flags.replications)}`);
}
const fitted = FREE_PARAMETERS.map((s) => s.scenario as string);
const wanted = positionals.length > 0 ? positionals : fitted;
for (const name of wanted) {
  if (!fitted.includes(name))
    fail(
      `no free parameters are declared for ${JSON.stringify(name)}; fitted scenarios: ${fitted.join(', ')}`,
    );
}

function formatCandidate(set: FreeParameterSet, c: Candidate, targetIds: readonly string[]): string {
  const values = set.parameters.map((p, i) => `${p.id} = ${c.values[i]} ${p.unit}`).join(', ');
  const means = targetIds.map((id, k) => `${id} ${c.means[k]!.toPrecision(4)}`).join(', ');
  return `${values} → loss ${c.loss.toExponential(3)} (${means})`;
}

let wrote = false;
for (const set of FREE_PARAMETERS.filter((s) => wanted.includes(s.scenario))) {
  const targets = CALIBRATION_TARGETS.filter((t) => t.kind === 'fit' && t.scenario === set.scenario);
  const document = scenarioDocument(set.scenario);
  const start = set.parameters.map((p) => valueAtSetPath(document, p.placements[0].paths[0]!) as number);
  console.log(
    `${set.scenario}: ${set.parameters.length} free parameter(s), ${targets.length} fit targets, ` +
      `${replications} replications a candidate (seed ${SEED}, replications 0–${replications - 1}, the same for every candidate)`,
  );
  const result = refit({
    bounds: set.parameters,
    start,
    ranges: targets.map((t) => t.accept),
    evaluate: refitObjective({
      document,
      setValues: (d, v) => setFreeValues(d, set.scenario, set.parameters, v),
      targets,
      replications,
      seed: SEED,
    }),
    onCandidate: (c) =>
      console.log(
        `  ${formatCandidate(
          set,
          c,
          targets.map((t) => t.id),
        )}`,
      ),
  });
  console.log(`${set.scenario}: ${result.method}, ${result.trace.length} candidates; chosen:`);
  console.log(
    `  ${formatCandidate(
      set,
      result.best,
      targets.map((t) => t.id),
    )}`,
  );
  if (result.best.loss > 0)
    console.log('  (loss above 0: some fit target misses its range at the best values found)');
  if (flags.write) {
    const changed = result.best.values.some((v, i) => v !== start[i]);
    if (!changed) {
      console.log('  the chosen values are the current ones: nothing to write');
      continue;
    }
    for (const [scenario, list] of freeValueEdits(set, result.best.values)) {
      const file = scenarioFile(scenario);
      writeFileSync(file, writeNumbers(readFileSync(file, 'utf8'), list));
      console.log(`  wrote ${list.length} value(s) into ${file}`);
    }
    console.log(
      `  the files' sources and comments still quote the old values (${start.join(', ')}): update their prose.`,
    );
    wrote = true;
  }
}
if (wrote) {
  execFileSync(
    process.execPath,
    [
      '--conditions=@landport/source',
      '--import',
      'tsx',
      fileURLToPath(new URL('calibrate.ts', import.meta.url)),
    ],
    { stdio: 'inherit' },
  );
}
