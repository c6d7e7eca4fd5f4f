import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../batch/manifest.js';
import { REPLICATIONS_CSV, SERIES_CSV, SUMMARY_FILE } from '../batch/outputs.js';
import { decodeReplicationLine } from '../batch/replication-line.js';
import { runBatch } from '../batch/run-batch.js';
import type { Mm1Scenario } from '../batch/test-model/mm1.js';
import { collectBatch } from './collect-batch.js';
import { FailedJobsError } from './failed-jobs-error.js';
import { QueueWorker, type QueueWorkerOptions } from './queue-worker.js';
import { connectRedis } from './redis-connection.js';
import { parseRedisUrl } from './redis-url.js';
import { openReplicationQueue } from './replication-queue.js';
import { ResultsStore } from './results-store.js';
import { type SubmitBatchOptions, submitBatch } from './submit-batch.js';
import { startTestRedis, type TestRedis } from './test-redis.js';

// The small M/M/1 test model, whose scenario can name a replication that throws (failOn): a
// real model failing deterministically on one replication, with no test hook in the worker.
const model = new URL('../batch/test-model/mm1.ts', import.meta.url);
const scenario: Mm1Scenario = { arrivalMean: 1, serviceMean: 0.8, horizon: 200, sampleInterval: 20 };
const VERSION = '0.0.0-test';
const OUTPUT_FILES = [MANIFEST_FILE, SUMMARY_FILE, REPLICATIONS_CSV, SERIES_CSV];

const server = await startTestRedis(12);

describe.skipIf(server === null)('QueueWorker and collectBatch', () => {
  let redis: Redis;
  let root: string;

  beforeAll(async () => {
    redis = await connectRedis(parseRedisUrl((server as TestRedis).url));
    root = mkdtempSync(join(tmpdir(), 'landport-queue-worker-'));
  });

  afterAll(async () => {
    await redis.quit();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const submit = (extra: Partial<SubmitBatchOptions> = {}) =>
    submitBatch({
      redis,
      scenario,
      scenarioName: 'mm1',
      seed: 42,
      replications: 6,
      chunk: 2,
      backoffMs: 10,
      landportVersion: VERSION,
      ...extra,
    });

  /** Workers that stop when the queue is empty; resolves with their log lines. */
  async function drain(count: number, extra: Partial<QueueWorkerOptions> = {}): Promise<string[]> {
    const lines: string[] = [];
    const workers = Array.from({ length: count }, () =>
      QueueWorker.start({
        redis,
        model,
        landportVersion: VERSION,
        stalledIntervalMs: 300,
        exitWhenEmpty: true,
        log: (line) => lines.push(line),
        ...extra,
      }),
    );
    await Promise.all(workers.map((worker) => worker.done));
    return lines;
  }

  it('collects a batch run by two workers into the same files as runBatch', async () => {
    const reference = join(root, 'reference');
    await runBatch({
      outDir: reference,
      model,
      scenario,
      scenarioName: 'mm1',
      seed: 42,
      replications: 6,
      workers: 1,
      landportVersion: VERSION,
    });
    const { id } = await submit({ chunk: 1 });
    await drain(2);
    const folder = join(root, 'queued');
    const result = await collectBatch({ redis, server: 'test', batchId: id, outDir: folder });
    expect(result.summary.replications).toBe(6);
    for (const file of OUTPUT_FILES) {
      expect(readFileSync(join(folder, file), 'utf8'), file).toBe(
        readFileSync(join(reference, file), 'utf8'),
      );
    }
  });

  it('runs only the replications not yet stored, and a stored one is never replaced', async () => {
    const { id } = await submit();
    const planted = { replication: 0, metrics: { planted: 1 } };
    await new ResultsStore(redis).store(id, planted);
    const log = await drain(1);
    expect(log).toContain(`job ${id}.0: replications 1 (1 replication) of batch ${id}`);
    const lines = [];
    for await (const line of new ResultsStore(redis).lines(id, 6)) lines.push(decodeReplicationLine(line));
    expect(lines[0]).toEqual(planted);
    expect(lines.map((output) => output.replication)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('retries a job whose replication throws, then collect reports it, its error and the replications left out', async () => {
    const { id } = await submit({ scenario: { ...scenario, failOn: 3 }, attempts: 2 });
    const log = await drain(1);
    expect(log.filter((line) => line.startsWith(`job ${id}.1: attempt`))).toEqual([
      expect.stringMatching(
        /attempt 1 of 2 failed: replication 3 \(seed 42\) failed: injected failure \(will be retried\)$/,
      ),
      expect.stringMatching(/attempt 2 of 2 failed: .*injected failure \(no more retries/),
    ]);
    const folder = join(root, 'failed');
    const error = await collectBatch({ redis, server: 'test', batchId: id, outDir: folder }).catch((e) => e);
    expect(error).toBeInstanceOf(FailedJobsError);
    const { jobs } = error as FailedJobsError;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ jobId: `${id}.1`, range: { from: 2, to: 4 }, missing: [3], attempts: 2 });
    expect(jobs[0]!.reason).toMatch(/injected failure/);
    expect(error.message).toMatch(/replications 3 \(1 replication\) have no results/);
    expect(error.message).toMatch(/the 5 replications stored are kept/);
    expect(existsSync(folder)).toBe(false); // not even an empty folder

    // --retry-failed puts the job back with fresh tries; the model still throws, so it fails again.
    const retried = collectBatch({
      redis,
      server: 'test',
      batchId: id,
      outDir: folder,
      retryFailed: true,
    }).catch((e: unknown) => e);
    const queue = openReplicationQueue(redis);
    while ((await queue.getJobState(`${id}.1`)) === 'failed') await sleep(10);
    await queue.close();
    const again = await drain(1);
    expect(await retried).toBeInstanceOf(FailedJobsError);
    expect(again.filter((line) => line.includes('attempt'))).toEqual([
      expect.stringMatching(/attempt 1 of 2 failed/),
      expect.stringMatching(/attempt 2 of 2 failed/),
    ]);
  });

  it('reports a job that vanished from the queue instead of waiting for it forever', async () => {
    const { id } = await submit({ replications: 4 });
    const queue = openReplicationQueue(redis);
    await (await queue.getJob(`${id}.1`))!.remove();
    await queue.close();
    await drain(1);
    const error = await collectBatch({
      redis,
      server: 'test',
      batchId: id,
      wait: false,
      outDir: join(root, 'lost'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FailedJobsError);
    expect((error as FailedJobsError).jobs).toEqual([
      {
        jobId: `${id}.1`,
        range: { from: 2, to: 4 },
        missing: [2, 3],
        attempts: 0,
        reason: 'the job is no longer on the queue (removed, or its failure record expired)',
      },
    ]);
  });

  it('fails at once, without retries, a batch submitted with another Landport version', async () => {
    const { id } = await submit({ landportVersion: '0.0.0-other', attempts: 3 });
    const log = await drain(1);
    expect(log.filter((line) => line.includes('attempt'))).toHaveLength(3);
    const error = await collectBatch({ redis, server: 'test', batchId: id, outDir: join(root, 'v') }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(FailedJobsError);
    expect((error as FailedJobsError).jobs.map((job) => job.attempts)).toEqual([1, 1, 1]);
    expect(error.message).toMatch(/submitted with Landport 0\.0\.0-other and this worker runs 0\.0\.0-test/);
  });
});
