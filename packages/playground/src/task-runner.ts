import type { ReplicationOutput } from '@landport/experiment';
import type { ReplicationTask } from './replication-task.js';

/**
 * Runs a batch of replications on the page's workers, with the page's progress bar and Cancel
 * button; resolves with the outputs in task order, rejects with an AbortError when cancelled.
 * `onResult` sees each output as it finishes (in any order). Provided by the page (main.ts) to the
 * run, comparison and sizing views, so that only one batch runs at a time.
 */
export type TaskRunner = (
  tasks: readonly ReplicationTask[],
  onResult?: (index: number, output: ReplicationOutput) => void,
) => Promise<ReplicationOutput[]>;
