import { formatReplicationList } from '@landport/experiment';
import { BatchError } from '../batch/batch-error.js';
import type { FailedJob } from './failed-jobs.js';

/**
 * A batch that cannot be completed: some of its jobs failed for good (their tries used up), so
 * some replications have no results. Collecting it writes nothing, since a summary of the
 * replications that happened to succeed would be biased (a replication that makes the model fail
 * is unlikely to be a typical one) and would not equal `landport run`. A BatchError, so the CLI
 * prints the report and exits with code 2.
 */
export class FailedJobsError extends BatchError {
  /** The failed jobs, by first replication. */
  readonly jobs: readonly FailedJob[];

  constructor(batchId: string, jobs: readonly FailedJob[], stored: number) {
    const missing = jobs.flatMap((job) => job.missing);
    const lines = jobs.map(
      (job) => `  job ${job.jobId} (${rangeText(job)})${triesText(job.attempts)}: ${job.reason}`,
    );
    super(
      `Batch ${batchId} cannot be completed: ${jobs.length} ${jobs.length === 1 ? 'job has' : 'jobs have'} ` +
        `failed for good, so replications ${formatReplicationList(missing)} have no results:\n` +
        `${lines.join('\n')}\n` +
        `Nothing was written; the ${stored} replications stored are kept. Fix the cause, then run ` +
        `\`landport collect ${batchId} --retry-failed\` to run the failed jobs again.`,
    );
    this.jobs = jobs;
  }
}

/** ", after 3 tries"; nothing for a job that never ran (gone from the queue). */
function triesText(attempts: number): string {
  return attempts === 0 ? '' : `, after ${attempts} ${attempts === 1 ? 'try' : 'tries'}`;
}

/** "replication 4" or "replications 3–5". */
function rangeText(job: FailedJob): string {
  const { from, to } = job.range;
  return to - from === 1 ? `replication ${from}` : `replications ${from}–${to - 1}`;
}
