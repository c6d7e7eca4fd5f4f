/**
 * The results-size bench: `pnpm bench:results-size` (builds, then a few minutes on a 2-core
 * machine). Each run is the built `landport run` as a user runs it, a child process of its own
 * under GNU time, with --no-charts (charts are a fixed cost, not one per replication):
 *
 * 1. Scale: 100, 1,000 and 10,000 replications of a short scenario (an M/M/4 queue for a day).
 *    Disk must grow linearly (the log's bytes per replication the same at every scale) and the
 *    peak RSS must stay flat (results stream to and from disk; nothing holds every replication).
 * 2. Full horizons (--no-charts: charts are a fixed cost, not one per replication): a handful of replications of horgos-2024 (a year) and of the timelines
 *    horgos-2023-2024 and kashgar-2023-2025, for the log's bytes per replication-year. A
 *    replication's record is a fixed part (its metrics, ~2 kB packed) plus parts proportional to
 *    the horizon (hourly series, daily detail), so bytes per replication-year is the figure that
 *    carries from one horizon to another.
 *
 * Output is markdown for docs/performance.md, "Results size". The exit code is 1 if the memory
 * or linearity target is missed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { noChartsOption, type TimedRun, timeLandport } from './batch-process.js';
import { HEAP_PROBE_FLAGS, heapProbeEnv, type LiveHeap, readLiveHeap } from './live-heap.js';
import { markdownTable } from './markdown-table.js';
import { type RecordParts, recordParts } from './record-parts.js';
import { SHORT_SCENARIO } from './short-scenario.js';

const SCALES = [100, 1000, 10_000];
/** Full-horizon scenarios and how many replications of each. */
const FULL_RUNS: [string, number][] = [
  ['horgos-2024', 4],
  ['horgos-2023-2024', 2],
  ['kashgar-2023-2025', 1],
];
/** Most the live heap after GC at 10,000 replications may exceed that at 100, per thread kind: "flat". */
const LIVE_HEAP_TOLERANCE_MB = 1;
/** Most the peak RSS of 10,000 replications may exceed that of 100, a fraction: "flat". */
const RSS_TOLERANCE = 0.1;
/** Most the log's bytes per replication may differ between 100 and 10,000 replications: "linear". */
const LINEAR_TOLERANCE = 0.02;
const LOG_FILE = 'replications.jsonl';

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const mb = (bytes: number | null): string => (bytes === null ? '–' : (bytes / 2 ** 20).toFixed(1));

const scratch = mkdtempSync(join(os.tmpdir(), 'landport-bench-size-'));
const noCharts = noChartsOption(scratch);
let runs = 0;

/** A finished run: its timing and its folder's sizes. */
interface SizedRun {
  run: TimedRun;
  replications: number;
  logBytes: number;
  folderBytes: number;
  /** Days the hourly `inSystem` series of series.csv covers. */
  days: number;
  /** Where the first record's bytes go. */
  parts: RecordParts;
  /** The live heap after GC, for a run with charts (null without). */
  heap: LiveHeap | null;
}

/** `landport run scenario`; with `charts`, charts on and the live-heap probe loaded. */
function landportRun(scenario: string, replications: number, charts = false): SizedRun {
  const id = runs++;
  const out = join(scratch, `run-${id}`);
  const probe = join(scratch, `heap-${id}`);
  const args = ['run', scenario, '--replications', String(replications), '--workers', '2', '--seed', '1'];
  const run = charts
    ? timeLandport([...args, '--quiet', '--out', out], scratch, HEAP_PROBE_FLAGS, heapProbeEnv(probe))
    : timeLandport([...args, ...noCharts, '--out', out], scratch);
  const folderBytes = readdirSync(out).reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
  const sized = {
    run,
    replications,
    logBytes: statSync(join(out, LOG_FILE)).size,
    folderBytes,
    days: seriesDays(join(out, 'series.csv')),
    parts: recordParts(readFileSync(join(out, LOG_FILE), 'utf8').split('\n')[0]!),
    heap: charts ? readLiveHeap(probe) : null,
  };
  rmSync(out, { recursive: true, force: true });
  return sized;
}

/** Days covered by the `inSystem` rows of a series.csv: their number times their spacing. */
function seriesDays(path: string): number {
  const times = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('inSystem,'))
    .map((line) => Number(line.split(',')[2]));
  if (times.length < 2) return Number.NaN;
  return (times.length * (times[1]! - times[0]!)) / 24;
}

const started = performance.now();
const cpus = os.cpus();
console.log('# Landport results-size bench\n');
console.log(
  `Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}; ` +
    `load average at start (1, 5, 15 min): ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}\n`,
);

// 1. Scale.
const scenario = join(scratch, 'short.yaml');
writeFileSync(scenario, SHORT_SCENARIO);
const scaled = SCALES.map((n) => {
  log(`scale: ${n} replications of the short scenario…`);
  return landportRun(scenario, n, true);
});
console.log(
  '## Disk and memory against the number of replications (M/M/4 for one day, 2 workers, charts on)\n',
);
console.log(
  markdownTable(
    [
      'replications',
      'log (kB)',
      'log per replication (bytes)',
      'folder (kB)',
      'folder per replication (bytes)',
      'peak RSS (MB)',
      'live heap after GC, main (MB)',
      'live heap after GC, worker (MB)',
      'wall (s)',
    ],
    scaled.map((s) => [
      s.replications.toLocaleString('en'),
      kb(s.logBytes),
      (s.logBytes / s.replications).toFixed(0),
      kb(s.folderBytes),
      (s.folderBytes / s.replications).toFixed(0),
      mb(s.run.peakRssBytes),
      mb(s.heap?.mainBytes ?? null),
      mb(s.heap?.workerBytes ?? null),
      s.run.wallSeconds.toFixed(1),
    ]),
    [true, true, true, true, true, true, true, true, true],
  ),
);
const first = scaled[0]!;
const last = scaled.at(-1)!;
const perReplication = (s: SizedRun) => s.logBytes / s.replications;
const drift = perReplication(last) / perReplication(first) - 1;
const rssGrowth =
  first.run.peakRssBytes === null || last.run.peakRssBytes === null
    ? null
    : last.run.peakRssBytes / first.run.peakRssBytes - 1;
const heapGrowth = (which: 'mainBytes' | 'workerBytes') => (last.heap![which] - first.heap![which]) / 2 ** 20;
const heapFlat =
  heapGrowth('mainBytes') <= LIVE_HEAP_TOLERANCE_MB && heapGrowth('workerBytes') <= LIVE_HEAP_TOLERANCE_MB;
const rssFlat = rssGrowth === null || rssGrowth <= RSS_TOLERANCE;
const linear = Math.abs(drift) <= LINEAR_TOLERANCE;
const flat = heapFlat && rssFlat;
const signed = (x: number, digits: number) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
console.log(
  `\nLog bytes per replication at ${last.replications.toLocaleString('en')} against ${first.replications}: ` +
    `${(drift * 100).toFixed(2)}% (target within ${LINEAR_TOLERANCE * 100}%: ${linear ? 'met' : 'MISSED'}). ` +
    `Live heap after GC at ${last.replications.toLocaleString('en')} against ${first.replications}: main thread ` +
    `${signed(heapGrowth('mainBytes'), 2)} MB, workers ${signed(heapGrowth('workerBytes'), 2)} MB (target within ` +
    `${LIVE_HEAP_TOLERANCE_MB} MB: ${heapFlat ? 'met' : 'MISSED'}). ` +
    (rssGrowth === null
      ? 'No peak RSS: /usr/bin/time (GNU time) is not installed.'
      : `Peak RSS ${signed(rssGrowth * 100, 1)}% (target within ${RSS_TOLERANCE * 100}%: ${rssFlat ? 'met' : 'MISSED'}).`) +
    ' The folder is the log plus outputs of fixed size (series.csv, daily.csv, summary.json, the charts and report) ' +
    'and replications.csv, one row per replication.\n',
);

// 2. Full horizons.
const full = FULL_RUNS.map(([name, n]) => {
  log(`full horizon: ${n} replications of ${name}…`);
  return { name, sized: landportRun(name, n) };
});
console.log('## Log size per replication-year (full horizons, 2 workers)\n');
console.log(
  markdownTable(
    [
      'scenario',
      'replications',
      'horizon recorded (days)',
      'log per replication (kB)',
      'log per replication-year (kB)',
      'peak RSS (MB)',
    ],
    full.map(({ name, sized }) => [
      name,
      String(sized.replications),
      sized.days.toFixed(0),
      kb(perReplication(sized)),
      kb((perReplication(sized) * 365) / sized.days),
      mb(sized.run.peakRssBytes),
    ]),
    [false, true, true, true, true, true],
  ),
);
console.log("\n## Where a record's bytes go, per replication-year (kB; each part compressed alone)\n");
console.log(
  markdownTable(
    ['scenario', 'metric names', 'metric values', 'series', 'daily detail', 'packed', 'line (text)'],
    full.map(({ name, sized }) => {
      const year = (bytes: number) => kb((bytes * 365) / sized.days);
      const p = sized.parts;
      return [
        name,
        year(p.names),
        year(p.metrics),
        year(p.series),
        year(p.detail),
        year(p.packed),
        year(p.line),
      ];
    }),
    [false, true, true, true, true, true, true],
  ),
);
console.log(
  '\nA replication-year is 365 days of one replication. kB = 1,000 bytes.' +
    `\n\nTotal bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
rmSync(scratch, { recursive: true, force: true });
if (!linear || !flat) process.exitCode = 1;
