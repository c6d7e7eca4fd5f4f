import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ComparedRun,
  decodeNumber,
  MANY_WAY_SCHEMA_VERSION,
  type ManyWayComparison,
  type PairComparison,
  type Selection,
} from '@landport/experiment';
import { BatchError } from '../batch/batch-error.js';
import { readManifest } from '../batch/manifest.js';
import { readScenarioRecord } from './scenario-record.js';

/** File name of a many-way comparison in a compare folder (written by `landport compare --variant`). */
export const MANY_WAY_FILE = 'comparisons.json';

/** A many-way compare folder: the comparison, the selection if one was asked, and each variant's run (in v<i>/). */
export interface ManyWayData {
  readonly folder: string;
  readonly comparison: ManyWayComparison;
  readonly selection: Selection | null;
  readonly variants: readonly ComparedRun[];
}

const NUMBERS = [
  'a',
  'b',
  'n',
  'meanA',
  'meanB',
  'difference',
  'sd',
  'p',
  'adjustedP',
  'level',
  'halfWidth',
  'lower',
  'upper',
] as const;

/** Reads a many-way compare folder; throws a BatchError naming the file if comparisons.json is malformed. */
export function readManyWayData(folder: string): ManyWayData {
  const path = join(folder, MANY_WAY_FILE);
  let document: Record<string, any>;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BatchError(`Cannot read ${path}: ${(error as Error).message}.`);
  }
  if (
    document?.schemaVersion !== MANY_WAY_SCHEMA_VERSION ||
    typeof document.metrics !== 'object' ||
    !Array.isArray(document.variants)
  ) {
    throw new BatchError(
      `${path} is not a Landport many-way comparison of schema version ${MANY_WAY_SCHEMA_VERSION}; it may come from another version or have been edited.`,
    );
  }
  const metrics: Record<string, PairComparison[]> = {};
  for (const [name, pairs] of Object.entries(document.metrics as Record<string, Record<string, unknown>[]>)) {
    metrics[name] = pairs.map((value, i) => {
      const pair = { different: value.different === true } as PairComparison;
      for (const field of NUMBERS)
        pair[field] = decodeNumber(value[field], `${path}: metrics.${name}[${i}].${field}`);
      return pair;
    });
  }
  const comparison: ManyWayComparison = {
    schemaVersion: MANY_WAY_SCHEMA_VERSION,
    variants: document.variants.map(String),
    replications: decodeNumber(document.replications, `${path}: replications`),
    pairs: document.pairs,
    adjustment: document.adjustment,
    familywiseErrorRate: decodeNumber(document.familywiseErrorRate, `${path}: familywiseErrorRate`),
    metrics,
  };
  const variants = comparison.variants.map((_, i) => variantRun(join(folder, `v${i}`)));
  return { folder, comparison, selection: selectionOf(document.selection, path), variants };
}

function selectionOf(value: Record<string, any> | null | undefined, path: string): Selection | null {
  if (value === null || value === undefined) return null;
  return {
    ...(value as Selection),
    means: (value.means as unknown[]).map((x, i) => decodeNumber(x, `${path}: selection.means[${i}]`)),
    largestHalfWidth: decodeNumber(value.largestHalfWidth, `${path}: selection.largestHalfWidth`),
  };
}

function variantRun(folder: string): ComparedRun {
  if (!existsSync(folder)) {
    throw new BatchError(
      `${folder} is missing: a many-way compare folder holds each variant's run in v0/, v1/, …`,
    );
  }
  return { manifest: readManifest(folder), scenario: readScenarioRecord(folder) };
}
