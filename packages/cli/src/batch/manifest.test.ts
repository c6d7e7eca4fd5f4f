import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchError } from './batch-error.js';
import { canonicalJson } from './canonical-json.js';
import {
  createManifest,
  landportVersion,
  MANIFEST_FILE,
  manifestDifferences,
  readManifest,
  scenarioHash,
  writeManifest,
} from './manifest.js';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'landport-manifest-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined properties and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, A: 'x' })).toBe(
      '{"A":"x","a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('rejects what JSON cannot hold, with its path', () => {
    expect(() => canonicalJson({ lanes: [1, Number.NaN] })).toThrow(
      'canonicalJson: $.lanes[1] is NaN, which JSON cannot hold',
    );
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(
      'canonicalJson: $.when is a Date instance, not plain data',
    );
    expect(() => canonicalJson({ f: () => 1 })).toThrow(
      'canonicalJson: $.f is a function, which JSON cannot hold',
    );
  });
});

describe('manifest', () => {
  it('hashes the canonical JSON, so key order and formatting do not matter', () => {
    const hash = scenarioHash({ lanes: 4, name: 'kz' });
    expect(hash).toBe(createHash('sha256').update('{"lanes":4,"name":"kz"}').digest('hex'));
    expect(scenarioHash({ name: 'kz', lanes: 4 })).toBe(hash);
    expect(scenarioHash({ name: 'kz', lanes: 5 })).not.toBe(hash);
  });

  it('round-trips through manifest.json', () => {
    const manifest = createManifest({
      scenarioName: 'horgos-2024',
      scenario: { lanes: 4 },
      seed: 'exp-1',
      replications: 100,
      shard: { index: 2, count: 4 },
      overrides: ['stations.kz.lanes=4'],
    });
    expect(manifest.landportVersion).toBe(landportVersion());
    expect(landportVersion()).toMatch(/^\d+\.\d+\.\d+/);
    writeManifest(folder, manifest);
    expect(readManifest(folder)).toEqual(manifest);
  });

  it('lists the differences of two manifests, ignoring the shard on request', () => {
    const base = { landportVersion: '1.0.0', scenarioName: 's', scenario: { a: 1 }, replications: 10 };
    const a = createManifest({ ...base, seed: 1, shard: { index: 0, count: 2 } });
    const b = createManifest({ ...base, seed: 2, shard: { index: 1, count: 2 }, scenario: { a: 2 } });
    const differences = manifestDifferences(a, b);
    expect(differences).toHaveLength(3);
    expect(differences[0]).toMatch(/^scenario hash: "[0-9a-f]{64}" vs "[0-9a-f]{64}"$/);
    expect(differences.slice(1)).toEqual(['seed: 1 vs 2', 'shard: "0/2" vs "1/2"']);
    expect(manifestDifferences(a, { ...a, shard: { index: 1, count: 2 } }, { ignoreShard: true })).toEqual(
      [],
    );
    expect(manifestDifferences(a, { ...a, shard: { index: 1, count: 3 } }, { ignoreShard: true })).toEqual([
      'shard count: 2 vs 3',
    ]);
  });

  it('reports a missing or foreign manifest as a BatchError naming the file', () => {
    expect(() => readManifest(folder)).toThrow(BatchError);
    expect(() => readManifest(folder)).toThrow(/manifest.json: it does not exist/);
    writeFileSync(join(folder, MANIFEST_FILE), '{"schemaVersion": 99}');
    expect(() => readManifest(folder)).toThrow(/is not a Landport manifest of schema version 1/);
    expect(readFileSync(join(folder, MANIFEST_FILE), 'utf8')).toContain('99');
  });
});
