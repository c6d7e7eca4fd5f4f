import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSummary, type SweepData } from '@landport/experiment';
import { BatchError } from '../batch/batch-error.js';
import { readScenarioRecord } from './scenario-record.js';

/** File name of a sweep in a results folder (written by `landport sweep`). */
export const SWEEP_FILE = 'sweep.json';

/**
 * Reads a sweep folder. Point folders are located by their name inside `folder` (sweep.json keeps
 * the path as given at run time, which may have been relative to another working folder).
 */
export function readSweepData(folder: string): SweepData {
  const path = join(folder, SWEEP_FILE);
  let document: Record<string, any>;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BatchError(`Cannot read ${path}: ${(error as Error).message}.`);
  }
  if (document?.schemaVersion !== 1 || !Array.isArray(document.params) || !Array.isArray(document.points)) {
    throw new BatchError(
      `${path} is not a Landport sweep of schema version 1; it may come from another version or have been edited.`,
    );
  }
  const points = (document.points as Record<string, any>[]).map((p, k) => {
    try {
      return {
        values: p.values as Record<string, string>,
        folder: join(folder, basename(String(p.folder))),
        summary: parseSummary(JSON.stringify(p.summary)),
      };
    } catch (error) {
      throw new BatchError(`${path}: points[${k}] is malformed: ${(error as Error).message}.`);
    }
  });
  return {
    folder,
    params: document.params as string[],
    replications: document.replications as number,
    seed: document.seed as number | string,
    points,
    scenario: points.length === 0 ? null : readScenarioRecord(points[0]!.folder),
  };
}
