import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeNumber, type SizeData, type SizePoint, type Target } from '@landport/experiment';
import { BatchError } from '../batch/batch-error.js';
import { readScenarioRecord } from './scenario-record.js';

/** File name of a sizing in a results folder (written by `landport size`). */
export const SIZE_FILE = 'size.json';

/** Reads a size folder; throws a BatchError naming the file if size.json is malformed. */
export function readSizeData(folder: string): SizeData {
  const path = join(folder, SIZE_FILE);
  let document: Record<string, any>;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BatchError(`Cannot read ${path}: ${(error as Error).message}.`);
  }
  const target = document?.target;
  if (
    document?.schemaVersion !== 1 ||
    !Array.isArray(document.curve) ||
    typeof target?.metric !== 'string' ||
    typeof target?.value !== 'number'
  ) {
    throw new BatchError(
      `${path} is not a Landport sizing of schema version 1; it may come from another version or have been edited.`,
    );
  }
  const curve = (document.curve as Record<string, unknown>[]).map((p, k) => ({
    lanes: decodeNumber(p.lanes, `${path}: curve[${k}].lanes`),
    replications: decodeNumber(p.replications, `${path}: curve[${k}].replications`),
    mean: decodeNumber(p.mean, `${path}: curve[${k}].mean`),
    lower: decodeNumber(p.lower, `${path}: curve[${k}].lower`),
    upper: decodeNumber(p.upper, `${path}: curve[${k}].upper`),
    verdict: p.verdict as SizePoint['verdict'],
  }));
  return {
    folder,
    station: String(document.station),
    target: target as Target,
    level: decodeNumber(document.level, `${path}: level`),
    seed: document.seed,
    lanes: typeof document.lanes === 'number' ? document.lanes : null,
    curve,
    scenario: readScenarioRecord(folder),
  };
}
