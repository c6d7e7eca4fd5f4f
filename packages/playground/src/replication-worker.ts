/**
 * A Web Worker running replications: the experiment layer's `runBorderReplicationTask`, the unit
 * the CLI's worker threads run (`runBorderReplication` and the flattening of its result into
 * metrics, series and daily detail), so replication i gives the same output wherever it runs.
 * Plain data in, plain data out.
 */
import { type ReplicationOutput, runBorderReplicationTask } from '@landport/experiment';
import type { ReplicationTask } from './replication-task.js';

/** The worker's answer to one task. */
export type ReplicationReply =
  | { readonly replication: number; readonly output: ReplicationOutput }
  | { readonly replication: number; readonly error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReplicationTask>) => void) | null;
  postMessage(reply: ReplicationReply): void;
};

scope.onmessage = ({ data: task }) => {
  try {
    scope.postMessage({ replication: task.replication, output: runBorderReplicationTask(task) });
  } catch (error) {
    scope.postMessage({
      replication: task.replication,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
