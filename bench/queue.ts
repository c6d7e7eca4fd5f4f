/**
 * The work queue's bench: `pnpm bench:queue` (about five minutes on a 2-core machine).
 *
 * The same batch three ways on this machine: `landport run` with 1 and 2 worker threads, and
 * `landport submit` + `landport collect` with 1 and 2 `landport worker` processes, on a private
 * redis-server on the loopback (no network: what is measured is the queue's own cost, i.e. job
 * hand-offs, Redis round trips, compressing and storing each output, reading them back).
 *
 * Two measures per configuration, each the median of three runs:
 * - wall time, as replications per second: for `run`, the whole command; for the queue, from
 *   the start of `submit` to the end of `collect`, the workers having been started beforehand
 *   and idle, as in a deployment (their replication thread is cold all the same: the first job
 *   pays the JIT warm-up, as `run`'s pool does). Both include the start-up of their processes
 *   (~0.5 s each) and writing the results folder, charts and report.html excepted (--no-charts:
 *   drawing them is the same work either way);
 * - CPU time (user + system, all threads) of every process involved: `run`; or submit, collect,
 *   the workers and redis-server during the batch. On a shared machine the wall time depends on
 *   what else runs; the CPU time less so.
 *
 * Two batches: 1000 one-hour replications (~1 ms each), submitted in jobs of 1 and of 50
 * replications, whose difference divided by the 980 jobs saved is the cost of a job (start-ups
 * cancel out); and 200 thirty-day replications (~70 ms each) in the default jobs, closer to real
 * use, where the queue's whole overhead shows against `run`. The queue's summary.json is checked byte-identical to `run`'s; the exit code is 1 if not.
 * Output is markdown, for the "Work queue" section of docs/performance.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processCpuSeconds, timedCommand } from './cpu-time.js';
import { startLocalRedis } from './local-redis.js';
import { markdownTable } from './markdown-table.js';

// Compiled to bench/dist/queue.js: the repository is two folders up from there.
const root = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../' : '../', import.meta.url));
const binary = join(root, 'packages/cli/bin/landport.js');
const RUNS = 3;

/** A batch and the job sizes it is submitted with (undefined: the default, ⌈n/100⌉). */
interface Batch {
  readonly label: string;
  readonly args: readonly string[];
  readonly replications: number;
  readonly chunks: readonly (number | undefined)[];
}

const batches: Batch[] = [
  {
    label: '1-hour replications',
    args: ['horgos-2024', '--horizon', '1h'],
    replications: 1000,
    chunks: [1, 50],
  },
  {
    label: '30-day replications',
    args: ['horgos-2024', '--horizon', '30d'],
    replications: 200,
    chunks: [undefined],
  },
];

/** One measured run. */
interface Sample {
  wall: number;
  cpu: number;
}

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const scratch = mkdtempSync(join(os.tmpdir(), 'landport-bench-queue-'));
const redis = await startLocalRedis();
let identical = true;
let folder = 0;

try {
  const cpus = os.cpus();
  console.log('# Landport work-queue bench\n');
  console.log(
    `Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `redis-server on the loopback; median of ${RUNS} runs; load average at the start ${os.loadavg()[0]!.toFixed(1)}.\n`,
  );
  const rows: string[][] = [];
  // The 1-hour batch through the queue with one worker, by number of jobs.
  const byJobs = new Map<number, Sample>();
  for (const batch of batches) {
    const common = [...batch.args, '--replications', String(batch.replications), '--seed', '1'];
    for (const workers of [1, 2]) {
      let reference = '';
      const run = await repeat(`${batch.label}: run, ${workers} workers`, async () => {
        const out = join(scratch, String(folder++));
        const timed = await timedCommand(process.execPath, [
          binary,
          'run',
          ...common,
          '--workers',
          String(workers),
          '--out',
          out,
          '--quiet',
          '--no-charts',
        ]);
        reference = readFileSync(join(out, 'summary.json'), 'utf8');
        return { wall: timed.wallSeconds, cpu: timed.cpuSeconds };
      });
      rows.push(row(batch, '`landport run`', '—', workers, run, run));
      for (const chunk of batch.chunks) {
        const queue = await repeat(
          `${batch.label}: queue, chunk ${chunk ?? 'default'}, ${workers} workers`,
          async () => {
            const out = join(scratch, String(folder++));
            const sample = await throughQueue(common, chunk, workers, out);
            if (readFileSync(join(out, 'summary.json'), 'utf8') !== reference) {
              identical = false;
              log(`summary.json of ${out} differs from that of \`landport run\``);
            }
            return sample;
          },
        );
        const size = chunk ?? Math.min(20, Math.ceil(batch.replications / 100));
        const label = chunk === undefined ? `${size} (default)` : String(size);
        rows.push(row(batch, 'queue', label, workers, queue, run));
        if (workers === 1 && batch.chunks.length > 1) byJobs.set(Math.ceil(batch.replications / size), queue);
      }
    }
  }
  console.log(
    markdownTable(
      ['batch', 'how', 'chunk', 'workers', 'wall s', 'replications/s', 'CPU ms / replication', 'CPU vs run'],
      rows,
      [false, false, true, true, true, true, true, true],
    ),
  );
  // The cost of a job, start-ups aside: the same replications in 1000 jobs and in 20.
  const [[manyJobs, many], [fewJobs, few]] = [...byJobs] as [[number, Sample], [number, Sample]];
  const perJob = (x: number, y: number) => fixed((1000 * (x - y)) / (manyJobs - fewJobs));
  console.log(
    `\nCost of a job (1-hour batch, 1 worker, ${manyJobs} jobs against ${fewJobs}): ` +
      `${perJob(many.wall, few.wall)} ms of wall time, ${perJob(many.cpu, few.cpu)} ms of CPU`,
  );
  console.log(`\nqueue results byte-identical to \`landport run\`: ${identical ? 'yes' : 'NO'}`);
} finally {
  await redis.stop();
  rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = identical ? 0 : 1;

function row(batch: Batch, how: string, chunk: string, workers: number, s: Sample, run: Sample): string[] {
  return [
    `${batch.replications} × ${batch.label}`,
    how,
    chunk,
    String(workers),
    fixed(s.wall),
    fixed(batch.replications / s.wall),
    fixed((1000 * s.cpu) / batch.replications),
    (s.cpu / run.cpu).toFixed(2),
  ];
}

/** A batch through the queue: `workers` idle workers started first, then timed from submit to the end of collect. */
async function throughQueue(
  common: string[],
  chunk: number | undefined,
  workers: number,
  out: string,
): Promise<Sample> {
  const started = Array.from({ length: workers }, () => startWorker());
  try {
    await Promise.all(started.map((worker) => worker.ready));
    const pids = [redis.pid, ...started.map((worker) => worker.child.pid!)];
    const before = pids.map(processCpuSeconds);
    const t0 = performance.now();
    const chunkArgs = chunk === undefined ? [] : ['--chunk', String(chunk)];
    const submit = await timedCommand(process.execPath, [
      binary,
      'submit',
      ...common,
      ...chunkArgs,
      '--queue',
      redis.url,
      '--quiet',
    ]);
    const id = submit.stdout.trim();
    const collect = await timedCommand(process.execPath, [
      binary,
      'collect',
      id,
      '--queue',
      redis.url,
      '--out',
      out,
      '--quiet',
      '--no-charts',
    ]);
    const wall = (performance.now() - t0) / 1000;
    const during = pids.map(processCpuSeconds).reduce((sum, cpu, k) => sum + cpu - before[k]!, 0);
    return { wall, cpu: submit.cpuSeconds + collect.cpuSeconds + during };
  } finally {
    for (const worker of started) worker.child.kill('SIGTERM');
    await Promise.all(started.map((worker) => worker.exited));
  }
}

function startWorker(): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
  const child = spawn(process.execPath, [binary, 'worker', '--queue', redis.url], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (data: Buffer) => {
      stderr += data.toString();
      if (stderr.includes('taking jobs from')) resolve();
    });
    child.once('exit', () => reject(new Error(`worker exited early:\n${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, ready, exited };
}

/** Runs `measure` RUNS times; the median of wall and CPU time, each on its own. */
async function repeat(label: string, measure: () => Promise<Sample>): Promise<Sample> {
  const samples: Sample[] = [];
  for (let k = 0; k < RUNS; k++) {
    const sample = await measure();
    samples.push(sample);
    log(`${label}: ${sample.wall.toFixed(2)} s, ${sample.cpu.toFixed(2)} CPU s`);
  }
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function fixed(x: number): string {
  return x.toFixed(Math.abs(x) < 10 ? 2 : 1);
}
