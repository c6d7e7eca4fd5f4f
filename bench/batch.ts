/**
 * The batch bench: `pnpm bench:batch` (builds, then about two minutes on an idle 2-core machine).
 * It times the built `landport` binary as a user runs it, each run a child process of its own,
 * one at a time:
 *
 * 1. Parallel efficiency: 100 replications of 30 days of horgos-2024 with --workers 1, then 2,
 *    in pairs until three pairs ran undisturbed (other programs used under a tenth of a core, by
 *    /proc/stat), at most eight; the target is 2 workers ≥ 1.7× one. CPU time is reported
 *    beside: it tells the work parallelism adds apart from the cores other programs took.
 * 2. Long runs: one replication of a year of horgos-2024 (median of three), and the 100
 *    replications of 30 days above, with events per second (the engine's calendar entries, from
 *    the summary's `events` metric).
 * 3. Memory: the peak RSS of batches of 10, 1,000 and 10,000 replications of a short scenario;
 *    results stream to disk, so 1,000 replications should peak within a few MB of 10. Also with
 *    V8's young generation fixed, to show how much of any difference is V8 growing each
 *    thread's heap to its allocation rate rather than data the batch keeps.
 *
 * Output is markdown for docs/performance.md, "Batches (landport run)". The machine's load
 * average is printed beside the figures: on a shared machine, timings are only as good as it is
 * idle. The exit code is 1 if the memory target is missed; a missed speed target is reported,
 * not failed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { noChartsOption, type TimedRun, timeLandport } from './batch-process.js';
import { median } from './child-measurement.js';
import { markdownTable } from './markdown-table.js';
import { SHORT_SCENARIO } from './short-scenario.js';

const ROUNDS = 3;
/** Pairs tried at most while waiting for ROUNDS undisturbed ones. */
const MAX_PAIRS = 8;
/** A run is undisturbed if other programs used less than this many cores' worth of CPU during it. */
const QUIET = 0.1;
const YEAR_RUNS = 3;
const PARALLEL_REPLICATIONS = 100;
/** How much more a 1,000-replication batch may peak than a 10-replication one: "a few MB". */
const MEMORY_TOLERANCE_MB = 5;
/** Node flags fixing V8's young generation (semi-spaces of 2 MB instead of growing to 16 MB). */
const FIXED_NURSERY = ['--max-semi-space-size=2'];

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
const seconds = (x: number): string => x.toFixed(2);
const rate = (x: number): string => x.toPrecision(3);
const mb = (bytes: number | null): string => (bytes === null ? '–' : (bytes / 2 ** 20).toFixed(1));

const scratch = mkdtempSync(join(os.tmpdir(), 'landport-bench-'));
const noCharts = noChartsOption(scratch);
let runs = 0;
/** A timed `landport run` and its results folder. */
type BatchRun = TimedRun & { out: string };
/** Runs `landport run ...args` into a fresh folder, with Node flags `flags`. */
const landportRun = (args: readonly string[], flags: readonly string[] = []): BatchRun => {
  const out = join(scratch, `run-${runs++}`);
  return { ...timeLandport(['run', ...args, ...noCharts, '--out', out], scratch, flags), out };
};
/** The mean of a metric in a run's summary.json. */
const summaryMean = (run: BatchRun, metric: string): number =>
  (
    JSON.parse(readFileSync(join(run.out, 'summary.json'), 'utf8')) as {
      metrics: Record<string, { mean: number }>;
    }
  ).metrics[metric]!.mean;

const started = performance.now();
const cpus = os.cpus();
console.log('# Landport batch bench\n');
console.log(
  `Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; load average at start (1, 5, 15 min): ${load()}\n`,
);

// 1. Parallel efficiency: pairs of runs (1 worker, then 2) until ROUNDS pairs ran undisturbed.
const parallelArgs = ['horgos-2024', '--horizon', '30d', '--replications', String(PARALLEL_REPLICATIONS)];
/** Cores' worth of CPU other programs used during a run (0 on an idle machine). */
const disturbance = (run: BatchRun): number => (run.othersCpuSeconds ?? Number.NaN) / run.wallSeconds;
const pairs: { one: BatchRun; two: BatchRun }[] = [];
for (let attempt = 0; attempt < MAX_PAIRS && pairs.filter(isQuiet).length < ROUNDS; attempt++) {
  log(`parallel: pair ${attempt + 1} (--workers 1, then 2)…`);
  const one = landportRun([...parallelArgs, '--workers', '1']);
  const two = landportRun([...parallelArgs, '--workers', '2']);
  pairs.push({ one, two });
}
function isQuiet(pair: { one: BatchRun; two: BatchRun }): boolean {
  return disturbance(pair.one) < QUIET && disturbance(pair.two) < QUIET;
}
const quiet = pairs.filter(isQuiet);
const counted = quiet.length > 0 ? quiet : pairs;
const ratio = (pair: { one: BatchRun; two: BatchRun }) => pair.two.batchRate! / pair.one.batchRate!;
console.log(
  `## Parallel efficiency: ${PARALLEL_REPLICATIONS} replications of 30 days of horgos-2024, --workers 1 against 2\n`,
);
console.log(
  markdownTable(
    [
      'pair',
      'replications/s, 1 worker',
      '2 workers',
      'ratio',
      'whole-process ratio',
      'CPU (s), 1 worker',
      '2 workers',
      "others' cores, 1 worker",
      '2 workers',
    ],
    pairs.map((pair, k) => [
      `${k + 1}${isQuiet(pair) ? '' : ' (disturbed)'}`,
      rate(pair.one.batchRate!),
      rate(pair.two.batchRate!),
      `${ratio(pair).toFixed(2)}×`,
      `${(pair.one.wallSeconds / pair.two.wallSeconds).toFixed(2)}×`,
      seconds(pair.one.cpuSeconds ?? Number.NaN),
      seconds(pair.two.cpuSeconds ?? Number.NaN),
      disturbance(pair.one).toFixed(2),
      disturbance(pair.two).toFixed(2),
    ]),
    [false, true, true, true, true, true, true, true, true],
  ),
);
const speedUp = median(counted.map(ratio));
const cpuRatio = median(counted.map((pair) => pair.two.cpuSeconds! / pair.one.cpuSeconds!));
console.log(
  `\n"replications/s" is the batch's own rate (from its start, worker threads included, to its last ` +
    `replication); the whole-process ratio also counts Node's start-up and the writing of outputs. ` +
    `Over the ${counted.length} ${quiet.length > 0 ? 'undisturbed' : '(all disturbed)'} pairs (others < ` +
    `${QUIET} of a core): 2 workers / 1 worker = ${speedUp.toFixed(2)}× (median; target ≥ 1.7×: ` +
    `${speedUp >= 1.7 ? 'met' : 'MISSED'}); CPU time ${cpuRatio.toFixed(2)}× (the work parallelism adds). ` +
    `Load average now: ${load()}\n`,
);

// 2. Long runs.
const year = Array.from({ length: YEAR_RUNS }, (_, k) => {
  log(`long: a year of horgos-2024, run ${k + 1}…`);
  return landportRun(['horgos-2024', '--replications', '1', '--workers', '1']);
}).sort((a, b) => a.wallSeconds - b.wallSeconds)[YEAR_RUNS >> 1]!;
const hundred = [...counted.map((pair) => pair.two)].sort((a, b) => a.wallSeconds - b.wallSeconds)[
  counted.length >> 1
]!;
log('long: start-up cost (one replication of one day)…');
const overhead = landportRun(['horgos-2024', '--horizon', '1d', '--replications', '1', '--workers', '1']);
const longRows = [
  [`a year of horgos-2024, 1 replication, 1 worker (median of ${YEAR_RUNS})`, year, 1],
  [
    `30 days of horgos-2024, ${PARALLEL_REPLICATIONS} replications, 2 workers (median above)`,
    hundred,
    PARALLEL_REPLICATIONS,
  ],
  ['1 day of horgos-2024, 1 replication, 1 worker (start-up cost)', overhead, 1],
] as const;
console.log('## Long runs\n');
console.log(
  markdownTable(
    ['run', 'wall (s)', 'CPU (s)', 'events', 'events/s of wall', 'events/s less start-up', "others' cores"],
    longRows.map(([name, run, replications]) => {
      const events = summaryMean(run, 'events') * replications;
      return [
        name,
        seconds(run.wallSeconds),
        run.cpuSeconds === null ? '–' : seconds(run.cpuSeconds),
        events.toExponential(3),
        run === overhead ? '–' : (events / run.wallSeconds).toExponential(2),
        run === overhead ? '–' : (events / (run.wallSeconds - overhead.wallSeconds)).toExponential(2),
        disturbance(run).toFixed(2),
      ];
    }),
    [false, true, true, true, true, true, true],
  ),
);
console.log(`\nLoad average now: ${load()}\n`);

// 3. Memory.
const scenario = join(scratch, 'short.yaml');
writeFileSync(scenario, SHORT_SCENARIO);
const memoryPlan: [number, readonly string[]][] = [
  [10, []],
  [1000, []],
  [10_000, []],
  [10, FIXED_NURSERY],
  [1000, FIXED_NURSERY],
];
const memory = memoryPlan.map(([replications, flags]) => {
  log(`memory: ${replications} replications ${flags.join(' ')}…`);
  const run = landportRun([scenario, '--replications', String(replications), '--workers', '2'], flags);
  return { replications, flags: flags.join(' '), run };
});
console.log('## Peak memory against the number of replications (M/M/4 for one day, 2 workers)\n');
console.log(
  markdownTable(
    ['replications', 'Node flags', 'wall (s)', 'peak RSS (MB)'],
    memory.map((m) => [
      String(m.replications),
      m.flags === '' ? '(defaults)' : m.flags,
      seconds(m.run.wallSeconds),
      mb(m.run.peakRssBytes),
    ]),
    [true, false, true, true],
  ),
);
/** Peak RSS of `large` replications less that of `small`, MB, with Node flags `flags`. */
const growth = (small: number, large: number, flags: readonly string[] = []): number | null => {
  const peak = (n: number) =>
    memory.find((m) => m.replications === n && m.flags === flags.join(' '))?.run.peakRssBytes ?? null;
  const [a, b] = [peak(small), peak(large)];
  return a === null || b === null ? null : (b - a) / 2 ** 20;
};
const defaultGrowth = growth(10, 1000);
const laterGrowth = growth(1000, 10_000);
const fixedGrowth = growth(10, 1000, FIXED_NURSERY);
console.log(
  defaultGrowth === null || laterGrowth === null || fixedGrowth === null
    ? '\nNo peak RSS: /usr/bin/time (GNU time) is not installed.'
    : `\n1,000 replications peak ${defaultGrowth.toFixed(1)} MB above 10 (target: within ${MEMORY_TOLERANCE_MB} MB: ` +
        `${Math.abs(defaultGrowth) <= MEMORY_TOLERANCE_MB ? 'met' : 'MISSED'}); with the young generation fixed, ` +
        `${fixedGrowth.toFixed(1)} MB; 10,000 replications peak ${laterGrowth.toFixed(1)} MB above 1,000.`,
);

console.log(
  `\nLoad average at the end: ${load()}. Total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
rmSync(scratch, { recursive: true, force: true });
if (defaultGrowth !== null && defaultGrowth > MEMORY_TOLERANCE_MB) process.exitCode = 1;
