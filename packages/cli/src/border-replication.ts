/**
 * The model module the batch machinery runs on worker threads for border scenarios: plain data in
 * (a validated scenario, a seed, a replication index), plain data out. The work itself is the
 * experiment layer's `runBorderReplicationTask`, the function a browser's workers run too.
 */
import type { ReplicationOutput, ReplicationTask } from '@landport/experiment';
// The narrow entry: a worker thread loads what a replication needs, not the whole layer.
import { runBorderReplicationTask } from '@landport/experiment/replication';

export function runReplication(task: ReplicationTask): ReplicationOutput {
  return runBorderReplicationTask(task);
}

/** Where this module is, for worker threads: the TypeScript source under tests, JavaScript when built. */
export const BORDER_MODEL_URL = new URL(
  import.meta.url.endsWith('.ts') ? './border-replication.ts' : './border-replication.js',
  import.meta.url,
);
