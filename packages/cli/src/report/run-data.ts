import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSummary, type RunData, runData } from '@landport/experiment';
import { BatchError } from '../batch/batch-error.js';
import { LogIndex } from '../batch/log-index.js';
import { readManifest } from '../batch/manifest.js';
import { OrderedResults } from '../batch/ordered-results.js';
import { SUMMARY_FILE } from '../batch/outputs.js';
import { LOG_FILE } from '../batch/results-log.js';
import { readScenarioRecord } from './scenario-record.js';
import { shippedCalibration } from './shipped-calibration.js';

/**
 * Reads a run's results folder: summary.json, manifest.json, scenario.json if present, and the
 * results log, once, in replication order. Per-replication values come from the log (the same
 * numbers as replications.csv, without a CSV round trip); the series are re-aggregated from the
 * log too, because a plotted daily band needs each replication's daily means (see
 * `bucketSeries`). Memory does not grow with the number of replications (see `runData`): the
 * log index's offset and length per replication, the aggregated series, tallies and a sample of
 * at most SAMPLE_SIZE replications' wait statistics.
 */
export function readRunData(folder: string): RunData {
  const summaryPath = join(folder, SUMMARY_FILE);
  if (!existsSync(summaryPath)) {
    throw new BatchError(
      `${folder} holds no ${SUMMARY_FILE}: it is not a finished Landport run (finish it with --resume, or merge its shards).`,
    );
  }
  const summary = parseSummary(readFileSync(summaryPath, 'utf8'));
  const manifest = readManifest(folder);
  const results = new OrderedResults([LogIndex.scan(join(folder, LOG_FILE))]);
  return runData({
    folder,
    manifest,
    summary,
    scenario: readScenarioRecord(folder),
    metricNames: results.metricNames,
    outputs: results.outputs(),
    calibration: shippedCalibration(manifest.scenario.name),
  });
}
