import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReplicationOutput, ReplicationRange } from '@landport/experiment';
import { Tinypool } from 'tinypool';
import { sourceThreads } from './source-threads.js';
import { compileWorkersSynchronously } from './synchronous-compilation.js';
import type { ChunkRequest, ChunkResponse } from './worker.js';

/**
 * Whether this module runs from its TypeScript source (vitest, tsx) rather than from dist/. Worker
 * threads need JavaScript: from dist the worker is dist/batch/worker.js; from source,
 * {@link sourceThreads} says what they load.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Default wall time a chunk of replications should take, ms: ~300 message round trips' worth. */
export const DEFAULT_TARGET_CHUNK_MS = 50;
/** Largest number of replications in one message. */
const MAX_CHUNK = 1000;

/** Options of a {@link ReplicationPool}. */
export interface ReplicationPoolOptions {
  /** The model module: a URL, or a file path, of an ES module exporting `runReplication`. */
  model: string | URL;
  /** Number of worker threads, an integer >= 1 (see {@link defaultWorkerCount}). */
  workers: number;
  /** Node options of the workers; by default inherited from this process. */
  execArgv?: string[];
  /** Wall time a chunk should take, ms (default {@link DEFAULT_TARGET_CHUNK_MS}); affects speed, never results. */
  targetChunkMs?: number;
}

/** A set of replications of one scenario to run on a {@link ReplicationPool}. */
export interface ReplicationJob {
  /** The scenario data (structured-cloned to the workers). */
  scenario: unknown;
  /** Master seed. */
  seed: number | string;
  /** The replications: a range [from, to) or an explicit list. */
  replications: ReplicationRange | readonly number[];
  /** Called on the main thread with each output, in completion order. */
  onResult: (output: ReplicationOutput) => void;
  /** Aborting stops the job at once: running chunks are cancelled (their workers terminated). */
  signal?: AbortSignal;
}

/** A replication that threw in the model; the message names its index and seed. */
export class ReplicationError extends Error {
  override readonly name = 'ReplicationError';
  /** Index of the failed replication. */
  readonly replication: number;

  /** @param stack the worker's stack of the original error. */
  constructor(replication: number, seed: number | string, message: string, stack: string | undefined) {
    super(`replication ${replication} (seed ${JSON.stringify(seed)}) failed: ${message}`);
    this.replication = replication;
    if (stack !== undefined) this.stack = `${this.name}: ${this.message}\n  in the worker: ${stack}`;
  }
}

/** One worker per core: `os.availableParallelism()`. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/**
 * Worker threads that run replications of any model module, reusable across jobs (a sweep or a
 * lane sizing runs many jobs on one pool; starting one costs ~85 ms).
 *
 * Replications go to the workers in chunks, sized so that a chunk takes about `targetChunkMs`
 * by the time per replication measured so far (one replication per chunk until a first
 * measurement), and never more than a quarter of what is left per worker, so that the workers
 * finish together. Timing only decides which thread runs what and when; every output depends
 * on its task alone, so results are identical for any worker count, including 1 (which uses one
 * worker thread too: the same code path, and the main thread stays free for the progress display
 * and Ctrl-C).
 */
export class ReplicationPool {
  /** Number of worker threads. */
  readonly workers: number;
  /** URL of the model module the workers run. */
  readonly model: string;
  /** The module the threads load for it: itself, or its build when this runs from source. */
  private readonly threadModel: string;
  private readonly targetChunkMs: number;
  private readonly pool: Tinypool;
  private running = false;

  /** Starts the worker threads. */
  constructor(options: ReplicationPoolOptions) {
    const { workers } = options;
    if (!(Number.isSafeInteger(workers) && workers >= 1)) {
      throw new RangeError(`workers must be an integer >= 1, got ${workers}`);
    }
    const target = options.targetChunkMs ?? DEFAULT_TARGET_CHUNK_MS;
    if (!(target > 0)) throw new RangeError(`targetChunkMs must be a number > 0, got ${target}`);
    this.workers = workers;
    this.model = modelUrl(options.model);
    this.targetChunkMs = target;
    compileWorkersSynchronously();
    const start = FROM_SOURCE ? sourceThreads(this.model) : null;
    this.threadModel = start?.model ?? this.model;
    const execArgv = options.execArgv ?? start?.execArgv;
    this.pool = new Tinypool({
      filename: start?.filename ?? WORKER_URL.href,
      minThreads: workers,
      maxThreads: workers,
      ...(execArgv === undefined ? {} : { execArgv }),
    });
  }

  /**
   * Runs `job`; resolves when every replication's output has been passed to `onResult`. If a
   * replication throws, no further chunks start, those running finish and deliver their outputs,
   * and the promise rejects with a {@link ReplicationError}. If `signal` aborts, running chunks
   * are cancelled and it rejects with the signal's reason. If `onResult` throws, nothing more is
   * delivered and it rejects with that error. `onResult` is never called after the promise
   * settles. One job at a time.
   */
  async run(job: ReplicationJob): Promise<void> {
    if (this.running) throw new Error('ReplicationPool.run: a job is already running on this pool');
    this.running = true;
    try {
      await this.schedule(job);
    } finally {
      this.running = false;
    }
  }

  /** `error`, naming the model as it was given rather than the build its threads load for it. */
  private asGiven(error: unknown): unknown {
    if (this.threadModel !== this.model && error instanceof Error)
      error.message = error.message.replaceAll(this.threadModel, this.model);
    return error;
  }

  /** Stops the worker threads. */
  async destroy(): Promise<void> {
    await this.pool.destroy();
  }

  private schedule(job: ReplicationJob): Promise<void> {
    const list = replicationList(job.replications);
    const { signal } = job;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const cancel = new AbortController();
    const maxInFlight = 2 * this.workers;
    let next = 0;
    let inFlight = 0;
    let measuredMs = 0;
    let measuredCount = 0;
    let failure: unknown = null;
    let deliveryFailed = false;

    return new Promise<void>((resolvePromise, rejectPromise) => {
      const settleIfDone = () => {
        if (inFlight > 0 || (failure === null && next < list.length)) return;
        signal?.removeEventListener('abort', onAbort);
        if (failure === null) resolvePromise();
        else rejectPromise(failure);
      };
      const fail = (error: unknown) => {
        if (failure === null) failure = error;
      };
      const onAbort = () => {
        fail(signal?.reason);
        cancel.abort();
        settleIfDone();
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      const chunkSize = () => {
        const remaining = list.length - next;
        if (measuredCount === 0) return 1;
        const bySpeed = Math.floor(this.targetChunkMs / Math.max(measuredMs / measuredCount, 1e-6));
        const byBalance = Math.ceil(remaining / (4 * this.workers));
        return Math.max(1, Math.min(bySpeed, byBalance, MAX_CHUNK));
      };
      const onChunk = (response: ChunkResponse) => {
        inFlight--;
        measuredMs += response.elapsedMs;
        measuredCount += response.outputs.length;
        for (const output of response.outputs) {
          if (deliveryFailed) break;
          try {
            job.onResult(output);
          } catch (error) {
            deliveryFailed = true;
            fail(error);
          }
        }
        const f = response.failure;
        if (f !== null) fail(new ReplicationError(f.replication, job.seed, f.message, f.stack));
        dispatch();
        settleIfDone();
      };
      const onError = (error: unknown) => {
        inFlight--;
        fail(this.asGiven(error));
        settleIfDone();
      };
      const dispatch = () => {
        while (failure === null && inFlight < maxInFlight && next < list.length) {
          const size = chunkSize();
          const request: ChunkRequest = {
            model: this.threadModel,
            scenario: job.scenario,
            seed: job.seed,
            replications: list.slice(next, next + size),
          };
          next += request.replications.length;
          inFlight++;
          (this.pool.run(request, { signal: cancel.signal }) as Promise<ChunkResponse>).then(
            onChunk,
            onError,
          );
        }
      };
      dispatch();
      settleIfDone();
    });
  }
}

/** Runs `job` on a pool started for it, then stops the pool. */
export async function runReplications(options: ReplicationPoolOptions & ReplicationJob): Promise<void> {
  const pool = new ReplicationPool(options);
  try {
    await pool.run(options);
  } finally {
    await pool.destroy();
  }
}

function replicationList(replications: ReplicationRange | readonly number[]): number[] {
  if (Array.isArray(replications)) {
    for (const r of replications as readonly number[]) {
      if (!(Number.isSafeInteger(r) && r >= 0))
        throw new RangeError(`replication indices must be integers >= 0, got ${r}`);
    }
    return [...(replications as readonly number[])];
  }
  const { from, to } = replications as ReplicationRange;
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && 0 <= from && from <= to)) {
    throw new RangeError(`replication range must be integers 0 <= from <= to, got [${from}, ${to})`);
  }
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** The URL of a model module given as a URL or a file path (relative paths from the working folder). */
export function modelUrl(model: string | URL): string {
  if (model instanceof URL) return model.href;
  if (isAbsolute(model) || !/^[a-z][a-z0-9+.-]+:/i.test(model)) return pathToFileURL(resolve(model)).href;
  return model;
}
