import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatShard,
  MANIFEST_SCHEMA_VERSION,
  type Manifest,
  type ManifestPrecision,
  type Shard,
} from '@landport/experiment';
import { writeFileAtomic } from './atomic-write.js';
import { BatchError } from './batch-error.js';
import { canonicalJson } from './canonical-json.js';

export type { Manifest, ManifestPrecision } from '@landport/experiment';
export { MANIFEST_SCHEMA_VERSION };

/** File name of the manifest in a results folder. */
export const MANIFEST_FILE = 'manifest.json';

/** What {@link createManifest} needs. */
export interface ManifestInput {
  /** Defaults to {@link landportVersion}(). */
  landportVersion?: string;
  /** Name of the scenario. */
  scenarioName: string;
  /** The scenario data exactly as passed to the replications (overrides applied). */
  scenario: unknown;
  /** Master seed. */
  seed: number | string;
  /** Replications of the whole run. */
  replications: number;
  /** The shard, if any. */
  shard?: Shard | null;
  /** The overrides as given. */
  overrides?: readonly string[];
  /** The precision plan, for a run to a target precision. */
  precision?: ManifestPrecision;
}

/** The manifest of a run. */
export function createManifest(input: ManifestInput): Manifest {
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    landportVersion: input.landportVersion ?? landportVersion(),
    scenario: { name: input.scenarioName, sha256: scenarioHash(input.scenario) },
    seed: input.seed,
    replications: input.replications,
    shard: input.shard ?? null,
    overrides: [...(input.overrides ?? [])],
    ...(input.precision === undefined
      ? {}
      : {
          precision: {
            initialReplications: input.precision.initialReplications,
            targets: [...input.precision.targets],
          },
        }),
  };
}

/**
 * SHA-256 (hex) of the canonical JSON of `scenario` (keys sorted, no whitespace; see
 * `canonicalJson`), so that the same content hashes alike whatever its key order or formatting.
 */
export function scenarioHash(scenario: unknown): string {
  return createHash('sha256').update(canonicalJson(scenario), 'utf8').digest('hex');
}

/** The version in this package's package.json (two folders above this file, in src/ and dist/ alike). */
export function landportVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** Writes `manifest` to `folder`/manifest.json atomically, as two-space indented JSON. */
export function writeManifest(folder: string, manifest: Manifest): void {
  writeFileAtomic(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Reads `folder`/manifest.json; throws a BatchError if it is missing or malformed. */
export function readManifest(folder: string): Manifest {
  const path = join(folder, MANIFEST_FILE);
  let document: Record<string, any>;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message;
    throw new BatchError(
      `Cannot read the manifest ${path}: ${reason}. Is ${folder} a Landport results folder?`,
    );
  }
  const valid =
    document !== null &&
    document.schemaVersion === MANIFEST_SCHEMA_VERSION &&
    typeof document.landportVersion === 'string' &&
    typeof document.scenario?.name === 'string' &&
    typeof document.scenario?.sha256 === 'string' &&
    (typeof document.seed === 'number' || typeof document.seed === 'string') &&
    Number.isSafeInteger(document.replications) &&
    (document.shard === null ||
      (Number.isSafeInteger(document.shard?.index) && Number.isSafeInteger(document.shard?.count))) &&
    Array.isArray(document.overrides) &&
    (document.precision === undefined ||
      (Number.isSafeInteger(document.precision?.initialReplications) &&
        Array.isArray(document.precision?.targets)));
  if (!valid) {
    throw new BatchError(
      `The manifest ${path} is not a Landport manifest of schema version ${MANIFEST_SCHEMA_VERSION}; it may come from another version or have been edited.`,
    );
  }
  return document as Manifest;
}

/**
 * The fields in which two manifests differ, each as "field: a vs b" (empty if they agree), for
 * refusing to resume or merge results of different runs. With `ignoreShard` the shard field is
 * not compared (shards of one run differ only there).
 */
export function manifestDifferences(
  a: Manifest,
  b: Manifest,
  options: { ignoreShard?: boolean } = {},
): string[] {
  const differences: string[] = [];
  const compare = (field: string, x: unknown, y: unknown) => {
    const sx = JSON.stringify(x);
    const sy = JSON.stringify(y);
    if (sx !== sy) differences.push(`${field}: ${sx} vs ${sy}`);
  };
  compare('landportVersion', a.landportVersion, b.landportVersion);
  compare('scenario name', a.scenario.name, b.scenario.name);
  compare('scenario hash', a.scenario.sha256, b.scenario.sha256);
  compare('seed', a.seed, b.seed);
  compare('replications', a.replications, b.replications);
  compare('overrides', a.overrides, b.overrides);
  compare('precision', a.precision ?? null, b.precision ?? null);
  if (options.ignoreShard !== true) {
    compare(
      'shard',
      a.shard === null ? null : formatShard(a.shard),
      b.shard === null ? null : formatShard(b.shard),
    );
  } else if (a.shard !== null && b.shard !== null && a.shard.count !== b.shard.count) {
    compare('shard count', a.shard.count, b.shard.count);
  }
  return differences;
}
