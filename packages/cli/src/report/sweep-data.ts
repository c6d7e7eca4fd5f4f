import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Summary } from '../batch/aggregate.js';
import { BatchError } from '../batch/batch-error.js';
import { parseSummary } from '../batch/summary-json.js';
import { headlineMetrics } from '../summary-table.js';
import { readScenarioRecord, type ScenarioRecord } from './scenario-record.js';

/** File name of a sweep in a results folder (written by `landport sweep`). */
export const SWEEP_FILE = 'sweep.json';

/** One point of a sweep: the parameter values (as written) and the summary there. */
export interface SweepPoint {
  readonly values: Readonly<Record<string, string>>;
  /** The point's run folder, inside the sweep folder. */
  readonly folder: string;
  readonly summary: Summary;
}

/** A `landport sweep` folder. */
export interface SweepData {
  readonly folder: string;
  /** The swept parameter paths, one or two. */
  readonly params: readonly string[];
  readonly replications: number;
  readonly seed: number | string;
  readonly points: readonly SweepPoint[];
  /** The scenario of the first point (the base scenario with that point's values), if recorded. */
  readonly scenario: ScenarioRecord | null;
}

/**
 * The metrics a sweep shows unless told otherwise: the headline p95 waits, throughput and
 * utilisations, the figures a lane or quota decision turns on.
 */
export function defaultSweepMetrics(summary: Summary): string[] {
  return headlineMetrics(Object.keys(summary.metrics)).filter((m) =>
    /waitHours\.p95$|^throughputPerDay$|utilisation$/.test(m),
  );
}

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
