// Test support: runs modules-in-one-process.mjs (see there) and returns its results.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What one module of {@link runModulesInOneProcess} did. */
export interface ModuleRun {
  file: string;
  stdout: string;
  stderr: string;
  /** The error it threw (its stack), or null if it ran to its end. */
  error: string | null;
}

/**
 * Runs the TypeScript modules `files` one after another in one Node process, in `cwd`, with the
 * workspace packages' sources (`--conditions=@landport/source`) and tsx's loader `tsx` (a
 * specifier or a file URL), and returns what each did, by file. Throws if the process itself fails.
 */
export function runModulesInOneProcess(
  files: readonly string[],
  { cwd, tsx }: { cwd: string; tsx: string },
): Map<string, ModuleRun> {
  const runner = fileURLToPath(new URL('./modules-in-one-process.mjs', import.meta.url));
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      ['--conditions=@landport/source', '--import', tsx, runner, ...files],
      { cwd, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const { status, stderr } = error as { status: number; stderr: string };
    throw new Error(`the process running the modules exited ${status}:\n${stderr}`);
  }
  const runs = JSON.parse(output) as ModuleRun[];
  return new Map(runs.map((run) => [run.file, run]));
}
