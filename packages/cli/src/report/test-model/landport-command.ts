/** Runs the `landport` command line in-process for tests, capturing what it prints. */
import { main } from '../../main.js';

/** What a command printed, and its exit code. */
export interface CommandOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `landport ...args` (e.g. `['run', 'horgos-2024', '-r', '3']`) with stdout and stderr captured. */
export async function landport(...args: string[]): Promise<CommandOutput> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string | Uint8Array) =>
    out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) =>
    err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'landport', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}
