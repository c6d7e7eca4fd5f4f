/**
 * Every example of every command's --help, run as a shell would run it, with the built CLI as
 * `landport` on the PATH, in a fresh folder: an example naming a station or a quota that no
 * shipped scenario has, or a flag that does not exist, fails here instead of on a newcomer's
 * second command.
 *
 * To keep the suite fast, the `landport` on the PATH is a small shell script that appends flags
 * shortening the work (a 2-day horizon, 2 replications, no charts; `--exit-when-empty` for
 * workers, which otherwise wait for jobs forever). Later flags win, so the example's own flags
 * are still parsed and checked. The script logs every invocation with its exit code: each must
 * be 0, including those in `$(...)` or started in the background, whose failures a shell hides.
 *
 * Two kinds of placeholder, values a reader replaces with their own, are replaced here: the Redis
 * URL (by a test server, see queue/test-redis.ts) and the batch id of `collect` (by the id the
 * `submit` before it printed).
 *
 * To keep it faster still, that script does not start a process of the CLI for each command: it
 * sends the command to a landport-server.mjs, which runs it in its own process, in the example's
 * folder, with its own output and exit code, and skips a process's start-up and the reloading of
 * the command's modules (docs/performance.md, "Test suite"). Two such servers, since the examples
 * of different commands run concurrently. The examples of the work queue (submit, worker,
 * collect) still start real processes: `landport worker ... &` starts workers that must run side
 * by side, which a server running one command at a time would serialise.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../queue/test-redis.js';
import {
  ensureBuilt,
  LANDPORT_BIN,
  landportCommandsSync,
  REPO_ROOT,
  removeFolder,
  scratchFolder,
} from './landport-process.js';
import { LANDPORT_CLIENT, type LandportServer, startLandportServer } from './landport-server-process.js';

ensureBuilt();

/** The output of `landport [command] --help` for each of `commands` ('' for `landport --help`), all in one process. */
function helpTexts(commands: readonly string[]): Map<string, string> {
  const exits = landportCommandsSync(
    commands.map((command) => ({ args: command === '' ? ['--help'] : [command, '--help'], cwd: REPO_ROOT })),
  );
  return new Map(
    commands.map((command, i) => {
      const exit = exits[i]!;
      if (exit.code !== 0) throw new Error(`landport ${command} --help exited ${exit.code}:\n${exit.stderr}`);
      return [command, exit.stdout];
    }),
  );
}

const mainHelp = helpTexts(['']).get('')!;

/** The commands `landport --help` lists (without `help` itself). */
const COMMANDS = mainHelp
  .split('\n')
  .slice(mainHelp.split('\n').indexOf('Commands:') + 1)
  .map((line) => /^ {2}([a-z-]+)/.exec(line)?.[1])
  .filter((name): name is string => name !== undefined && name !== 'help');

/** Each command's --help text (read once, in one process). */
const HELP = helpTexts(COMMANDS);
const help = (command: string): string => HELP.get(command)!;

/** The indented lines under "Example:" or "Examples:" of a command's help, as a shell script. */
function examplesOf(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^Examples?:$/.test(line));
  if (start < 0) return '';
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    block.push(line.slice(2));
  }
  return block.join('\n');
}

/** Flags the `landport` on the PATH appends, by command, to shorten the work (see the file comment). */
const FAST: Record<string, string> = {
  run: '--horizon 2d -r 2 --no-charts',
  compare: '--horizon 2d -r 2 --no-charts',
  sweep: '--horizon 2d -r 2 --no-charts',
  size: '--horizon 2d --initial 2 --step 2 --max-replications 4 --no-charts',
  warmup: '--horizon 2d -r 2',
  'batch-means': '--horizon 4d --batches 5',
  submit: '--horizon 2d -r 2',
  worker: '--exit-when-empty --quiet',
  collect: '--no-charts',
};

/** What the examples of a command act on, made first in the same folder by other commands. */
const GIVEN: Record<string, string> = {
  report: 'landport run horgos-2024\nlandport compare horgos-2023 horgos-2024',
  worker: 'landport submit horgos-2024 --queue "$QUEUE"',
  collect: 'BATCH=$(landport submit horgos-2024 --queue "$QUEUE" --quiet)\nlandport worker --queue "$QUEUE"',
};

/** Placeholders of the examples (see the file comment) and what replaces them here. */
const PLACEHOLDERS: Record<string, [placeholder: string, replacement: string][]> = {
  submit: [['redis://10.0.0.5:6379', '"$QUEUE"']],
  worker: [['redis://10.0.0.5:6379', '"$QUEUE"']],
  collect: [
    ['redis://10.0.0.5:6379', '"$QUEUE"'],
    ['horgos-2024-3f9a2c1b', '"$BATCH"'],
  ],
};
const NEEDS_REDIS = new Set(['submit', 'worker', 'collect']);

let redis: TestRedis | null;
/** The landport servers the examples' commands run in (see the file comment); none for those of NEEDS_REDIS. */
let servers: LandportServer[] = [];
let serverFolder: string;
beforeAll(async () => {
  serverFolder = scratchFolder('help-servers');
  [redis, ...servers] = await Promise.all([
    startTestRedis(10),
    startLandportServer(join(serverFolder, '0.sock')),
    startLandportServer(join(serverFolder, '1.sock')),
  ]);
});
afterAll(async () => {
  await Promise.all([redis?.stop(), ...servers.map((server) => server.stop())]);
  removeFolder(serverFolder);
});

describe('the --help examples', () => {
  it('cover every command, and each command has examples', () => {
    expect(COMMANDS).toEqual([
      'run',
      'compare',
      'sweep',
      'size',
      'warmup',
      'batch-means',
      'scenarios',
      'validate',
      'merge',
      'report',
      'submit',
      'worker',
      'collect',
    ]);
    for (const command of COMMANDS)
      expect(examplesOf(help(command)), command).toMatch(/^landport |landport /);
  });

  // The examples of different commands share nothing but the Redis queue, each in a folder of
  // its own, so those that need no queue run concurrently (their shell scripts are started
  // asynchronously for that): the file no longer waits for 13 scripts one after another. Those on
  // the queue stay in order: a worker's `--exit-when-empty` would take another command's jobs.
  for (const [index, command] of COMMANDS.entries()) {
    const test = NEEDS_REDIS.has(command) ? it : it.concurrent;
    test(`landport ${command} --help: every example runs and exits 0`, async (context) => {
      const { expect } = context;
      if (NEEDS_REDIS.has(command) && redis === null) context.skip(); // startTestRedis said why
      let examples = examplesOf(help(command));
      for (const [placeholder, replacement] of PLACEHOLDERS[command] ?? []) {
        expect(examples, `the placeholder ${placeholder}`).toContain(placeholder);
        examples = examples.replaceAll(placeholder, replacement);
      }
      const dir = scratchFolder(`help-${command}`);
      try {
        const log = join(dir, 'invocations.log');
        const bin = join(dir, 'bin');
        mkdirSync(bin);
        const server = NEEDS_REDIS.has(command) ? null : servers[index % servers.length]!;
        writeFileSync(join(bin, 'landport'), shim(log, server));
        chmodSync(join(bin, 'landport'), 0o755);
        const script = `${GIVEN[command] ?? ''}\n${examples}\n`;
        const env = {
          ...process.env,
          PATH: `${bin}:${process.env.PATH}`,
          QUEUE: redis?.url ?? '',
          NO_COLOR: '1',
        };
        try {
          await promisify(execFile)('bash', ['-e', '-c', script], {
            cwd: dir,
            env,
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
          });
        } catch (error) {
          const { code, stderr } = error as { code: number; stderr: string };
          throw new Error(`the examples of ${command} failed (exit ${code}):\n${script}\n${stderr}`);
        }
        const calls = readFileSync(log, 'utf8').trim().split('\n');
        const failed = calls.filter((line) => !line.startsWith('0 '));
        expect(failed, `invocations that did not exit 0:\n${calls.join('\n')}`).toEqual([]);
        // Each `landport` of the examples ran (at least once: a loop may run it more often).
        const written = examples
          .split('\n')
          .flatMap((line) => line.replace(/#.*/, '').match(/\blandport /g) ?? []);
        expect(calls.length).toBeGreaterThanOrEqual(written.length);
      } finally {
        removeFolder(dir);
      }
    });
  }
});

/**
 * The `landport` on the PATH: the built CLI with the FAST flags, logging its exit code; run by
 * `server` if given (see the file comment), else as a process of its own.
 */
function shim(log: string, server: LandportServer | null): string {
  const cases = Object.entries(FAST)
    .map(([command, flags]) => `  ${command}) fast="${flags}" ;;`)
    .join('\n');
  const landport = server === null ? `"${LANDPORT_BIN}"` : `"${LANDPORT_CLIENT}" "${server.socket}"`;
  return `#!/bin/sh
case "$1" in
${cases}
  *) fast="" ;;
esac
"${process.execPath}" ${landport} "$@" $fast
code=$?
echo "$code landport $* $fast" >> "${log}"
exit $code
`;
}
