// The batch machinery of the Landport CLI (run, compare, sweep, size, merge): files, worker threads,
// progress. The pure parts (aggregation, comparison, lossless JSON) are @landport/experiment's. This
// file only re-exports.
export { AtomicFile, syncFolder, writeAtomically, writeFileAtomic } from './atomic-write.js';
export { BatchError } from './batch-error.js';
export { canonicalJson } from './canonical-json.js';
export { asFileSystemError, FileSystemError } from './file-system-error.js';
export { LOCK_FILE, type LockOwner, withFolderLock } from './folder-lock.js';
export { type LogEntry, LogIndex, readEntryBytes } from './log-index.js';
export {
  createManifest,
  landportVersion,
  MANIFEST_FILE,
  MANIFEST_SCHEMA_VERSION,
  type Manifest,
  type ManifestInput,
  manifestDifferences,
  readManifest,
  scenarioHash,
  writeManifest,
} from './manifest.js';
export { type MergeResult, mergeShards } from './merge.js';
export { OrderedResults } from './ordered-results.js';
export {
  NO_UNITS,
  type OutputUnits,
  REPLICATIONS_CSV,
  SERIES_CSV,
  SUMMARY_FILE,
  withUnit,
  writeOutputs,
} from './outputs.js';
export { compareResults } from './paired-comparison.js';
export { createProgress, type ProgressOptions, type ProgressReporter } from './progress.js';
export { decodeReplicationLine, encodeReplicationLine } from './replication-line.js';
export { ensureFolder, existingResultFiles, requireNoResults, withFolderErrors } from './results-folder.js';
export {
  DEFAULT_SYNC_INTERVAL_MS,
  LOG_FILE,
  ResultsLog,
  type ResultsLogOptions,
} from './results-log.js';
export { type BatchResult, type RunBatchOptions, runBatch } from './run-batch.js';
export type { ChunkRequest, ChunkResponse, ReplicationFailure } from './worker.js';
export {
  DEFAULT_TARGET_CHUNK_MS,
  defaultWorkerCount,
  modelUrl,
  ReplicationError,
  type ReplicationJob,
  ReplicationPool,
  type ReplicationPoolOptions,
  runReplications,
} from './worker-pool.js';
