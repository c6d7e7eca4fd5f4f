import type { Scenario } from '@landport/sim-core/border';

/** One replication to run: the unit the pool hands to a worker. */
export interface ReplicationTask {
  /** A validated scenario (plain data; structured-cloned into the worker). */
  readonly scenario: Scenario;
  /** The master seed: a whole number, or a word, as `--seed` reads it. */
  readonly seed: number | string;
  /** Replication index i: the run uses the random streams of (seed, i). */
  readonly replication: number;
}

/** A seed as `landport run --seed` reads it: an integer if the text is one, else the text. */
export function seedValue(text: string): number | string {
  const n = Number(text);
  return text.trim() !== '' && Number.isSafeInteger(n) ? n : text;
}
