// One-at-a-time sensitivity of a shipped scenario to the assumptions whose `sources` state a range
// (`assumption (range LOW–HIGH …): why`), written as a tornado chart:
// <out>/<scenario>-sensitivity.png, its spec (.vl.json), the numbers (.json), and a table on stdout.
//   pnpm --filter @landport/cli sensitivity <scenario> [--replications R] [--out folder] [--from numbers.json]
// --from redraws the chart from the numbers a previous run wrote, without running anything.
// Slow by design (2 × R replications per assumption): not run in CI.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tornadoChart } from '@landport/experiment';
import {
  assumptionRanges,
  carMeasures,
  isScenarioName,
  oneAtATime,
  rankAssumptions,
  type Sensitivity,
  scenarioDocument,
  scenarioNames,
  scenarioSources,
} from '@landport/scenarios';
import { rasterise } from '../src/report/chart-png.js';
import { renderSvg } from '../src/report/chart-svg.js';
import { findFontFiles } from '../src/report/font-files.js';

const SEED = 2024;

function fail(message: string): never {
  console.error(`sensitivity: ${message}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        replications: { type: 'string', default: '3' },
        from: { type: 'string' },
        out: { type: 'string', default: fileURLToPath(new URL('../../../docs/scenarios/', import.meta.url)) },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values: flags, positionals } = options();
const name = positionals[0];
if (name === undefined || !isScenarioName(name)) {
  fail(
    `expected the name of a shipped scenario (${scenarioNames().join(', ')}), got ${JSON.stringify(name ?? '')}`,
  );
}
const replications = Number(flags.replications);
if (!(Number.isInteger(replications) && replications >= 1)) {
  fail(`--replications: expected a whole number >= 1, got ${JSON.stringify(flags.replications)}`);
}
let ranges: ReturnType<typeof assumptionRanges>;
try {
  ranges = assumptionRanges(scenarioSources(name));
} catch (error) {
  fail((error as Error).message);
}
if (ranges.length === 0) {
  fail(`${name}: no source states a range as "assumption (range LOW–HIGH …): why"; see docs/calibration.md`);
}
const document = scenarioDocument(name);
const currency = (document.costs as { currency?: string } | undefined)?.currency ?? '';
const measures = carMeasures(currency);
function run(): Sensitivity {
  console.error(
    `${name}: ${ranges.length} assumptions × 2 ends + base, ${replications} replications each (seed ${SEED}, the same at every point)`,
  );
  return oneAtATime({
    document,
    ranges,
    measures,
    replications,
    seed: SEED,
    onRun: (label) => console.error(`  ${label}`),
  });
}
function saved(file: string): Sensitivity {
  try {
    const numbers = JSON.parse(readFileSync(file, 'utf8')) as Sensitivity;
    return { ...numbers, measures };
  } catch (error) {
    return fail(`--from ${file}: ${(error as Error).message}`);
  }
}
const sensitivity = flags.from === undefined ? run() : saved(flags.from);

const chart = tornadoChart(sensitivity, name);
const png = rasterise(await renderSvg(chart.spec), findFontFiles()).png;
const out = resolve(flags.out);
mkdirSync(out, { recursive: true });
for (const [file, content] of [
  [`${name}-sensitivity.png`, png],
  [`${name}-sensitivity.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`],
  [
    `${name}-sensitivity.json`,
    `${JSON.stringify({ ...sensitivity, measures: measures.map(({ read: _, ...m }) => m) }, null, 2)}\n`,
  ],
] as const) {
  const path = join(out, file);
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
  console.error(`wrote ${path}`);
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
console.log(
  `| Assumption | Range | ${measures.map((m) => `${m.title} (${m.unit}), base ${fmt(sensitivity.base[measures.indexOf(m)]!)}: low → high end`).join(' | ')} | Largest swing |`,
);
console.log(`| --- | --- | ${measures.map(() => '---').join(' | ')} | --- |`);
for (const { row, swing } of rankAssumptions(sensitivity)) {
  const cells = measures.map((_, k) => `${fmt(row.low[k]!)} → ${fmt(row.high[k]!)}`);
  const range = `${row.range.low}–${row.range.high}${row.range.unit === '' ? '' : ` ${row.range.unit}`} (${row.value})`;
  console.log(`| \`${row.range.path}\` | ${range} | ${cells.join(' | ')} | ${(swing * 100).toFixed(0)}% |`);
}
