import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../batch/manifest.js';
import { REPLICATIONS_CSV, SERIES_CSV, SUMMARY_FILE } from '../batch/outputs.js';
import { LOG_FILE } from '../batch/results-log.js';
import type { Mm1Scenario } from '../batch/test-model/mm1.js';
import { QueueWorker } from '../queue/queue-worker.js';
import { connectRedis } from '../queue/redis-connection.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import { submitBatch } from '../queue/submit-batch.js';
import { killLandports, landport, startLandport } from '../queue/test-cli.js';
import { startTestRedis, type TestRedis } from '../queue/test-redis.js';

// End to end through the built binary, against a real Redis: horgos-2024 cut to 10 days keeps a
// replication to ~50 ms once warm.
const BATCH = ['horgos-2024', '--horizon', '10d', '--replications', '12', '--seed', '7'];
const OUTPUT_FILES = [MANIFEST_FILE, SUMMARY_FILE, REPLICATIONS_CSV, SERIES_CSV];

const server = await startTestRedis(13);

describe.skipIf(server === null)('landport submit, worker, collect', () => {
  let url: string;
  let root: string;
  let reference: string;

  beforeAll(async () => {
    url = (server as TestRedis).url;
    root = mkdtempSync(join(tmpdir(), 'landport-collect-'));
    reference = join(root, 'run');
    const run = await landport(['run', ...BATCH, '--workers', '1', '--out', reference, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
  });

  afterAll(async () => {
    killLandports();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('with --no-wait reports an unfinished batch, and names an unknown one, with exit code 2', async () => {
    const submitted = await landport(['submit', ...BATCH, '--replications', '3', '--queue', url, '--quiet']);
    const id = submitted.stdout.trim();
    const pending = await landport([
      'collect',
      id,
      '--queue',
      url,
      '--no-wait',
      '--out',
      join(root, 'pending'),
    ]);
    expect(pending.code).toBe(2);
    expect(pending.stderr).toContain(`Batch ${id} is not finished: 0 of 3 replications are stored`);

    const unknown = await landport(['collect', 'horgos-2024-00000000', '--queue', url]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`There is no batch horgos-2024-00000000 on ${url}`);
  });

  it('a batch run by two worker processes is collected byte-identical to `landport run`', async () => {
    const workers = [0, 1].map(() => startLandport(['worker', '--queue', url]));
    await Promise.all(workers.map((worker) => worker.waitForStderr(/taking jobs from/)));
    const submitted = await landport(['submit', ...BATCH, '--queue', url]);
    expect(submitted.code, submitted.stderr).toBe(0);
    const id = submitted.stdout.trim();
    expect(id).toMatch(/^horgos-2024-[0-9a-f]{8}$/);
    const out = join(root, 'queued');
    const collected = await landport(['collect', id, '--queue', url, '--out', out]);
    expect(collected.code, collected.stderr).toBe(0);
    expect(collected.stdout).toContain(`results in ${out}`);
    // Every file `landport run` writes, scenario record, charts and report included, byte for byte;
    // the log alone lists the replications in another order (run: as they finish).
    const files = filesIn(reference);
    expect(filesIn(out)).toEqual(files);
    expect(files).toEqual(expect.arrayContaining([...OUTPUT_FILES, 'scenario.json', 'report.html']));
    for (const file of files.filter((f) => f !== LOG_FILE)) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(reference, file))), file).toBe(true);
    }
    const lines = (folder: string) => readFileSync(join(folder, LOG_FILE), 'utf8').split('\n').sort();
    expect(lines(out)).toEqual(lines(reference));
    // SIGTERM stops a worker gracefully (exit code 0); both took part in the batch.
    for (const worker of workers) worker.child.kill('SIGTERM');
    for (const log of await Promise.all(workers.map((worker) => worker.finished))) {
      expect(log.code, log.stderr).toBe(0);
      expect(log.stderr).toMatch(new RegExp(`job ${id}\\.\\d+: done`));
      expect(log.stderr).toContain('SIGTERM: stopping after the job in progress');
    }
  }, 60_000);

  it('reports a job that failed after its retries with its error, exit code 2, and writes nothing', async () => {
    // A model that throws on one replication: the M/M/1 test model with failOn in its scenario,
    // run by an in-process worker (the CLI's workers run the border model only).
    const redis: Redis = await connectRedis(parseRedisUrl(url));
    const scenario: Mm1Scenario = {
      arrivalMean: 1,
      serviceMean: 0.8,
      horizon: 50,
      sampleInterval: 10,
      failOn: 4,
    };
    const { id } = await submitBatch({
      redis,
      scenario,
      scenarioName: 'mm1',
      seed: 3,
      replications: 6,
      chunk: 3,
      attempts: 2,
      backoffMs: 10,
    });
    const worker = QueueWorker.start({
      redis,
      model: new URL('../batch/test-model/mm1.ts', import.meta.url),
      stalledIntervalMs: 300,
      exitWhenEmpty: true,
    });
    await worker.done;
    await redis.quit();

    const out = join(root, 'failed');
    const collected = await landport(['collect', id, '--queue', url, '--out', out, '--quiet']);
    expect(collected.code).toBe(2);
    expect(collected.stderr).toContain(`Batch ${id} cannot be completed: 1 job has failed for good`);
    expect(collected.stderr).toContain('replications 4 (1 replication) have no results');
    expect(collected.stderr).toContain(
      `job ${id}.1 (replications 3–5), after 2 tries: replication 4 (seed 3) failed: injected failure`,
    );
    expect(collected.stdout).toBe('');
    expect(existsSync(join(out, MANIFEST_FILE))).toBe(false);
  });
});

/** The files under `folder`, as paths relative to it, sorted. */
function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}
