import { closeSync, openSync } from 'node:fs';
import type { ReplicationOutput } from '@landport/experiment';
import { compareCodeUnits } from '@landport/experiment';
import { type LogEntry, type LogIndex, readEntryBytes } from './log-index.js';
import { decodeReplicationLine } from './replication-line.js';

interface Located {
  replication: number;
  source: number;
  entry: LogEntry;
}

/**
 * The replications of one or more indexed logs, read back in ascending replication order.
 *
 * Why replication order: floating-point sums depend on the order of their terms, and workers
 * finish replications in an order that varies from run to run. Reading the records back sorted
 * (by the byte offsets in the index, one positioned read each) makes every aggregate a function
 * of the set of replications alone: byte-identical for any worker count, shard split or
 * interruption. The cost is one extra read of the log at the end of a run, from the page cache.
 *
 * Memory: one small record per replication (index, log, offset, length), not the outputs.
 */
export class OrderedResults {
  /** The replication indices, ascending. */
  readonly replications: readonly number[];
  /** Every metric name in any record, in code-unit order: the columns of `replications.csv`. */
  readonly metricNames: readonly string[];
  private readonly located: Located[];
  private readonly paths: string[];

  /**
   * @param indexes logs whose replications are disjoint (a replication in two logs throws a
   *   RangeError; `mergeShards` checks this first to name the shards).
   * @param only if given, the replications to read; any other replication in the logs is ignored.
   */
  constructor(indexes: readonly LogIndex[], only?: ReadonlySet<number>) {
    this.paths = indexes.map((index) => index.path);
    const located: Located[] = [];
    const names = new Set<string>();
    const seen = new Map<number, number>();
    indexes.forEach((index, source) => {
      for (const [replication, entry] of index.entries) {
        if (only !== undefined && !only.has(replication)) continue;
        const other = seen.get(replication);
        if (other !== undefined) {
          throw new RangeError(
            `replication ${replication} is in both ${this.paths[other]} and ${index.path}; logs to combine must be disjoint`,
          );
        }
        seen.set(replication, source);
        located.push({ replication, source, entry });
      }
      for (const name of index.metricNames) names.add(name);
    });
    located.sort((a, b) => a.replication - b.replication);
    this.located = located;
    this.replications = located.map((item) => item.replication);
    this.metricNames = [...names].sort(compareCodeUnits);
  }

  /** Number of replications. */
  get size(): number {
    return this.located.length;
  }

  /** The outputs in ascending replication order, read from disk one at a time. */
  *outputs(): Generator<ReplicationOutput> {
    for (const bytes of this.lines()) yield decodeReplicationLine(bytes.toString('utf8'));
  }

  /** The raw record lines (without newlines) in ascending replication order, for copying a log. */
  *lines(): Generator<Buffer> {
    const fds = new Map<number, number>();
    try {
      for (const { source, entry } of this.located) {
        let fd = fds.get(source);
        if (fd === undefined) {
          fd = openSync(this.paths[source]!, 'r');
          fds.set(source, fd);
        }
        yield readEntryBytes(fd, entry);
      }
    } finally {
      for (const fd of fds.values()) closeSync(fd);
    }
  }
}
