/**
 * A Web Worker running replications: the same function the CLI's worker threads run,
 * `runBorderReplication(scenario, { seed, replication })`, so a replication's result depends only
 * on (scenario, seed, replication) wherever it runs. Plain data in, plain data out.
 */
import { type BorderReplicationResult, runBorderReplication } from '@landport/sim-core/border';
import type { ReplicationTask } from './replication-task.js';

/** The worker's answer to one task. */
export type ReplicationReply =
  | { readonly replication: number; readonly result: BorderReplicationResult }
  | { readonly replication: number; readonly error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReplicationTask>) => void) | null;
  postMessage(reply: ReplicationReply): void;
};

scope.onmessage = ({ data: task }) => {
  try {
    const result = runBorderReplication(task.scenario, { seed: task.seed, replication: task.replication });
    scope.postMessage({ replication: task.replication, result });
  } catch (error) {
    scope.postMessage({
      replication: task.replication,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
