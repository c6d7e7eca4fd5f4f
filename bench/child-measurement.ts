import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ImplementationName } from './implementations.js';
import type { Measurement } from './measure.js';

// Compiled to bench/dist/*.js by `pnpm bench`; the sibling measure script has the same extension.
const measureScript = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? './measure.ts' : './measure.js', import.meta.url),
);

/** How one child process should measure an implementation. */
export interface MeasurementPlan {
  readonly name: ImplementationName;
  readonly customers: number;
  /** Untimed runs first, so that the timed ones run optimised code. */
  readonly warmups: number;
  readonly runs: number;
  /** Read the live heap at half time in each timed run (costs a full GC per run). */
  readonly liveHeap?: boolean;
  /** Extra Node/V8 flags for the child. */
  readonly nodeFlags?: readonly string[];
}

/**
 * Runs the measure script in a fresh Node process with the parent's own flags (--expose-gc) and
 * returns what it reports. The bench runs compiled (`pnpm bench` builds it with tsc): a TypeScript
 * loader would also transform the engine's modules and slow their imports (tsx turns each imported
 * constant into a getter call), which is not what users of the built package run. Children run one after another,
 * never in parallel: on a 2-core machine two of them would time each other.
 */
export function measureInChild(plan: MeasurementPlan): Measurement {
  const { name, customers, warmups, runs, liveHeap = false, nodeFlags = [] } = plan;
  const args = [
    ...process.execArgv,
    ...nodeFlags,
    measureScript,
    name,
    String(customers),
    String(warmups),
    String(runs),
  ];
  if (liveHeap) args.push('--live-heap');
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) {
    throw new Error(
      `measuring ${name} with ${customers} customers failed (exit ${child.status ?? child.signal})`,
    );
  }
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Measurement;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
