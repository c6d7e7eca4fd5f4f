import ReplicationWorker from './replication-worker.ts?worker&inline';

/**
 * The Web Workers of one job (a run, a comparison or a sizing). A worker is started when a batch of
 * the job first needs it and kept for the job's later batches, so that a sizing, which runs a batch
 * at each lane count it tries, loads the worker's code and warms its compiler once per worker
 * rather than once per lane count. A worker keeps nothing between tasks (replication-worker.ts:
 * plain data in, plain data out), so which worker runs a task never changes its output. `close`
 * ends them all; the job's end, its failure and Cancel all close it, so no worker outlives its job
 * and the next job starts clean.
 *
 * Vite bundles replication-worker.ts into a classic script (`worker.format: 'iife'` in
 * vite.config.ts) and inlines it here as text (`?worker&inline`), started from a Blob URL: a page
 * opened from a file may start a worker from a Blob URL it made, but not from another file:// URL,
 * nor as an ES module.
 */
export class JobWorkers {
  private readonly started: Worker[] = [];
  /** Whether a batch holds the workers (from `take` to `release` or `close`). */
  private taken = false;

  /** @param onLive called with the number of live workers whenever it changes (the page shows it; the tests read it). */
  constructor(private readonly onLive: (live: number) => void) {}

  /** The job's first `count` workers, starting those it has not started yet, for one batch at a time. */
  take(count: number): Worker[] {
    if (this.taken) throw new Error("a batch is already running on this job's workers");
    this.taken = true;
    if (this.started.length < count) {
      while (this.started.length < count) this.started.push(new ReplicationWorker({ name: 'replication' }));
      this.onLive(this.started.length);
    }
    return this.started.slice(0, count);
  }

  /** The batch that took the workers is done with them; the next batch may take them. */
  release(): void {
    this.taken = false;
  }

  /** Terminates every worker at once (a task still running is abandoned). */
  close(): void {
    this.taken = false;
    if (this.started.length === 0) return;
    for (const worker of this.started) worker.terminate();
    this.started.length = 0;
    this.onLive(0);
  }
}
