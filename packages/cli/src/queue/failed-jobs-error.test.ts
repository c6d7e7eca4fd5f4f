import { describe, expect, it } from 'vitest';
import { BatchError } from '../batch/batch-error.js';
import { FailedJobsError } from './failed-jobs-error.js';

describe('FailedJobsError', () => {
  it('lists each job with its replications, tries and error, and the replications left without results', () => {
    const error = new FailedJobsError(
      'b-1',
      [
        { jobId: 'b-1.0', range: { from: 0, to: 1 }, missing: [0], attempts: 1, reason: 'boom' },
        { jobId: 'b-1.3', range: { from: 6, to: 8 }, missing: [7], attempts: 0, reason: 'gone' },
      ],
      6,
    );
    expect(error).toBeInstanceOf(BatchError); // the CLI's exit code 2
    expect(error.message).toBe(
      'Batch b-1 cannot be completed: 2 jobs have failed for good, so replications 0, 7 (2 replications) have no results:\n' +
        '  job b-1.0 (replication 0), after 1 try: boom\n' +
        '  job b-1.3 (replications 6–7): gone\n' +
        'Nothing was written; the 6 replications stored are kept. Fix the cause, then run ' +
        '`landport collect b-1 --retry-failed` to run the failed jobs again.',
    );
  });
});
