import type { PairedComparison } from '../batch/paired-comparison.js';
import type { Manifest } from '../batch/run-manifest.js';
import type { ScenarioRecord } from './scenario-record.js';

/** One side of a comparison: its run's manifest and scenario. */
export interface ComparedRun {
  readonly manifest: Manifest;
  readonly scenario: ScenarioRecord | null;
}

/** A `landport compare` folder: the paired comparison and the two runs (in a/ and b/). */
export interface ComparisonData {
  readonly folder: string;
  readonly comparison: PairedComparison;
  readonly a: ComparedRun;
  readonly b: ComparedRun;
}
