import { join } from 'node:path';
import {
  DEFAULT_LEVEL,
  formatReplicationList,
  type PairedComparison,
  pairedComparison,
} from '@landport/experiment';
import { BatchError } from './batch-error.js';
import { LogIndex } from './log-index.js';
import { readManifest } from './manifest.js';
import { OrderedResults } from './ordered-results.js';
import { LOG_FILE } from './results-log.js';

/**
 * {@link pairedComparison} of two results folders (A = `folderA`), read in replication order.
 * Throws a BatchError unless both were run with the same seed and hold the same replications,
 * without which the pairing would be meaningless.
 */
export function compareResults(folderA: string, folderB: string, level = DEFAULT_LEVEL): PairedComparison {
  const manifestA = readManifest(folderA);
  const manifestB = readManifest(folderB);
  if (JSON.stringify(manifestA.seed) !== JSON.stringify(manifestB.seed)) {
    throw new BatchError(
      `Cannot compare ${folderA} and ${folderB} on common random numbers: their seeds differ ` +
        `(${JSON.stringify(manifestA.seed)} vs ${JSON.stringify(manifestB.seed)}). Run both with the same --seed.`,
    );
  }
  const resultsA = new OrderedResults([LogIndex.scan(join(folderA, LOG_FILE))]);
  const resultsB = new OrderedResults([LogIndex.scan(join(folderB, LOG_FILE))]);
  const inB = new Set(resultsB.replications);
  const inA = new Set(resultsA.replications);
  const onlyA = resultsA.replications.filter((r) => !inB.has(r));
  const onlyB = resultsB.replications.filter((r) => !inA.has(r));
  if (onlyA.length > 0 || onlyB.length > 0) {
    const parts = [];
    if (onlyA.length > 0) parts.push(`only ${folderA} has ${formatReplicationList(onlyA)}`);
    if (onlyB.length > 0) parts.push(`only ${folderB} has ${formatReplicationList(onlyB)}`);
    throw new BatchError(
      `Cannot compare ${folderA} and ${folderB}: they hold different replications (${parts.join('; ')}). ` +
        'Run both with the same --replications and finish both (--resume).',
    );
  }
  return pairedComparison(resultsA.outputs(), resultsB.outputs(), level);
}
