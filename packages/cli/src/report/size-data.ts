import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BatchError } from '../batch/batch-error.js';
import { decodeNumber } from '../batch/lossless-number.js';
import type { Target } from '../target.js';
import { readScenarioRecord, type ScenarioRecord } from './scenario-record.js';

/** File name of a sizing in a results folder (written by `landport size`). */
export const SIZE_FILE = 'size.json';

/** The evidence at one lane count, as size.json holds it. */
export interface SizePoint {
  readonly lanes: number;
  readonly replications: number;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  /** 'meets': the whole interval meets the target; 'fails': none of it does; 'unclear' at the cap. */
  readonly verdict: 'meets' | 'fails' | 'unclear';
}

/** A `landport size` folder. */
export interface SizeData {
  readonly folder: string;
  readonly station: string;
  readonly target: Target;
  readonly level: number;
  readonly seed: number | string;
  /** The smallest lane count meeting the target, or null if none in the range did. */
  readonly lanes: number | null;
  /** Lane counts evaluated, ascending. */
  readonly curve: readonly SizePoint[];
  readonly scenario: ScenarioRecord | null;
}

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
