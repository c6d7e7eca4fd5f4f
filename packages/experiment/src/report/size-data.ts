import type { Target } from '../target.js';
import type { ScenarioRecord } from './scenario-record.js';

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
