// The batch machinery of the Landport CLI (run, compare, sweep, size, merge). This file only re-exports.
export {
  DEFAULT_LEVEL,
  type MetricSummary,
  SUMMARY_SCHEMA_VERSION,
  type Summary,
  SummaryAccumulator,
  summarize,
  summarizeTally,
} from './aggregate.js';
export { AtomicFile, syncFolder, writeAtomically, writeFileAtomic } from './atomic-write.js';
export { BatchError } from './batch-error.js';
export { canonicalJson } from './canonical-json.js';
export { compareCodeUnits } from './code-unit-order.js';
export { csvRecord } from './csv.js';
export { asFileSystemError, FileSystemError } from './file-system-error.js';
export { LOCK_FILE, type LockOwner, withFolderLock } from './folder-lock.js';
export { type LogEntry, LogIndex, readEntryBytes } from './log-index.js';
export {
  decodeNumber,
  type EncodedNumber,
  encodeNumber,
  formatNumber,
  stringifyLossless,
} from './lossless-number.js';
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
export {
  COMPARISON_SCHEMA_VERSION,
  compareResults,
  type MetricComparison,
  type PairedComparison,
  pairedComparison,
} from './paired-comparison.js';
export { createProgress, type ProgressOptions, type ProgressReporter } from './progress.js';
export {
  checkReplicationOutput,
  type ModelModule,
  type ReplicationOutput,
  type ReplicationRunner,
  type ReplicationSeries,
  type ReplicationTask,
} from './replication.js';
export { decodeReplicationLine, encodeReplicationLine } from './replication-line.js';
export { formatReplicationList } from './replication-list.js';
export { ensureFolder, existingResultFiles, requireNoResults, withFolderErrors } from './results-folder.js';
export {
  DEFAULT_SYNC_INTERVAL_MS,
  LOG_FILE,
  ResultsLog,
  type ResultsLogOptions,
} from './results-log.js';
export { type BatchResult, type RunBatchOptions, runBatch } from './run-batch.js';
export { SeriesAggregate, type SeriesPoint } from './series-aggregate.js';
export { formatShard, parseShard, type ReplicationRange, type Shard, shardRange } from './shards.js';
export { formatSummary, parseSummary } from './summary-json.js';
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
