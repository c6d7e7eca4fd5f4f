/**
 * A batch's worker threads optimise their code on their own threads
 * (batch/synchronous-compilation.ts), so that no background TurboFan job of a worker outlives it
 * when the pool stops the worker. V8's `--trace-opt` says how it compiled each function: run with
 * it, the built CLI shows how the functions that only a replication runs, so only a worker, were
 * compiled; a bare Node worker shows V8's default, for contrast.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, landport, removeFolder, scratchFolder } from './landport-process.js';

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
