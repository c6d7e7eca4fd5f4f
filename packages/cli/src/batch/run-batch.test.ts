import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchError } from './batch-error.js';
import { LOCK_FILE } from './folder-lock.js';
import { MANIFEST_FILE, readManifest } from './manifest.js';
import { REPLICATIONS_CSV, SERIES_CSV, SUMMARY_FILE } from './outputs.js';
import { decodeReplicationLine, encodeReplicationLine } from './replication-line.js';
import { LOG_FILE } from './results-log.js';
import { type RunBatchOptions, runBatch } from './run-batch.js';
import type { Mm1Scenario } from './test-model/mm1.js';
import { ReplicationPool } from './worker-pool.js';

const model = new URL('./test-model/mm1.ts', import.meta.url);
const scenario: Mm1Scenario = { arrivalMean: 1, serviceMean: 0.8, horizon: 200, sampleInterval: 20 };
const OUTPUT_FILES = [MANIFEST_FILE, SUMMARY_FILE, REPLICATIONS_CSV, SERIES_CSV];

let root: string;
let pool: ReplicationPool;
let reference: string;

function options(outDir: string, extra: Partial<RunBatchOptions> = {}): RunBatchOptions {
  return {
    outDir,
    model,
    scenario,
    scenarioName: 'mm1',
    seed: 42,
    replications: 24,
    landportVersion: '0.0.0-test',
    ...extra,
  };
}

function expectSameOutputs(folder: string, expected: string): void {
  for (const file of OUTPUT_FILES) {
    expect(readFileSync(join(folder, file), 'utf8'), file).toBe(readFileSync(join(expected, file), 'utf8'));
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'landport-run-batch-'));
  pool = new ReplicationPool({ model, workers: 1 });
  reference = join(root, 'reference');
  await runBatch(options(reference, { workers: 2 }));
});

afterAll(async () => {
  await pool.destroy();
  rmSync(root, { recursive: true, force: true });
});

describe('runBatch', () => {
  it('writes byte-identical outputs with 1 and 2 workers', async () => {
    const folder = join(root, 'one-worker');
    const result = await runBatch(options(folder, { pool }));
    expect(result.ran).toBe(24);
    expectSameOutputs(folder, reference);
    expect(result.summary.replications).toBe(24);
    expect(readdirSync(folder).sort()).toEqual([...OUTPUT_FILES, LOG_FILE].sort());
  });
});

describe('runBatch --resume', () => {
  it('after an interruption (log cut mid-line, lines lost) ends byte-identical to an uninterrupted run', async () => {
    const folder = join(root, 'interrupted');
    await runBatch(options(folder, { pool }));
    rmSync(join(folder, SUMMARY_FILE));
    const log = join(folder, LOG_FILE);
    const lines = readFileSync(log, 'utf8').split('\n');
    // Keep 9 complete records (dropping 15) and half of the 10th: a write torn by a kill.
    const kept = `${lines.slice(0, 9).join('\n')}\n${lines[9]!.slice(0, 40)}`;
    writeFileSync(log, kept);

    const result = await runBatch(options(folder, { pool, resume: true }));
    expect(result.reused).toBe(9);
    expect(result.ran).toBe(15);
    expectSameOutputs(folder, reference);
    expect(readFileSync(log, 'utf8').split('\n')).toHaveLength(25); // 24 records, final newline
  });

  it('counts a replication logged twice once (the first record wins)', async () => {
    const folder = join(root, 'duplicated');
    await runBatch(options(folder, { pool }));
    const log = join(folder, LOG_FILE);
    const text = readFileSync(log, 'utf8');
    // Append altered copies of the first three records: were a later copy used, the outputs would differ.
    const copies = text
      .split('\n')
      .slice(0, 3)
      .map((line) => {
        const record = decodeReplicationLine(line);
        record.metrics['wait.mean'] = -1;
        return `${encodeReplicationLine(record)}\n`;
      });
    appendFileSync(log, copies.join(''));
    rmSync(join(folder, SUMMARY_FILE));
    const result = await runBatch(options(folder, { pool, resume: true }));
    expect(result.ran).toBe(0);
    expectSameOutputs(folder, reference);
  });

  it('refuses to resume a folder of a different run, naming what differs, and writes nothing', async () => {
    const before = readFileSync(join(reference, MANIFEST_FILE), 'utf8');
    const attempt = runBatch(options(reference, { pool, resume: true, seed: 43 }));
    await expect(attempt).rejects.toThrow(BatchError);
    await expect(attempt).rejects.toThrow(/different run \(seed: 42 vs 43\)/);
    expect(readFileSync(join(reference, MANIFEST_FILE), 'utf8')).toBe(before);
  });

  it('runs nothing when every replication is already logged, and still writes the outputs', async () => {
    const folder = join(root, 'complete');
    await runBatch(options(folder, { pool }));
    truncateSync(join(folder, REPLICATIONS_CSV), 10);
    const result = await runBatch(options(folder, { model: 'file:///nonexistent-model.js', resume: true }));
    expect(result).toMatchObject({ ran: 0, reused: 24 });
    expectSameOutputs(folder, reference);
  });
});

describe('runBatch started again on its own folder', () => {
  it('reuses the complete results of the same run: runs nothing and rewrites nothing', async () => {
    const before = statSync(join(reference, SUMMARY_FILE)).mtimeMs;
    const result = await runBatch(options(reference, { model: 'file:///nonexistent-model.js' }));
    expect(result).toMatchObject({ ran: 0, reused: 24, alreadyComplete: true });
    expect(result.summary).toEqual(JSON.parse(readFileSync(join(reference, SUMMARY_FILE), 'utf8')));
    expect(statSync(join(reference, SUMMARY_FILE)).mtimeMs).toBe(before);
  });

  it('continues an unfinished folder of the same run without --resume', async () => {
    const folder = join(root, 'unfinished');
    await runBatch(options(folder, { pool }));
    const lines = readFileSync(join(folder, LOG_FILE), 'utf8').split('\n');
    writeFileSync(join(folder, LOG_FILE), `${lines.slice(0, 10).join('\n')}\n`);
    rmSync(join(folder, SUMMARY_FILE));
    const result = await runBatch(options(folder, { pool }));
    expect(result).toMatchObject({ ran: 14, reused: 10, alreadyComplete: false });
    expectSameOutputs(folder, reference);
  });
});

describe('runBatch input errors', () => {
  it('refuses a folder that holds the results of another run, naming the difference', async () => {
    await expect(runBatch(options(reference, { pool, seed: 43 }))).rejects.toThrow(
      /already holds results \(manifest.json, replications.jsonl, summary.json\) of another run \(seed: 42 vs 43\)\. Choose another --out/,
    );
  });

  it('refuses a folder another landport process is writing to', async () => {
    const folder = join(root, 'locked');
    mkdirSync(folder);
    // The parent process (the test runner's) is alive: its lock is held.
    const owner = { pid: process.ppid, hostname: hostname(), processStart: null, since: 'earlier' };
    writeFileSync(join(folder, LOCK_FILE), `${JSON.stringify(owner)}\n`);
    await expect(runBatch(options(folder, { pool }))).rejects.toThrow(
      `Another landport process (pid ${process.ppid}) is writing to ${folder} (since earlier).`,
    );
    expect(readdirSync(folder)).toEqual([LOCK_FILE]);
  });

  it('refuses an output folder that cannot be created', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    await expect(runBatch(options(join(file, 'out'), { pool }))).rejects.toThrow(
      /Cannot create the output folder/,
    );
  });

  it('rejects a replication count below 1', async () => {
    await expect(runBatch(options(join(root, 'none'), { pool, replications: 0 }))).rejects.toThrow(
      'replications must be an integer >= 1, got 0',
    );
  });

  it('records the run in the manifest', () => {
    expect(readManifest(reference)).toEqual({
      schemaVersion: 1,
      landportVersion: '0.0.0-test',
      scenario: { name: 'mm1', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      seed: 42,
      replications: 24,
      shard: null,
      overrides: [],
    });
  });
});

describe('runBatch abort', () => {
  it('keeps what finished when aborted, and a resume completes it identically', async () => {
    const folder = join(root, 'aborted');
    const controller = new AbortController();
    let ticks = 0;
    const progress = {
      start() {},
      stop() {},
      tick: () => ++ticks === 5 && controller.abort(new Error('Ctrl-C')),
    };
    const attempt = runBatch(options(folder, { workers: 2, signal: controller.signal, progress }));
    await expect(attempt).rejects.toThrow('Ctrl-C');
    const logged = readFileSync(join(folder, LOG_FILE), 'utf8').split('\n').length - 1;
    expect(logged).toBeGreaterThanOrEqual(5);
    expect(logged).toBeLessThan(24);
    expect(readdirSync(folder)).not.toContain(SUMMARY_FILE);

    const result = await runBatch(options(folder, { pool, resume: true }));
    expect(result.reused).toBe(logged);
    expectSameOutputs(folder, reference);
  });
});
