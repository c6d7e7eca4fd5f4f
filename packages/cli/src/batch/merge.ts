import { join } from 'node:path';
import { DEFAULT_LEVEL, formatReplicationList, formatShard, type Summary } from '@landport/experiment';
import { AtomicFile } from './atomic-write.js';
import { BatchError } from './batch-error.js';
import { LogIndex } from './log-index.js';
import { type Manifest, manifestDifferences, readManifest, writeManifest } from './manifest.js';
import { OrderedResults } from './ordered-results.js';
import { NO_UNITS, type OutputUnits, writeOutputs } from './outputs.js';
import { ensureFolder, removeResults, requireNoResults, withFolderErrors } from './results-folder.js';
import { LOG_FILE } from './results-log.js';

/** What {@link mergeShards} produced. */
export interface MergeResult {
  /** The merged summary, identical to that of a single run. */
  summary: Summary;
  /** The merged manifest: the shards' with `shard: null`, identical to that of a single run. */
  manifest: Manifest;
}

/**
 * The machinery of `landport merge DIR...`: combines the results folders of the shards of one run
 * into `outDir`, which then holds what a single unsharded run writes, byte for byte: manifest.json
 * (shard null), replications.jsonl (in replication order; a single run's log is in completion
 * order, the only file that differs), replications.csv, series.csv and summary.json.
 *
 * Refuses, with a BatchError naming the folders and replications, to merge:
 * - folders whose manifests differ in anything but the shard (scenario hash, seed, replication
 *   count, overrides, Landport version, shard count);
 * - a set of folders that does not hold every replication 0..n−1 exactly once: missing ones (a
 *   shard not given, or not finished: resume it) and repeated ones (a shard given twice).
 * A torn last line in a shard's log (an interrupted shard) counts as missing, not as an error.
 */
export function mergeShards(
  shardDirs: readonly string[],
  outDir: string,
  level = DEFAULT_LEVEL,
  units: OutputUnits = NO_UNITS,
): MergeResult {
  if (shardDirs.length === 0)
    throw new BatchError('Nothing to merge: give the results folders of the shards.');
  const manifests = shardDirs.map((dir) => readManifest(dir));
  const first = manifests[0]!;
  manifests.forEach((manifest, k) => {
    const differences = manifestDifferences(first, manifest, { ignoreShard: true });
    if (differences.length > 0) {
      throw new BatchError(
        `Cannot merge ${shardDirs[0]} and ${shardDirs[k]}: they are not shards of the same run (${differences.join('; ')}).`,
      );
    }
  });

  const total = first.replications;
  const indexes = shardDirs.map((dir) => LogIndex.scan(join(dir, LOG_FILE)));
  const owner = new Map<number, number>();
  const repeated = new Map<number, Set<number>>();
  const outside: number[] = [];
  indexes.forEach((index, k) => {
    for (const replication of index.entries.keys()) {
      if (replication >= total) outside.push(replication);
      const other = owner.get(replication);
      if (other === undefined) owner.set(replication, k);
      else repeated.set(replication, (repeated.get(replication) ?? new Set([other])).add(k));
    }
  });
  const missing: number[] = [];
  for (let r = 0; r < total; r++) if (!owner.has(r)) missing.push(r);
  const problems: string[] = [];
  if (missing.length > 0) {
    problems.push(
      `Replications ${formatReplicationList(missing)} are missing: was a shard left out, or is one unfinished ` +
        '(finish it with --resume)?',
    );
  }
  if (repeated.size > 0) {
    const folders = new Set(
      [...repeated.values()].flatMap((ks) => [...ks].map((k) => describeFolder(shardDirs, manifests, k))),
    );
    problems.push(
      `Replications ${formatReplicationList(repeated.keys())} are in more than one folder ` +
        `(${[...folders].join(', ')}): was a shard given twice?`,
    );
  }
  if (outside.length > 0) {
    problems.push(
      `Replications ${formatReplicationList(outside)} are beyond the run's ${total} replications.`,
    );
  }
  if (problems.length > 0) {
    throw new BatchError(
      `Cannot merge ${shardDirs.length} folders of ${total} replications. ${problems.join(' ')}`,
    );
  }

  ensureFolder(outDir, 'merged results folder');
  requireNoResults(outDir, 'Merge into a new folder.');
  const manifest: Manifest = { ...first, shard: null };
  const results = new OrderedResults(indexes);
  const summary = withFolderErrors(
    outDir,
    () => {
      try {
        writeManifest(outDir, manifest);
        const log = new AtomicFile(join(outDir, LOG_FILE));
        try {
          for (const line of results.lines()) log.write(`${line.toString('utf8')}\n`);
          log.commit();
        } catch (error) {
          log.abort();
          throw error;
        }
        return writeOutputs(outDir, results, level, units);
      } catch (error) {
        // The shards are intact: leave no half-merged folder, so the merge can simply be rerun.
        removeResults(outDir);
        throw error;
      }
    },
    (fix) => `${fix}, then run the merge again: nothing of it was kept.`,
  );
  return { summary, manifest };
}

function describeFolder(dirs: readonly string[], manifests: readonly Manifest[], k: number): string {
  const shard = manifests[k]!.shard;
  return shard === null ? dirs[k]! : `${dirs[k]} (shard ${formatShard(shard)})`;
}
