import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `landport` binary (this file runs from bench/dist/). */
export const LANDPORT_BIN = fileURLToPath(new URL('../../packages/cli/bin/landport.js', import.meta.url));

/** GNU time, for the peak RSS of a child process; absent on some systems (then no memory figures). */
const GNU_TIME = '/usr/bin/time';

/** One timed `landport` process. */
export interface TimedRun {
  /** Wall time of the whole process (start-up, pool, replications, outputs), seconds. */
  wallSeconds: number;
  /**
   * Replications per second as the batch's progress counted them: from the batch's start (pool
   * start included) to its last replication, without Node's start-up and the writing of outputs.
   */
  batchRate: number | null;
  /** Peak resident set size of the process, all its threads together (GNU time's %M), bytes. */
  peakRssBytes: number | null;
  /**
   * CPU time of the process, user and system, all threads (GNU time's %U + %S), seconds. Unlike
   * wall time it does not depend on how many cores other programs left us.
   */
  cpuSeconds: number | null;
  /**
   * CPU time that other programs used on the machine during the run (all cores' busy time from
   * /proc/stat less this run's own), seconds: how disturbed the timing is on a shared machine.
   */
  othersCpuSeconds: number | null;
  stdout: string;
}

/**
 * Runs `landport ...args` in `cwd` to the end and times it. Progress must not be silenced (no
 * --quiet): its final line gives the batch's own rate. Throws if the process fails.
 */
export function timeLandport(
  args: readonly string[],
  cwd: string,
  nodeFlags: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): TimedRun {
  const usageFile = join(tmpdir(), `landport-bench-usage-${process.pid}.txt`);
  const timed = existsSync(GNU_TIME);
  const command = timed ? GNU_TIME : process.execPath;
  const node = [...nodeFlags, LANDPORT_BIN, ...args];
  const commandArgs = timed ? ['-f', '%M %U %S', '-o', usageFile, process.execPath, ...node] : node;
  const busyBefore = machineBusySeconds();
  const started = performance.now();
  const child = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallSeconds = (performance.now() - started) / 1000;
  const busyAfter = machineBusySeconds();
  if (child.status !== 0) {
    throw new Error(
      `landport ${args.join(' ')} failed (exit ${child.status ?? child.signal}):\n${child.stderr}`,
    );
  }
  let peakRssBytes: number | null = null;
  let cpuSeconds: number | null = null;
  if (timed) {
    const [kb, user, system] = (readFileSync(usageFile, 'utf8').trim().split('\n').at(-1) ?? '')
      .split(' ')
      .map(Number);
    peakRssBytes = kb! * 1024;
    cpuSeconds = user! + system!;
    rmSync(usageFile, { force: true });
  }
  // The progress line's last report, "replications: 100/100 in 41s (2.43/s)": not the last line,
  // which may be a note or a warning after the batch (the warm-up check's, say).
  const rate = [...child.stderr.matchAll(/: \d+\/\d+ in \S+(?: \S+)? \(([\d.]+)\/s\)$/gm)].at(-1) ?? null;
  return {
    wallSeconds,
    batchRate: rate === null ? null : Number(rate[1]),
    peakRssBytes,
    cpuSeconds,
    othersCpuSeconds:
      busyBefore === null || busyAfter === null || cpuSeconds === null
        ? null
        : Math.max(0, busyAfter - busyBefore - cpuSeconds),
    stdout: child.stdout,
  };
}

/** `--no-charts` if this build of `landport run` draws charts by default (not part of a batch's cost). */
export function noChartsOption(cwd: string): string[] {
  const help = spawnSync(process.execPath, [LANDPORT_BIN, 'run', '--help'], { cwd, encoding: 'utf8' });
  return help.stdout.includes('--no-charts') ? ['--no-charts'] : [];
}

/**
 * Busy CPU time of the whole machine since boot, all cores, seconds: the first line of
 * /proc/stat less idle and iowait, in USER_HZ ticks (100 a second on Linux); null elsewhere.
 */
function machineBusySeconds(): number | null {
  let line: string;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  } catch {
    return null;
  }
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  return (user + nice + system + irq + softirq + steal) / 100;
}
