import type { Shard } from './shards.js';

/** Version of the {@link Manifest} format. */
export const MANIFEST_SCHEMA_VERSION = 1;

/**
 * What a results folder holds, enough to reproduce it exactly: run the same Landport version on
 * the scenario with this hash, with this seed and replication count, and the same results come
 * out bit for bit. No timestamps or host names: the manifest of a merged sharded run is
 * byte-identical to that of a single run.
 */
export interface Manifest {
  /** {@link MANIFEST_SCHEMA_VERSION}. */
  schemaVersion: number;
  /** Version of the Landport CLI that wrote the results. */
  landportVersion: string;
  /** The scenario run. */
  scenario: {
    /** Its name (built-in name or file), for people. */
    name: string;
    /** SHA-256 (hex) of the canonical JSON of the scenario data given to the replications, overrides applied. */
    sha256: string;
  };
  /** Master seed. */
  seed: number | string;
  /** Replications of the whole run (all shards together). */
  replications: number;
  /** The shard this folder holds, or null for a whole run (also after a merge). */
  shard: Shard | null;
  /** The `--set path=value` overrides exactly as given, in order. */
  overrides: string[];
  /**
   * A run to a target precision (`run --precision`), absent otherwise: `replications` is then the
   * maximum, and the rounds start at `initialReplications` (see analysis/precision-rounds.ts).
   */
  precision?: ManifestPrecision;
}

/** The precision plan of a run, as recorded in its manifest. */
export interface ManifestPrecision {
  initialReplications: number;
  /** The `--precision` values exactly as given, in order. */
  targets: string[];
}
