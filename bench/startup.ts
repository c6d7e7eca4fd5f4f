/**
 * The start-up bench: `pnpm bench:startup [N]` (builds, then N rounds, 15 by default: about a
 * minute on an idle 2-core machine). It times `landport --help`, `landport validate
 * horgos-2024.yaml` and `landport scenarios` from process start to exit, as a user runs them, each
 * in a child process of its own, one at a time. Beside each:
 *
 * - the floor: `node -e ''`, a Node process that loads nothing;
 * - the same command from dist/main.js, the unbundled build (unbundled-landport.ts: what
 *   bin/landport.js falls back to when the bundle is stale), to show what the bundle saves;
 * - the number of files Node loaded (each bundle chunk counts once), from one more run with
 *   packages/cli/scripts/loaded-modules.mjs.
 *
 * The cases run interleaved, round by round, so that a change in the machine's load touches all of
 * them alike; best and median wall time in seconds are printed as markdown for
 * docs/performance.md, "Start-up", with the load average. The target (issue 15) is `--help` and
 * `validate` in at most 0.3 s; it is reported, never failed: timings on a shared machine vary.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './child-measurement.js';
import { markdownTable } from './markdown-table.js';

const REPO_ROOT = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '..' : '../..', import.meta.url));
const BIN = join(REPO_ROOT, 'packages/cli/bin/landport.js');
const UNBUNDLED = fileURLToPath(new URL('./unbundled-landport.js', import.meta.url));
const MODULE_LOG = join(REPO_ROOT, 'packages/cli/scripts/loaded-modules.mjs');
const SCENARIO = join(REPO_ROOT, 'packages/scenarios/data/horgos-2024.yaml');
const TARGET_SECONDS = 0.3;

const rounds = Number(process.argv[2] ?? 15);
if (!Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write(
    `pnpm bench:startup [N]: N ${JSON.stringify(process.argv[2])} is not a whole number >= 1\n`,
  );
  process.exit(2);
}

/** One command line to time: Node's arguments after the executable. */
interface Case {
  readonly label: string;
  readonly args: readonly string[];
  /** Whether the 0.3 s target applies. */
  readonly targeted: boolean;
}

const COMMANDS: readonly { name: string; args: readonly string[]; targeted: boolean }[] = [
  { name: '--help', args: ['--help'], targeted: true },
  { name: 'validate horgos-2024.yaml', args: ['validate', SCENARIO], targeted: true },
  { name: 'scenarios', args: ['scenarios'], targeted: false },
];

const CASES: readonly Case[] = [
  { label: "node -e '' (floor)", args: ['-e', ''], targeted: false },
  ...COMMANDS.flatMap((c) => [
    { label: `landport ${c.name}`, args: [BIN, ...c.args], targeted: c.targeted },
    { label: `landport ${c.name}, unbundled`, args: [UNBUNDLED, ...c.args], targeted: false },
  ]),
];

/** Runs `node ...args` to the end and returns its wall time, seconds; throws if it failed. */
function timeRun(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, env, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status}:\n${run.stderr}`);
  return seconds;
}

/** The number of files Node loads for `args` (bundle chunks count once; Node's own modules not at all). */
function modulesLoaded(args: readonly string[], folder: string): number {
  const log = join(folder, 'modules.log');
  rmSync(log, { force: true });
  timeRun(['--import', MODULE_LOG, ...args], { ...process.env, LANDPORT_MODULE_LOG: log });
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  // A CommonJS file imported from an ES module appears both as `esm file://…` and as `cjs /…`.
  return new Set(lines.map((line) => line.replace(/^(esm|cjs) (file:\/\/)?/, ''))).size;
}

const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

console.log('# Landport start-up bench\n');
console.log(
  `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}); ` +
    `${rounds} interleaved rounds; load average at start (1, 5, 15 min): ${load()}\n`,
);

const folder = mkdtempSync(join(os.tmpdir(), 'landport-startup-'));
try {
  const modules = CASES.map((c) => modulesLoaded(c.args, folder));
  const times: number[][] = CASES.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, c] of CASES.entries()) times[i]!.push(timeRun(c.args));
    process.stderr.write(`round ${round + 1}/${rounds}\r`);
  }
  process.stderr.write('\n');
  const rows = CASES.map((c, i) => {
    const best = Math.min(...times[i]!);
    const verdict = !c.targeted ? '' : best <= TARGET_SECONDS ? 'met' : 'missed';
    return [c.label, best.toFixed(3), median(times[i]!).toFixed(3), String(modules[i]), verdict];
  });
  console.log(
    markdownTable(['command', 'best, s', 'median, s', 'files loaded', `≤ ${TARGET_SECONDS} s (best)`], rows, [
      false,
      true,
      true,
      true,
      false,
    ]),
  );
  console.log(`\nLoad average at end (1, 5, 15 min): ${load()}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
