import type { ReplicationOutput } from '@landport/experiment';
import type { JobWorkers } from './job-workers.js';
import type { ReplicationTask } from './replication-task.js';
import type { ReplicationReply } from './replication-worker.js';

/** Options of {@link runInWorkers}. */
export interface WorkerRunOptions {
  /** The job's workers, of which the batch uses the first `count`. */
  readonly workers: JobWorkers;
  /** Workers to use; clamped to 1 … tasks.length. */
  readonly count: number;
  /** Called as each task finishes (in any order), with its index in `tasks`. */
  readonly onResult: (index: number, result: ReplicationOutput) => void;
  /** Aborting terminates the job's workers at once; the promise then rejects with the signal's reason. */
  readonly signal: AbortSignal;
}

/**
 * Runs `tasks` on the job's workers, each taking the next task when it finishes one, and resolves
 * with the results in task order; the workers are then idle, ready for the job's next batch. A
 * task that throws, a worker that fails, or the signal aborting ends the job: every worker of the
 * job is terminated and the promise rejects (with the task's message and replication, or the
 * signal's reason).
 */
export function runInWorkers(
  tasks: readonly ReplicationTask[],
  options: WorkerRunOptions,
): Promise<ReplicationOutput[]> {
  const results = new Array<ReplicationOutput>(tasks.length);
  if (tasks.length === 0) return Promise.resolve(results);
  options.signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const workers = options.workers.take(Math.max(1, Math.min(Math.floor(options.count), tasks.length)));
    let next = 0;
    let done = 0;
    const detach = () => {
      for (const worker of workers) {
        worker.onmessage = null;
        worker.onerror = null;
      }
      options.signal.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown) => {
      detach();
      options.workers.close();
      reject(error);
    };
    const onAbort = () => fail(options.signal.reason);
    options.signal.addEventListener('abort', onAbort);
    const give = (worker: Worker, index: number) => {
      worker.onmessage = ({ data }: MessageEvent<ReplicationReply>) => {
        if ('error' in data) {
          fail(new Error(`replication ${data.replication} failed: ${data.error}`));
          return;
        }
        results[index] = data.output;
        done++;
        options.onResult(index, data.output);
        if (done === tasks.length) {
          detach();
          options.workers.release();
          resolve(results);
        } else if (next < tasks.length) give(worker, next++);
      };
      worker.postMessage(tasks[index]);
    };
    for (const worker of workers) {
      worker.onerror = (event) => {
        event.preventDefault();
        fail(new Error(`a worker failed to start or crashed: ${event.message || 'no message'}`));
      };
      give(worker, next++);
    }
  });
}
