import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built `landport` binary; the end-to-end tests run it as users do. */
export const LANDPORT_BIN = fileURLToPath(new URL('../../bin/landport.js', import.meta.url));

/** Processes started and not yet exited, for {@link killLandports}. */
const running = new Set<ChildProcess>();

/** Kills (SIGKILL) every `landport` process started here that is still running: for afterAll. */
export function killLandports(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** What a finished `landport` process printed, and its exit code. */
export interface LandportRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Test support (not part of the CLI's API): starts `node bin/landport.js ...args`, collecting its
 * output; `env` adds to this process's environment (a variable set to undefined is removed). Throws at once if the package is not built, with the command that builds it.
 */
export function startLandport(args: readonly string[], env: NodeJS.ProcessEnv = {}): LandportProcess {
  if (!existsSync(new URL('../../dist/main.js', import.meta.url))) {
    throw new Error('the end-to-end tests run the built CLI: run `pnpm build` first');
  }
  const merged = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name];
  return new LandportProcess(
    spawn(process.execPath, [LANDPORT_BIN, ...args], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

/** Runs `landport ...args` to the end. */
export function landport(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<LandportRun> {
  return startLandport(args, env).finished;
}

/** A running `landport` process. */
export class LandportProcess {
  /** Its standard output so far. */
  stdout = '';
  /** Its standard error so far. */
  stderr = '';
  /** Resolves when it exits. */
  readonly finished: Promise<LandportRun>;
  private readonly waiters: { pattern: RegExp; resolve: () => void }[] = [];

  constructor(readonly child: ChildProcess) {
    running.add(child);
    child.stdout?.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
      for (const waiter of [...this.waiters]) {
        if (waiter.pattern.test(this.stderr)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
    this.finished = new Promise((resolve) => {
      child.once('close', (code) => {
        running.delete(child);
        resolve({ code, stdout: this.stdout, stderr: this.stderr });
      });
    });
  }

  /** Resolves as soon as its standard error matches `pattern`; rejects if it exits first. */
  waitForStderr(pattern: RegExp): Promise<void> {
    if (pattern.test(this.stderr)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ pattern, resolve });
      this.finished.then((run) =>
        reject(new Error(`landport exited (${run.code}) before printing ${pattern}:\n${run.stderr}`)),
      );
    });
  }
}
