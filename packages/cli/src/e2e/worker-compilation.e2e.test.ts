/**
 * How a batch's worker threads optimise their code. They compile on their own threads
 * (batch/synchronous-compilation.ts), so that no background TurboFan job of a worker outlives it
 * when the pool stops the worker: V8's `--trace-opt` says how it compiled each function, and run
 * with it, the built CLI shows how the functions that only a replication runs, so only a worker,
 * were compiled; a bare Node worker shows V8's default, for contrast. And a long batch's workers
 * inline with a wider budget (batch/inlining-budget.ts): `--trace-turbo-inlining` names each
 * function inlined, and the lognormal draw's `exp` is inlined with that budget but never by V8's
 * defaults. They also load the model from the modules tsc built rather than from the bundle
 * (unbundled-border-model.ts), which the start-up test's module log shows.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ensureBuilt,
  FIXTURES,
  landport,
  REPO_ROOT,
  removeFolder,
  scratchFolder,
} from './landport-process.js';
import { borderModelsLogged, moduleLogEnv } from './module-log.js';

let dir: string | undefined;

beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('worker-compilation');
});
afterAll(() => removeFolder(dir));

/** Each TurboFan compilation in a `--trace-opt` output: the function's name and the mode. */
function compilations(trace: string): { name: string; mode: string }[] {
  // "[compiling method 0x… <JSFunction name (sfi = 0x…)> (target TURBOFAN), mode: ConcurrencyMode::kSynchronous]"
  const line = /\[compiling method \S+ <JSFunction (\S+) .*mode: ConcurrencyMode::(k\w+)\]/g;
  return [...trace.matchAll(line)].map(([, name, mode]) => ({ name: name!, mode: mode! }));
}

/** Functions of the border model that only a replication runs. */
const WORKER_ONLY = ['changeWaiting', 'waitForNext', 'laneChange', 'leavePort', 'proceed'];
/**
 * Of those, the one that V8 always compiles on its own: the journey's step function (far above the
 * inlining budget). The small ones may be inlined into their callers instead, depending on V8's
 * heuristics.
 */
const ALWAYS_COMPILED = ['proceed'];

it("V8's default, for contrast: a worker of a bare Node process compiles its hot function in the background", async () => {
  const hot =
    'function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) * (i & 7); return s; }';
  const worker = `${hot} let t = 0; for (let k = 0; k < 5000; k++) t += hot(1000);`;
  const main = `new (require('node:worker_threads').Worker)(${JSON.stringify(worker)}, { eval: true });`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--trace-opt', '-e', main]);
  expect(compilations(stdout).filter((c) => c.name === 'hot')[0]?.mode).toBe('kConcurrent');
});

it("a batch's workers compile every function on their own thread", async () => {
  const args = ['run', join(FIXTURES, 'mmc.yaml'), '--horizon', '30d', '-r', '4', '--workers', '2'];
  const run = await landport([...args, '-q', '--no-charts', '-o', 'out'], dir!, ['--trace-opt']);
  expect(run.code, run.stderr).toBe(0);
  const inWorkers = compilations(run.stdout).filter((c) => WORKER_ONLY.includes(c.name));
  for (const name of ALWAYS_COMPILED) expect(inWorkers.map((c) => c.name)).toContain(name);
  expect(new Set(inWorkers.map((c) => c.mode))).toEqual(new Set(['kSynchronous']));
});

/** Each (function inlined, function it was inlined into) in a `--trace-turbo-inlining` output, by name. */
function inlinings(trace: string): { name: string; into: string }[] {
  // "Inlining 0x… {0x… <SharedFunctionInfo exp>} into 0x… {0x… <SharedFunctionInfo startService>}"
  const line =
    /^Inlining \S+ \{\S+ <SharedFunctionInfo (\S*)>\} into \S+ \{\S+ <SharedFunctionInfo (\S*)>\}$/gm;
  return [...trace.matchAll(line)].map(([, name, into]) => ({ name: name!, into: into! }));
}

/**
 * Whether `exp` was inlined anywhere. Its bytecode (545 bytes) is over V8's default limit for one
 * function (460), a hard rule: with V8's budget it never is. With the wider one, which callers it
 * goes into (the lognormal draw, the service start) depends on what TurboFan has seen when it
 * optimises them, which the machine's load can change (the GC's timing does).
 */
function expInlined(trace: string): boolean {
  return inlinings(trace).some((i) => i.name === 'exp');
}

/** A script that runs two 10-day replications of horgos-2024 through the built sim-core. */
function replicationsScript(): string {
  const sim = JSON.stringify(join(REPO_ROOT, 'packages/sim-core/dist/border/index.js'));
  const scenarios = JSON.stringify(join(REPO_ROOT, 'packages/scenarios/dist/index.js'));
  return `(async () => {
const { runBorderReplication } = await import(${sim});
const { loadScenario } = await import(${scenarios});
const scenario = { ...loadScenario('horgos-2024') };
scenario.calendar = { ...scenario.calendar, horizon: 10 * 1440 }; // minutes, once validated
for (const replication of [0, 1]) runBorderReplication(scenario, { seed: 1, replication });
})();`;
}

/** Runs `script` in a Node process with `--trace-turbo-inlining`; resolves with its output. */
async function traceInlining(script: string): Promise<string> {
  const run = promisify(execFile)(process.execPath, ['--trace-turbo-inlining', '-e', script], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return (await run).stdout;
}

it("V8's default, for contrast: a replication in a bare Node process calls exp out of line", async () => {
  const trace = await traceInlining(replicationsScript());
  // TurboFan did optimise the service start, inlining the draw's small functions, but not exp.
  expect(inlinings(trace).some((i) => i.into === 'startService')).toBe(true);
  expect(expInlined(trace)).toBe(false);
});

it('with the wider budget set in the main thread, a worker thread started after inlines exp', async () => {
  // As the worker pool of a long batch sets up its workers: compiled on their own thread, and the budget.
  const batch = (file: string) => JSON.stringify(join(REPO_ROOT, 'packages/cli/dist/batch', file));
  const script = `Promise.all([import(${batch('synchronous-compilation.js')}), import(${batch('inlining-budget.js')})])
  .then(([{ compileWorkersSynchronously }, { widenInliningBudget }]) => {
    compileWorkersSynchronously();
    widenInliningBudget();
    new (require('node:worker_threads').Worker)(${JSON.stringify(replicationsScript())}, { eval: true });
  });`;
  expect(expInlined(await traceInlining(script))).toBe(true);
});

it("a short batch, which would not repay the longer compiles, keeps V8's budget", async () => {
  // Two 5-day replications of horgos-2024: about 42,000 events, far below the threshold.
  const args = ['run', 'horgos-2024', '--horizon', '5d', '-r', '2', '--workers', '2'];
  const run = await landport([...args, '-q', '--no-charts', '-o', 'short'], dir!, ['--trace-turbo-inlining']);
  expect(run.code, run.stderr).toBe(0);
  expect(inlinings(run.stdout).some((i) => i.into === 'startService')).toBe(true);
  expect(expInlined(run.stdout)).toBe(false);
});

/** The border model modules a `landport ...args` process loaded (main thread and workers), from the module log. */
async function borderModelsLoaded(args: readonly string[], name: string): Promise<string[]> {
  const log = join(dir!, `${name}.modules`);
  const run = await landport([...args, '-q', '--no-charts', '-o', name], dir!, [], moduleLogEnv(log));
  expect(run.code, run.stderr).toBe(0);
  return borderModelsLogged(log);
}

it("a short batch's workers load the bundle's model; a long one's, the modules tsc built", async () => {
  const mmc = join(FIXTURES, 'mmc.yaml');
  const short = await borderModelsLoaded(['run', mmc, '-r', '2', '-w', '1'], 'bundle-model');
  expect(short).toEqual(['dist/bundle/border-replication.js']);
  // Up to 100,000 replications of 2 days (about 290 million events) make a long batch to plan for;
  // an easy precision target stops it after the first round of 2.
  const long = ['run', mmc, '-r', '2', '--max-replications', '100000', '-w', '1'];
  const precision = ['--precision', 'station.server.utilisation=50%'];
  expect(await borderModelsLoaded([...long, ...precision], 'unbundled-model')).toEqual([
    'dist/border-replication.js',
  ]);
});
