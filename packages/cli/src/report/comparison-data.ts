import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COMPARISON_SCHEMA_VERSION,
  type ComparedRun,
  type ComparisonData,
  decodeNumber,
  type MetricComparison,
  type PairedComparison,
} from '@landport/experiment';
import { BatchError } from '../batch/batch-error.js';
import { readManifest } from '../batch/manifest.js';
import { readScenarioRecord } from './scenario-record.js';

/** File name of a comparison in a results folder (written by `landport compare`). */
export const COMPARISON_FILE = 'comparison.json';

const FIELDS = [
  'n',
  'meanA',
  'meanB',
  'difference',
  'sd',
  'halfWidth',
  'lower',
  'upper',
  'varianceRatio',
  'correlation',
  'unpairedHalfWidth',
] as const;

/** Reads a compare folder; throws a BatchError naming the file if comparison.json is malformed. */
export function readComparisonData(folder: string): ComparisonData {
  const path = join(folder, COMPARISON_FILE);
  let document: Record<string, any>;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BatchError(`Cannot read ${path}: ${(error as Error).message}.`);
  }
  if (document?.schemaVersion !== COMPARISON_SCHEMA_VERSION || typeof document.metrics !== 'object') {
    throw new BatchError(
      `${path} is not a Landport comparison of schema version ${COMPARISON_SCHEMA_VERSION}; it may come from another version or have been edited.`,
    );
  }
  const metrics: Record<string, MetricComparison> = {};
  for (const [name, value] of Object.entries(document.metrics as Record<string, Record<string, unknown>>)) {
    const metric = {} as MetricComparison;
    for (const field of FIELDS)
      metric[field] = decodeNumber(value[field], `${path}: metrics.${name}.${field}`);
    metrics[name] = metric;
  }
  const comparison: PairedComparison = {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    replications: decodeNumber(document.replications, `${path}: replications`),
    level: decodeNumber(document.level, `${path}: level`),
    metrics,
  };
  return { folder, comparison, a: comparedRun(join(folder, 'a')), b: comparedRun(join(folder, 'b')) };
}

function comparedRun(folder: string): ComparedRun {
  if (!existsSync(folder)) {
    throw new BatchError(`${folder} is missing: a compare folder holds the two runs in a/ and b/.`);
  }
  return { manifest: readManifest(folder), scenario: readScenarioRecord(folder) };
}
