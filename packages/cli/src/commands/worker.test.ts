import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../batch/manifest.js';
import { REPLICATIONS_CSV, SERIES_CSV, SUMMARY_FILE } from '../batch/outputs.js';
import { borderModelsLogged, moduleLogEnv } from '../e2e/module-log.js';
import { killLandports, landport, startLandport } from '../queue/test-cli.js';
import { startTestRedis, type TestRedis } from '../queue/test-redis.js';

const BATCH = ['horgos-2024', '--horizon', '10d', '--replications', '16', '--seed', '11'];
const OUTPUT_FILES = [MANIFEST_FILE, SUMMARY_FILE, REPLICATIONS_CSV, SERIES_CSV];
// Short locks so that a killed worker's job is taken again within seconds, not the default 30 s.
const FAST_RECOVERY = ['--lock-duration', '2000', '--stalled-interval', '500'];

const server = await startTestRedis(14);

describe.skipIf(server === null)('landport worker', () => {
  let url: string;
  let root: string;

  beforeAll(() => {
    url = (server as TestRedis).url;
    root = mkdtempSync(join(tmpdir(), 'landport-worker-'));
  });

  afterAll(async () => {
    killLandports();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('killed (SIGKILL) in the middle of a job loses nothing: the batch completes identical to `landport run`', async () => {
    const reference = join(root, 'run');
    const run = landport(['run', ...BATCH, '--workers', '1', '--out', reference, '--quiet', '--no-charts']);
    const victim = startLandport(['worker', '--queue', url, ...FAST_RECOVERY]);
    const survivor = startLandport(['worker', '--queue', url, ...FAST_RECOVERY]);
    await Promise.all([victim, survivor].map((worker) => worker.waitForStderr(/taking jobs from/)));
    const submitted = await landport(['submit', ...BATCH, '--chunk', '4', '--queue', url]);
    expect(submitted.code, submitted.stderr).toBe(0);
    const id = submitted.stdout.trim();

    // The job's first replication takes the better part of a second on a cold worker: killing
    // the worker as soon as it announces the job leaves the job locked and unfinished.
    await victim.waitForStderr(new RegExp(`job ${id}\\.\\d: replications`));
    victim.child.kill('SIGKILL');
    const abandoned = /job (\S+): replications/.exec(victim.stderr)![1]!;
    expect((await victim.finished).stderr).not.toContain(`job ${abandoned}: done`);

    const out = join(root, 'queued');
    const collected = await landport(['collect', id, '--queue', url, '--out', out, '--quiet', '--no-charts']);
    expect(collected.code, collected.stderr).toBe(0);
    expect((await run).code).toBe(0);
    for (const file of OUTPUT_FILES) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(reference, file), 'utf8'));
    }
    survivor.child.kill('SIGTERM');
    const { stderr } = await survivor.finished;
    expect(stderr).toContain(
      `job ${abandoned}: its worker stopped before finishing it; it is back on the queue`,
    );
    expect(stderr).toMatch(new RegExp(`job ${abandoned}: done`));
  }, 60_000);

  it('runs the border model from the modules tsc built, not from the bundle (see unbundled-border-model.ts)', async () => {
    const log = join(root, 'worker.modules');
    const batch = ['horgos-2024', '--horizon', '2d', '--replications', '2', '--quiet'];
    const submitted = await landport(['submit', ...batch, '--queue', url]);
    expect(submitted.code, submitted.stderr).toBe(0);
    const worker = await landport(
      ['worker', '--queue', url, '--exit-when-empty', '--quiet'],
      moduleLogEnv(log),
    );
    expect(worker.code, worker.stderr).toBe(0);
    expect(borderModelsLogged(log)).toEqual(['dist/border-replication.js']);
  });
});
