import { hostname } from 'node:os';
import { formatReplicationList } from '@landport/experiment';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { landportVersion } from '../batch/manifest.js';
import { ReplicationPool } from '../batch/worker-pool.js';
import { UNBUNDLED_BORDER_MODEL_URL } from '../unbundled-border-model.js';
import { readBatchRecord } from './batch-record.js';
import { type BatchSpec, jobRange } from './batch-spec.js';
import {
  DEFAULT_LOCK_DURATION_MS,
  DEFAULT_MAX_STALLED_COUNT,
  DEFAULT_STALLED_INTERVAL_MS,
} from './queue-defaults.js';
import { QUEUE_NAME, QUEUE_PREFIX } from './queue-keys.js';
import { openReplicationQueue, type ReplicationJobData } from './replication-queue.js';
import { BatchGoneError, ResultsStore } from './results-store.js';

/** Shortest time between two log lines of the same queue error, ms. */
const REPEATED_ERROR_MS = 10_000;
/** Batch definitions a worker keeps in memory. */
const SPEC_CACHE_SIZE = 8;

/** Options of {@link QueueWorker.start}. */
export interface QueueWorkerOptions {
  /** A connected client (see `connectRedis`); left open by {@link QueueWorker.close}. */
  redis: Redis;
  /** The model module run by this worker (default Landport's border model, as `landport run` runs). */
  model?: string | URL;
  /** Lock duration, ms (default {@link DEFAULT_LOCK_DURATION_MS}). */
  lockDurationMs?: number;
  /** Stalled-job check interval, ms (default {@link DEFAULT_STALLED_INTERVAL_MS}). */
  stalledIntervalMs?: number;
  /** Abandonments before a job fails (default {@link DEFAULT_MAX_STALLED_COUNT}). */
  maxStalledCount?: number;
  /** Stop once the queue holds no job at all (waiting, delayed for a retry, or running anywhere). */
  exitWhenEmpty?: boolean;
  /**
   * Receives one line per event: 'info' for a job started or done, 'problem' for a failed try, a
   * job taken back from a stopped worker or a queue error. Default: none.
   */
  log?: (line: string, kind: 'info' | 'problem') => void;
  /** Version this worker reports (default this package's); it refuses batches of another. */
  landportVersion?: string;
  /** Node options of the replication thread (see `ReplicationPoolOptions.execArgv`). */
  execArgv?: string[];
}

/**
 * A `landport worker`: takes jobs from the queue one at a time, runs their replications and
 * stores each output the moment it is produced (see `ResultsStore`).
 *
 * Design:
 * - The replications run on one worker thread (a `ReplicationPool` of 1), not on the main thread,
 *   so that the main thread stays free to renew the job's lock in Redis every lockDuration/2 even
 *   while a year-long replication runs for seconds; a blocked event loop would let the lock expire
 *   and the job be handed to a second worker.
 * - Concurrency 1: a replication keeps one core busy, so one worker process per core is the unit;
 *   start as many as there are cores, on as many machines as needed.
 * - A job first skips the replications already stored, so a job taken again after its worker was
 *   killed, or retried after a failure, runs only what is missing: a kill loses at most the
 *   replications running at that moment.
 * - A replication that throws fails the job; BullMQ retries it (attempts, exponential backoff,
 *   set at submission) and, when the tries are used up, keeps it as failed for `collect` to report.
 *   Problems no retry can fix (no definition, another Landport version) fail the job at once.
 * - A job whose worker died (SIGKILL, lost machine) keeps its lock until lockDuration passes; the
 *   stalled-job check of any live worker (every stalledInterval) then puts it back on the queue.
 * - A batch that vanishes from the server while one of its jobs runs here (Redis restarted
 *   without persistence) is noticed when the next output is to be stored (see
 *   `ResultsStore.store`): the job stops there, the loss is logged and remembered in
 *   {@link QueueWorker.lostBatches}, so that `landport worker --exit-when-empty` does not report
 *   success for work that is gone. A worker serves whatever is queued rather than one batch, so
 *   an empty queue alone is no failure: a worker started after the loss finds nothing to do and
 *   stops normally; `collect` is what reports the lost batch.
 */
export class QueueWorker {
  /** Resolves when the worker has stopped (after {@link QueueWorker.close}, or when the queue is empty with `exitWhenEmpty`). */
  readonly done: Promise<void>;
  private readonly redis: Redis;
  private readonly worker: Worker<ReplicationJobData, void, string>;
  private readonly pool: ReplicationPool;
  private readonly store: ResultsStore;
  private readonly specs = new Map<string, BatchSpec>();
  private readonly lost = new Set<string>();
  private readonly log: (line: string, kind: 'info' | 'problem') => void;
  private readonly version: string;
  private idleTimer: NodeJS.Timeout | null = null;
  private busy = false;
  private lastError = { message: '', at: 0 };
  private closing: Promise<void> | null = null;
  private emptied = false;
  private resolveDone!: () => void;

  private constructor(options: QueueWorkerOptions) {
    this.redis = options.redis;
    this.store = new ResultsStore(options.redis);
    this.log = options.log ?? (() => {});
    this.version = options.landportVersion ?? landportVersion();
    this.done = new Promise((resolve) => {
      this.resolveDone = resolve;
    });
    const lockDuration = positive('lockDurationMs', options.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS);
    const stalledInterval = positive(
      'stalledIntervalMs',
      options.stalledIntervalMs ?? DEFAULT_STALLED_INTERVAL_MS,
    );
    const maxStalledCount = options.maxStalledCount ?? DEFAULT_MAX_STALLED_COUNT;
    if (!(Number.isSafeInteger(maxStalledCount) && maxStalledCount >= 0)) {
      throw new RangeError(`maxStalledCount must be an integer >= 0, got ${maxStalledCount}`);
    }
    this.pool = new ReplicationPool({
      // The modules tsc built, not the bundle: a queue worker lives for many jobs, so the 0.1 s
      // they add to its thread's start is repaid after about three replication-years of
      // horgos-2024, each 6-7% faster (see unbundled-border-model.ts). It keeps V8's inlining
      // budget, not knowing how long it will run.
      model: options.model ?? UNBUNDLED_BORDER_MODEL_URL,
      workers: 1,
      ...(options.execArgv === undefined ? {} : { execArgv: options.execArgv }),
    });
    this.worker = new Worker<ReplicationJobData, void, string>(QUEUE_NAME, (job) => this.process(job), {
      connection: options.redis,
      prefix: QUEUE_PREFIX,
      concurrency: 1,
      lockDuration,
      stalledInterval,
      maxStalledCount,
      name: `landport@${hostname()}:${process.pid}`,
    });
    this.worker.on('failed', (job, error) => {
      if (job === undefined || this.lost.has(job.data.batch)) return; // a lost batch is logged once
      const tries = job.opts.attempts ?? 1;
      const final = error instanceof UnrecoverableError || job.attemptsMade >= tries;
      this.log(
        `job ${job.id}: attempt ${job.attemptsMade} of ${tries} failed: ${error.message}` +
          (final ? ' (no more retries; `landport collect` will report it)' : ' (will be retried)'),
        'problem',
      );
    });
    this.worker.on('stalled', (id) => {
      this.log(`job ${id}: its worker stopped before finishing it; it is back on the queue`, 'problem');
    });
    this.worker.on('error', (error) => this.logQueueError(error));
    if (options.exitWhenEmpty === true) this.watchForEmptyQueue(stalledInterval);
  }

  /** Starts a worker: it takes jobs until closed. */
  static start(options: QueueWorkerOptions): QueueWorker {
    return new QueueWorker(options);
  }

  /** Whether {@link QueueWorker.close} has been called. */
  get stopping(): boolean {
    return this.closing !== null;
  }

  /** Whether the worker stopped because the queue was empty (`exitWhenEmpty`), not because it was closed. */
  get stoppedWhenEmpty(): boolean {
    return this.emptied;
  }

  /** The batches that vanished from the server while this worker ran one of their jobs, in order. */
  get lostBatches(): readonly string[] {
    return [...this.lost];
  }

  /**
   * Stops taking jobs, lets the job in progress finish and store its results, then stops the
   * replication thread. Calling it again returns the same promise.
   */
  close(): Promise<void> {
    if (this.closing === null) {
      if (this.idleTimer !== null) clearInterval(this.idleTimer);
      this.closing = (async () => {
        try {
          await this.worker.close();
        } finally {
          await this.pool.destroy();
          this.resolveDone();
        }
      })();
    }
    return this.closing;
  }

  private async process(job: Job<ReplicationJobData, void, string>): Promise<void> {
    this.busy = true;
    try {
      const spec = await this.spec(job.data.batch);
      const { index } = job.data;
      if (!(Number.isSafeInteger(index) && index >= 0 && index < spec.jobs)) {
        throw new UnrecoverableError(`job index ${index} is outside batch ${spec.id}'s ${spec.jobs} jobs`);
      }
      const range = jobRange(spec, index);
      const todo = await this.store.missing(spec.id, range);
      if (todo.length === 0) return;
      const started = performance.now();
      this.log(`job ${job.id}: replications ${formatReplicationList(todo)} of batch ${spec.id}`, 'info');
      const writes: Promise<boolean>[] = [];
      try {
        await this.pool.run({
          scenario: spec.scenario,
          seed: spec.manifest.seed,
          replications: todo,
          onResult: (output) => {
            const write = this.store.store(spec.id, output);
            write.catch(() => {}); // handled in settleWrites, once the replications have run
            writes.push(write);
          },
        });
      } finally {
        await this.settleWrites(writes, job.id);
      }
      this.log(`job ${job.id}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`, 'info');
    } finally {
      this.busy = false;
    }
  }

  /**
   * Waits for the outputs' writes; if the batch has vanished meanwhile, records and logs the loss
   * and fails the job without retries (there is nothing left to retry it for).
   */
  private async settleWrites(writes: Promise<boolean>[], jobId: string | undefined): Promise<void> {
    const results = await Promise.allSettled(writes);
    const gone = results.find(
      (r): r is PromiseRejectedResult => r.status === 'rejected' && r.reason instanceof BatchGoneError,
    );
    if (gone !== undefined) {
      const { batchId } = gone.reason as BatchGoneError;
      if (!this.lost.has(batchId)) {
        this.lost.add(batchId);
        this.log(
          `job ${jobId}: batch ${batchId} is no longer on the server (was Redis restarted without persistence?); ` +
            'its results are gone and it must be submitted again',
          'problem',
        );
      }
      throw new UnrecoverableError(`batch ${batchId} is no longer on the server`);
    }
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }

  /**
   * Logs a connection or queue error, but the same message at most once per
   * {@link REPEATED_ERROR_MS}: while Redis is down (a restart), every reconnection attempt of
   * each of the worker's connections fails alike, which would flood the log.
   */
  private logQueueError(error: Error): void {
    // BullMQ cannot finish a job whose batch was lost with the rest of the data: already logged.
    const missing = /^Missing key for job ([^ ]+?)\. /.exec(error.message);
    if (missing !== null && this.lost.has(missing[1]!.replace(/\.\d+$/, ''))) return;
    const now = performance.now();
    if (error.message === this.lastError.message && now - this.lastError.at < REPEATED_ERROR_MS) return;
    this.lastError = { message: error.message, at: now };
    this.log(`queue error: ${error.message} (retrying)`, 'problem');
  }

  /** The batch's definition, from the cache or Redis; problems no retry can fix are unrecoverable. */
  private async spec(batchId: string): Promise<BatchSpec> {
    const cached = this.specs.get(batchId);
    if (cached !== undefined) return cached;
    let record: Awaited<ReturnType<typeof readBatchRecord>>;
    try {
      record = await readBatchRecord(this.redis, batchId);
    } catch (error) {
      if (error instanceof TypeError) throw new UnrecoverableError(error.message);
      throw error;
    }
    if (record === null) {
      throw new UnrecoverableError(
        `batch ${batchId} has no definition on this server (deleted by \`collect --purge\`?)`,
      );
    }
    const { spec } = record;
    if (spec.manifest.landportVersion !== this.version) {
      throw new UnrecoverableError(
        `batch ${batchId} was submitted with Landport ${spec.manifest.landportVersion} and this worker runs ` +
          `${this.version}; results are reproducible only with one version: run workers of version ${spec.manifest.landportVersion}`,
      );
    }
    if (this.specs.size >= SPEC_CACHE_SIZE) this.specs.delete(this.specs.keys().next().value!);
    this.specs.set(batchId, spec);
    return spec;
  }

  /**
   * Polls the queue's counts while idle and closes the worker once nothing is waiting, delayed
   * (a retry) or running anywhere. A job running on another worker keeps this one alive, so that
   * if that worker dies its job is still picked up after its lock expires.
   */
  private watchForEmptyQueue(stalledIntervalMs: number): void {
    const queue = openReplicationQueue(this.redis);
    const check = async () => {
      if (this.busy || this.closing !== null) return;
      const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0) && !this.busy) {
        this.log('the queue is empty; stopping', 'info');
        this.emptied = true;
        await this.close();
      }
    };
    this.idleTimer = setInterval(
      () => {
        check().catch((error: Error) => this.logQueueError(error));
      },
      Math.min(1000, stalledIntervalMs),
    );
    this.done.finally(() => queue.close()).catch(() => {});
  }
}

function positive(name: string, x: number): number {
  if (!(Number.isFinite(x) && x > 0)) throw new RangeError(`${name} must be a number > 0, got ${x}`);
  return x;
}
