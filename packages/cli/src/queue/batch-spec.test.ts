import { describe, expect, it } from 'vitest';
import { createManifest } from '../batch/manifest.js';
import {
  BATCH_SPEC_VERSION,
  type BatchSpec,
  decodeBatchSpec,
  encodeBatchSpec,
  jobRange,
} from './batch-spec.js';

const scenario = { arrivalMean: 1, serviceMean: 0.8, horizon: 200, nested: { list: [1, 2.5] } };

function spec(replications: number, chunk: number): BatchSpec {
  return {
    schemaVersion: BATCH_SPEC_VERSION,
    id: 'mm1-00c0ffee',
    manifest: createManifest({
      scenarioName: 'mm1',
      scenario,
      seed: 'w',
      replications,
      landportVersion: '0.0.0-test',
    }),
    scenario,
    sources: { '/nested/list': 'made up for the test' },
    chunk,
    jobs: Math.ceil(replications / chunk),
    attempts: 3,
  };
}

describe('jobRange', () => {
  it('partitions 0..n−1 into consecutive jobs of chunk replications, the last shorter', () => {
    const s = spec(10, 4);
    expect([0, 1, 2].map((k) => jobRange(s, k))).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 8 },
      { from: 8, to: 10 },
    ]);
  });
});

describe('decodeBatchSpec', () => {
  it('reads back what encodeBatchSpec stored', () => {
    const s = spec(10, 4);
    expect(decodeBatchSpec(encodeBatchSpec(s), s.id)).toEqual(s);
  });

  it('refuses a scenario changed after submission, by its hash', () => {
    const s = spec(10, 4);
    const tampered = encodeBatchSpec({ ...s, scenario: { ...scenario, horizon: 201 } });
    expect(() => decodeBatchSpec(tampered, s.id)).toThrow(/does not match the hash in its manifest/);
  });

  it('refuses another format version, another batch, and a job plan that misses replications', () => {
    const s = spec(10, 4);
    expect(() => decodeBatchSpec(encodeBatchSpec({ ...s, schemaVersion: 99 }), s.id)).toThrow(
      /format version 99/,
    );
    expect(() => decodeBatchSpec(encodeBatchSpec(s), 'other-1')).toThrow(/names batch "mm1-00c0ffee"/);
    expect(() => decodeBatchSpec(encodeBatchSpec({ ...s, jobs: 2 }), s.id)).toThrow(/do not cover 10/);
    expect(() => decodeBatchSpec('{', s.id)).toThrow(/not JSON/);
  });
});
