/**
 * Runs the built `landport` binary as a child process, for the end-to-end tests: exactly what a
 * user or a CI job runs, so exit codes, stdout/stderr separation, signals and files on disk are
 * tested as they are met, not through the library.
 */
import { type ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_ENTRY, staleBuild } from './build-freshness.js';

/** The repository root (this file is at packages/cli/{src,dist}/e2e/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The `landport` executable script. */
export const LANDPORT_BIN = join(REPO_ROOT, 'packages/cli/bin/landport.js');

/** The scenario files of the tests (sources, not built: YAML is not compiled). */
export const FIXTURES = join(REPO_ROOT, 'packages/cli/src/e2e/fixtures');

/** The files `landport run` writes into a results folder. */
export const RESULT_FILES = [
  'manifest.json',
  'replications.jsonl',
  'replications.csv',
  'series.csv',
  'daily.csv',
  'summary.json',
] as const;

/**
 * The files that are byte-identical between any two runs of the same replications: all but
 * replications.jsonl, which is in completion order.
 */
export const REPRODUCIBLE_FILES = [
  'manifest.json',
  'replications.csv',
  'series.csv',
  'daily.csv',
  'summary.json',
] as const;

/** How a `landport` process ended. */
export interface LandportExit {
  /** Exit code, or null if killed by a signal. */
  code: number | null;
  /** The signal that killed it, or null. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A running `landport` process. */
export interface LandportProcess {
  child: ChildProcess;
  /** Settles when the process has exited and its output streams are closed. */
  exit: Promise<LandportExit>;
}

/**
 * Refuses to test a stale build. The test run's global setup (build-before-tests.ts, named in
 * vitest.config.ts) has rebuilt whatever was older than its sources, once for all test files; a
 * build still stale here means that setup did not run (another config) or its build failed.
 */
export function ensureBuilt(): void {
  const stale = staleBuild();
  if (stale === null) return;
  throw new Error(
    `the end-to-end tests run the built CLI, and the build is stale: ${stale.reason}. ` +
      'Run `pnpm build` (the global setup in vitest.config.ts does it before `pnpm test`).',
  );
}

/**
 * Starts `landport ...args` in `cwd` with stdout and stderr piped (so not a terminal: plain progress
 * lines); `nodeOptions` go to Node before the script, and `env` is added to this process's environment.
 */
export function startLandport(
  args: readonly string[],
  cwd: string,
  nodeOptions: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): LandportProcess {
  const child = spawn(process.execPath, [...nodeOptions, LANDPORT_BIN, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exit = new Promise<LandportExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, exit };
}

/** Runs `landport ...args` in `cwd` to the end (`nodeOptions`: as {@link startLandport}). */
export function landport(
  args: readonly string[],
  cwd: string,
  nodeOptions: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<LandportExit> {
  return startLandport(args, cwd, nodeOptions, env).exit;
}

/** One command of {@link landportCommands}: the arguments after `landport`, and its working folder. */
export interface LandportCommand {
  args: readonly string[];
  cwd: string;
}

/**
 * Runs `commands` one after another in a single Node process (landport-commands.mjs), each in its
 * own working folder with its own stdout and stderr, and returns one promise per command that
 * settles when that command ends: for the many short commands of one test file, what
 * {@link landport} would give, for one process's start-up instead of one per command. The
 * commands must each end by themselves (no signals: use {@link startLandport} for those); the
 * code is main()'s exit code, and signal is always null. Start it once the commands' folders are
 * prepared (in beforeAll); if the process dies, every command not yet ended rejects.
 */
export function landportCommands(commands: readonly LandportCommand[]): Promise<LandportExit>[] {
  const runner = fileURLToPath(new URL('./landport-commands.mjs', import.meta.url));
  const child = fork(runner, [join(REPO_ROOT, BUNDLE_ENTRY), LANDPORT_BIN], {
    // Not the test worker's Node flags (its --conditions would load the packages' TypeScript).
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (output += s));
  const settle = commands.map(() => {
    let resolve!: (exit: LandportExit) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<LandportExit>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // A test awaits its promise later: a rejection before then is not an unhandled one.
    promise.catch(() => {});
    return { promise, resolve, reject, done: false };
  });
  child.on('message', (message: { index: number; code: number; stdout: string; stderr: string }) => {
    const entry = settle[message.index]!;
    entry.done = true;
    entry.resolve({ code: message.code, signal: null, stdout: message.stdout, stderr: message.stderr });
  });
  const fail = (why: string) => {
    for (const entry of settle.filter((e) => !e.done)) {
      entry.done = true;
      entry.reject(new Error(`the process running the commands ${why} before this one ended:\n${output}`));
    }
  };
  child.on('error', (error) => fail(`failed (${error.message})`));
  child.on('close', (code, signal) => fail(`exited (code ${code}, signal ${signal})`));
  child.send(commands.map(({ args, cwd }) => ({ args: [...args], cwd })));
  return settle.map((entry) => entry.promise);
}

/**
 * {@link landportCommands}, synchronously: all the commands in one process, for what a test file
 * needs before its tests are defined (the texts it derives them from). Throws if the process fails.
 */
export function landportCommandsSync(commands: readonly LandportCommand[]): LandportExit[] {
  const runner = fileURLToPath(new URL('./landport-commands.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [runner, join(REPO_ROOT, BUNDLE_ENTRY), LANDPORT_BIN], {
    input: JSON.stringify(commands.map(({ args, cwd }) => ({ args: [...args], cwd }))),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`the process running the commands exited ${run.status} (${run.signal}):\n${run.stderr}`);
  }
  const results = JSON.parse(run.stdout) as { code: number; stdout: string; stderr: string }[];
  return results.map((result) => ({ ...result, signal: null }));
}

/**
 * {@link landportCommands} with each command named: the same single process, the commands run in
 * the order of `commands`' keys, and the promise of each under its name. For a test file whose
 * tests each run a command or two: start them all in `beforeAll`, and each test awaits its own
 * (and those of earlier commands it compares with, which have ended by then).
 */
export function namedLandportCommands<Name extends string>(
  commands: Record<Name, LandportCommand>,
): Record<Name, Promise<LandportExit>> {
  const names = Object.keys(commands) as Name[];
  const exits = landportCommands(names.map((name) => commands[name]));
  return Object.fromEntries(names.map((name, i) => [name, exits[i]!])) as Record<Name, Promise<LandportExit>>;
}

/** A fresh empty folder under the system's temporary folder; remove it with {@link removeFolder}. */
export function scratchFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `landport-e2e-${prefix}-`));
}

/**
 * Removes a folder made by {@link scratchFolder}; `undefined` (a `beforeAll` that failed before it
 * made its folder) leaves nothing to remove. Without that, the `afterAll` of such a file threw a
 * TypeError of its own after the real failure, one more error to read past in the report.
 */
export function removeFolder(folder: string | undefined): void {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
}

/** Every file and folder under `folder`, as sorted relative paths (folders end in '/'); [] if it does not exist. */
export function listTree(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        out.push(`${relative(folder, path)}/`);
        walk(path);
      } else out.push(relative(folder, path));
    }
  };
  walk(folder);
  return out.sort();
}

/** The names among `files` whose bytes differ between folders `a` and `b` (a missing file differs). */
export function differingFiles(a: string, b: string, files: readonly string[]): string[] {
  return files.filter((file) => {
    const pa = join(a, file);
    const pb = join(b, file);
    if (!existsSync(pa) || !existsSync(pb)) return true;
    return !readFileSync(pa).equals(readFileSync(pb));
  });
}

/** Complete lines in a file (0 if it does not exist yet). */
export function completeLines(path: string): number {
  if (!existsSync(path)) return 0;
  const bytes = readFileSync(path);
  let n = 0;
  for (const byte of bytes) if (byte === 0x0a) n++;
  return n;
}

/**
 * Resolves once `path` holds at least `lines` complete lines, polling every 20 ms; rejects if the
 * process `running` exits first or after `timeoutMs`.
 */
export async function waitForLines(
  path: string,
  lines: number,
  running: LandportProcess,
  timeoutMs = 30_000,
): Promise<number> {
  let exited = false;
  void running.exit.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = completeLines(path);
    if (n >= lines) return n;
    if (exited) throw new Error(`the process exited before ${path} had ${lines} lines (it has ${n})`);
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${lines} lines in ${path} (it has ${n})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
