import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseShard } from '@landport/experiment';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchError } from './batch-error.js';
import { MANIFEST_FILE } from './manifest.js';
import { mergeShards } from './merge.js';
import { REPLICATIONS_CSV, SERIES_CSV, SUMMARY_FILE } from './outputs.js';
import { LOG_FILE } from './results-log.js';
import { type RunBatchOptions, runBatch } from './run-batch.js';
import type { Mm1Scenario } from './test-model/mm1.js';
import { ReplicationPool } from './worker-pool.js';

const model = new URL('./test-model/mm1.ts', import.meta.url);
const scenario: Mm1Scenario = { arrivalMean: 1, serviceMean: 0.9, horizon: 100, sampleInterval: 10 };
const OUTPUT_FILES = [MANIFEST_FILE, SUMMARY_FILE, REPLICATIONS_CSV, SERIES_CSV];

let root: string;
let pool: ReplicationPool;
let single: string;
let shards: string[];

function options(outDir: string, extra: Partial<RunBatchOptions> = {}): RunBatchOptions {
  return { outDir, model, pool, scenario, scenarioName: 'mm1', seed: 'shards', replications: 20, ...extra };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'landport-merge-'));
  pool = new ReplicationPool({ model, workers: 2 });
  single = join(root, 'single');
  await runBatch(options(single));
  shards = [];
  for (const text of ['0/3', '1/3', '2/3']) {
    const folder = join(root, `shard-${text[0]}`);
    await runBatch(options(folder, { shard: parseShard(text) }));
    shards.push(folder);
  }
});

afterAll(async () => {
  await pool.destroy();
  rmSync(root, { recursive: true, force: true });
});

describe('mergeShards', () => {
  it('merges shards 0/3, 1/3, 2/3 into outputs byte-identical to a single run', () => {
    const merged = join(root, 'merged');
    const result = mergeShards([shards[2]!, shards[0]!, shards[1]!], merged);
    expect(result.summary.replications).toBe(20);
    for (const file of OUTPUT_FILES) {
      expect(readFileSync(join(merged, file), 'utf8'), file).toBe(readFileSync(join(single, file), 'utf8'));
    }
    const log = readFileSync(join(merged, LOG_FILE), 'utf8').trimEnd().split('\n');
    expect(log.map((line) => JSON.parse(line).replication)).toEqual([...Array(20).keys()]);
  });

  it('names the missing replications when a shard is left out', () => {
    expect(() => mergeShards([shards[0]!, shards[2]!], join(root, 'missing'))).toThrow(
      /Replications 6–12 \(7 replications\) are missing/,
    );
  });

  it('names the repeated replications and folders when a shard is given twice', () => {
    let error: unknown;
    try {
      mergeShards([shards[0]!, shards[1]!, shards[1]!, shards[2]!], join(root, 'repeated'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BatchError);
    expect((error as Error).message).toMatch(
      /Replications 6–12 \(7 replications\) are in more than one folder/,
    );
    expect((error as Error).message).toContain(`${shards[1]} (shard 1/3)`);
  });

  it('counts the torn tail of an interrupted shard as missing', () => {
    const copy = join(root, 'shard-torn');
    cpSync(shards[1]!, copy, { recursive: true });
    const log = join(copy, LOG_FILE);
    const lines = readFileSync(log, 'utf8').split('\n');
    const last = JSON.parse(lines[6]!).replication;
    writeFileSync(log, `${lines.slice(0, 6).join('\n')}\n${lines[6]!.slice(0, 30)}`);
    expect(() => mergeShards([shards[0]!, copy, shards[2]!], join(root, 'torn'))).toThrow(
      new RegExp(`Replications ${last} \\(1 replication\\) are missing`),
    );
  });

  it('refuses shards of different runs, naming the difference', async () => {
    const other = join(root, 'other-seed');
    await runBatch(options(other, { seed: 'other', shard: parseShard('1/3') }));
    expect(() => mergeShards([shards[0]!, other, shards[2]!], join(root, 'mismatch'))).toThrow(
      /not shards of the same run \(seed: "shards" vs "other"\)/,
    );
  });

  it('refuses shards of a different total count', async () => {
    const other = join(root, 'other-count');
    await runBatch(options(other, { replications: 21, shard: parseShard('1/3') }));
    expect(() => mergeShards([shards[0]!, other, shards[2]!], join(root, 'count'))).toThrow(
      /replications: 20 vs 21/,
    );
  });

  it('refuses to merge into a folder that already holds results', () => {
    expect(() => mergeShards(shards, single)).toThrow(/already holds results/);
  });
});
