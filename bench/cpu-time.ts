import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A finished command: its standard output, wall time and the CPU time of it and its descendants. */
export interface TimedCommand {
  stdout: string;
  wallSeconds: number;
  /** User + system CPU seconds of the command and everything it waited for (threads included). */
  cpuSeconds: number;
}

/**
 * Runs `command args` under bash and reads its CPU time with bash's `times` builtin, which prints
 * the accumulated user and system time of the shell's finished children (getrusage(RUSAGE_CHILDREN)):
 * every thread of the command is counted, and nothing of this process. Rejects with the command's
 * stderr if it fails.
 */
export function timedCommand(command: string, args: readonly string[]): Promise<TimedCommand> {
  const quoted = [command, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
  const script = `${quoted} || exit $?; echo '--times--'; times`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.once('exit', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr}`));
      const [output = '', times = ''] = stdout.split('--times--\n');
      // `times` prints the shell's own user/sys on line 1 and its children's on line 2, as "0m1.234s 0m0.056s".
      const children = times.trim().split('\n')[1] ?? '';
      const cpuSeconds = children
        .split(/\s+/)
        .map((field) => /^(\d+)m([\d.]+)s$/.exec(field))
        .reduce((sum, m) => sum + (m === null ? 0 : Number(m[1]) * 60 + Number(m[2])), 0);
      resolve({ stdout: output, wallSeconds, cpuSeconds });
    });
  });
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/**
 * User + system CPU seconds used so far by the running process `pid`, all its threads, from
 * /proc/<pid>/stat (Linux): fields 14 and 15, in clock ticks. For long-running processes such as
 * workers and redis-server, read before and after a measurement.
 */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}
