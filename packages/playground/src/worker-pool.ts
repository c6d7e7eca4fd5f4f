import type { ReplicationOutput } from '@landport/experiment';
import type { ReplicationTask } from './replication-task.js';
import type { ReplicationReply } from './replication-worker.js';
import ReplicationWorker from './replication-worker.ts?worker&inline';

/** Options of {@link runInWorkers}. */
export interface WorkerRunOptions {
  /** Workers to start; clamped to 1 … tasks.length. */
  readonly workers: number;
  /** Called as each task finishes (in any order), with its index in `tasks`. */
  readonly onResult: (index: number, result: ReplicationOutput) => void;
  /** Aborting terminates every worker at once; the promise then rejects with the signal's reason. */
  readonly signal: AbortSignal;
  /** Called with the number of live workers whenever it changes (the page shows it; the tests read it). */
  readonly onWorkers?: (live: number) => void;
}

/**
 * The page's Web Worker. Vite bundles replication-worker.ts into a classic script (`worker.format:
 * 'iife'` in vite.config.ts) and inlines it here as text (`?worker&inline`), started from a Blob
 * URL: a page opened from a file may start a worker from a Blob URL it made, but not from another
 * file:// URL, nor as an ES module.
 */
function startWorker(): Worker {
  return new ReplicationWorker({ name: 'replication' });
}

/**
 * Runs `tasks` on a fresh set of Web Workers, each taking the next task when it finishes one, and
 * resolves with the results in task order. The workers live for one call: a cancelled run leaves
 * nothing behind, and the next starts clean. A task that throws stops the run (every worker is
 * terminated) and rejects with its message and replication.
 */
export function runInWorkers(
  tasks: readonly ReplicationTask[],
  options: WorkerRunOptions,
): Promise<ReplicationOutput[]> {
  const results = new Array<ReplicationOutput>(tasks.length);
  if (tasks.length === 0) return Promise.resolve(results);
  options.signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const count = Math.max(1, Math.min(Math.floor(options.workers), tasks.length));
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    const stop = () => {
      for (const worker of workers) worker.terminate();
      workers.length = 0;
      options.onWorkers?.(0);
      options.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(options.signal.reason);
    };
    options.signal.addEventListener('abort', onAbort);
    const give = (worker: Worker, index: number) => {
      worker.onmessage = ({ data }: MessageEvent<ReplicationReply>) => {
        if ('error' in data) {
          stop();
          reject(new Error(`replication ${data.replication} failed: ${data.error}`));
          return;
        }
        results[index] = data.output;
        done++;
        options.onResult(index, data.output);
        if (done === tasks.length) {
          stop();
          resolve(results);
        } else if (next < tasks.length) give(worker, next++);
      };
      worker.postMessage(tasks[index]);
    };
    for (let w = 0; w < count; w++) {
      const worker = startWorker();
      worker.onerror = (event) => {
        event.preventDefault();
        stop();
        reject(new Error(`a worker failed to start or crashed: ${event.message || 'no message'}`));
      };
      workers.push(worker);
      give(worker, next++);
    }
    options.onWorkers?.(workers.length);
  });
}
