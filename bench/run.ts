/**
 * The engine's performance bench: `pnpm bench` (full, under a minute on an idle 2-core machine) or
 * `pnpm bench -- --quick` (a smoke test for CI, about ten seconds).
 *
 * 1. Throughput: the M/M/c model (c = 10, λ = 9, μ = 1) in seven implementations, each in its own
 *    child process: one warm-up run, then the median of three timed runs; the ratios.
 * 2. Memory flatness: the engine's process and callback APIs at a horizon and at ten times it;
 *    the model's live memory and the peak RSS must not grow with the horizon.
 *
 * Output is markdown, to paste into docs/performance.md. Compare implementations by the ratios
 * within one run, not by absolute figures across runs or machines. The exit code is 1 if the
 * implementations disagree on the mean wait or memory grows; missed speed targets are reported,
 * not failed (timings on shared CI machines are too noisy to gate on).
 */
import os from 'node:os';
import type { ImplementationName } from './implementations.js';
import { flatnessTable, measureMemoryFlatness, memoryGrowth } from './memory.js';
import { erlangCMeanWait, standardParameters } from './mmc.js';
import { measureThroughput, ratioChecks, ratioTable, throughputTable } from './throughput.js';

const quick = process.argv.includes('--quick');
const customers = quick ? 100_000 : 1_000_000;
const horizons = quick ? [300_000, 3_000_000] : [1_000_000, 10_000_000];
// The four, plus rungs that place them: the fully specialised loop above the callback hand
// loop, the engine's calendar alone (schedule), the engine's own random streams (process-streams).
const compared: ImplementationName[] = [
  'switch-loop',
  'handloop',
  'schedule',
  'callback',
  'callback-seize',
  'process',
  'process-seize',
  'process-streams',
  'generator-floor',
  'generator-floor-direct',
  'js-simulator',
  'js-simulator-agents',
];
const flatnessChecked: ImplementationName[] = ['process', 'process-seize', 'callback', 'callback-seize'];

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const started = performance.now();
const cpus = os.cpus();

console.log(`# Landport bench${quick ? ' (--quick)' : ''}\n`);
console.log(
  `Node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}, ` +
    `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM\n`,
);

const parameters = standardParameters(customers);
const theoreticalWait = erlangCMeanWait(parameters);
console.log(`## M/M/c throughput: c = 10, λ = 9, μ = 1, ${customers.toExponential(0)} customers\n`);
const rows = measureThroughput(compared, customers, 1, 3, (name) => log(`throughput: ${name}…`));
console.log(throughputTable(rows, theoreticalWait));
// Same random numbers and a FIFO line give every customer the same wait in every implementation
// (RandomStream's −m·ln u may round differently from −ln(u)/λ in the last bit, hence a tolerance).
const reference = rows[0]!.meanWait;
const deviation = Math.max(...rows.map((row) => Math.abs(row.meanWait / reference - 1)));
const waitsAgree = deviation < 1e-9;
console.log(
  `\nMean waits ${waitsAgree ? 'agree' : 'DISAGREE'} across implementations (largest relative ` +
    `difference ${deviation.toExponential(1)}). The Erlang C value is the steady-state mean, which a ` +
    `run started empty approaches with autocorrelated error.\n`,
);
console.log(ratioTable(ratioChecks(rows)));

console.log(
  `\n## Memory flatness: peak RSS at ${horizons.map((h) => h.toExponential(0)).join(' and ')} customers\n`,
);
const flatness = measureMemoryFlatness(flatnessChecked, horizons, (name, n) =>
  log(`memory: ${name} × ${n}…`),
);
console.log(flatnessTable(flatness));
const notFlat = [...memoryGrowth(flatness).values()].filter((growth) => !growth.flat);

console.log(`\nTotal bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (!waitsAgree || notFlat.length > 0) process.exitCode = 1;
