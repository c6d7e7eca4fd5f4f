import type { ReplicationRange } from '@landport/experiment';
import { MANIFEST_SCHEMA_VERSION, type Manifest, scenarioHash } from '../batch/manifest.js';

/** Version of the {@link BatchSpec} format stored in Redis. */
export const BATCH_SPEC_VERSION = 1;

/**
 * A submitted batch as stored in Redis, once, beside its jobs: everything a worker needs to run
 * any of its replications and everything `collect` needs to write the results folder. The jobs
 * themselves carry only the batch id and a replication range, so a large scenario is stored once
 * rather than once per job.
 */
export interface BatchSpec {
  /** {@link BATCH_SPEC_VERSION}. */
  schemaVersion: number;
  /** The batch id. */
  id: string;
  /**
   * The manifest of the results, exactly as `landport run` would write it for the same scenario,
   * seed, replication count and overrides: seed and replication count are read from it.
   */
  manifest: Manifest;
  /** The scenario data given to every replication (validated, overrides applied). */
  scenario: unknown;
  /**
   * The scenario file's `sources` map (where each value comes from), which the validated scenario
   * drops; `collect` writes it to scenario.json as `landport run` does, since the file itself may
   * not be on the machine that collects.
   */
  sources: Record<string, string>;
  /** Replications per job; job k runs [k·chunk, min((k+1)·chunk, replications)). */
  chunk: number;
  /** Number of jobs, ⌈replications / chunk⌉. */
  jobs: number;
  /** Tries of each job before it counts as failed. */
  attempts: number;
}

/** The replications of job `index` of `spec`. */
export function jobRange(spec: Pick<BatchSpec, 'chunk' | 'manifest'>, index: number): ReplicationRange {
  const from = index * spec.chunk;
  return { from, to: Math.min(from + spec.chunk, spec.manifest.replications) };
}

/** The spec as stored: JSON. */
export function encodeBatchSpec(spec: BatchSpec): string {
  return JSON.stringify(spec);
}

/**
 * Reads a stored spec back and checks it, since Redis is shared and outlives Landport versions:
 * its shape, that the job plan covers the replications, and that the scenario's hash still equals
 * the manifest's, so that workers provably run the scenario the results will be labelled with.
 * Throws a TypeError naming the batch and the problem.
 */
export function decodeBatchSpec(text: string, batchId: string): BatchSpec {
  const fail = (problem: string): never => {
    throw new TypeError(`The stored definition of batch ${batchId} is unusable: ${problem}.`);
  };
  let spec: BatchSpec;
  try {
    spec = JSON.parse(text) as BatchSpec;
  } catch (error) {
    return fail(`it is not JSON (${(error as Error).message})`);
  }
  if (spec === null || typeof spec !== 'object') return fail('it is not an object');
  if (spec.schemaVersion !== BATCH_SPEC_VERSION) {
    fail(
      `it has format version ${JSON.stringify(spec.schemaVersion)}, this Landport reads version ${BATCH_SPEC_VERSION}`,
    );
  }
  if (spec.id !== batchId) fail(`it names batch ${JSON.stringify(spec.id)}`);
  const m = spec.manifest as Partial<Manifest> | undefined;
  const manifestValid =
    m !== undefined &&
    m !== null &&
    m.schemaVersion === MANIFEST_SCHEMA_VERSION &&
    typeof m.landportVersion === 'string' &&
    typeof m.scenario?.name === 'string' &&
    typeof m.scenario?.sha256 === 'string' &&
    (typeof m.seed === 'number' || typeof m.seed === 'string') &&
    Number.isSafeInteger(m.replications) &&
    (m.replications as number) >= 1 &&
    m.shard === null &&
    Array.isArray(m.overrides);
  if (!manifestValid) fail('its manifest is malformed');
  const sources = spec.sources as unknown;
  if (
    sources === null ||
    typeof sources !== 'object' ||
    Array.isArray(sources) ||
    !Object.values(sources).every((v) => typeof v === 'string')
  ) {
    fail('its sources are not a map of strings');
  }
  const whole = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 1;
  if (!whole(spec.chunk) || !whole(spec.attempts))
    fail('its chunk size or attempts are not whole numbers >= 1');
  if (spec.jobs !== Math.ceil(spec.manifest.replications / spec.chunk)) {
    fail(`its ${spec.jobs} jobs of ${spec.chunk} do not cover ${spec.manifest.replications} replications`);
  }
  let hash: string;
  try {
    hash = scenarioHash(spec.scenario);
  } catch (error) {
    return fail(`its scenario is not plain data (${(error as Error).message})`);
  }
  if (hash !== spec.manifest.scenario.sha256) {
    fail('its scenario does not match the hash in its manifest (changed after submission?)');
  }
  return spec;
}
