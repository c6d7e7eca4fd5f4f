import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  differingFiles,
  ensureBuilt,
  FIXTURES,
  LANDPORT_BIN,
  landport,
  REPO_ROOT,
  REPRODUCIBLE_FILES,
  removeFolder,
  scratchFolder,
} from './landport-process.js';
import { LANDPORT_CLIENT, type LandportServer, startLandportServer } from './landport-server-process.js';

const run = promisify(execFile);
const EXAMPLES = join(REPO_ROOT, 'examples/distributed');
const SHARDS = 3;
// The run every example below splits: 9 replications of two days of M/M/c.
const RUN_ARGS = `${join(FIXTURES, 'mmc.yaml')} --replications 9 --seed 2`;

let dir: string;
/** A folder holding a `landport` command, as the examples expect on PATH. */
let bin: string;
/**
 * A folder holding a `landport` command that runs in {@link server} (landport-server.mjs): for the
 * pods' and array tasks' commands, which each run the CLI once, so that they skip a process's
 * start-up (docs/performance.md, "Test suite"). run-shards-locally.sh, whose point is to run the
 * shards as processes side by side, keeps the real `landport`.
 */
let serverBin: string;
let server: LandportServer;
/** The same run, unsharded, to compare with. */
let single: string;

beforeAll(async () => {
  ensureBuilt();
  dir = scratchFolder('distributed');
  bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'landport'), `#!/bin/sh\nexec "${process.execPath}" "${LANDPORT_BIN}" "$@"\n`);
  chmodSync(join(bin, 'landport'), 0o755);
  server = await startLandportServer(join(dir, 'landport.sock'));
  serverBin = join(dir, 'server-bin');
  mkdirSync(serverBin);
  writeFileSync(
    join(serverBin, 'landport'),
    `#!/bin/sh\nexec "${process.execPath}" "${LANDPORT_CLIENT}" "${server.socket}" "$@"\n`,
  );
  chmodSync(join(serverBin, 'landport'), 0o755);
  single = join(dir, 'single');
  // No charts: the merged results are compared with it on the reproducible files only.
  const result = await landport(
    ['run', ...RUN_ARGS.split(' '), '--quiet', '--no-charts', '--out', single],
    dir,
  );
  // Once (fresh-ci, 6 December 2026) this run ended by a signal within 2 s; say which, if again.
  expect(result.code, `signal ${result.signal}; stderr:\n${result.stderr}`).toBe(0);
});
afterAll(async () => {
  await server?.stop();
  removeFolder(dir);
});

/** Environment of the example scripts: `landport` on PATH and the given variables. */
function env(variables: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...variables };
}

/** {@link env}, with the `landport` on PATH run by the test server. */
function serverEnv(variables: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${serverBin}:${process.env.PATH}`, ...variables };
}

describe('examples/distributed', () => {
  it('run-shards-locally.sh runs the shards as processes, merges them and finds them equal to one run', async () => {
    const work = join(dir, 'local');
    const { stdout } = await run(
      'bash',
      [join(EXAMPLES, 'run-shards-locally.sh'), ...RUN_ARGS.split(' '), '--horizon', '1d'],
      { env: env({ SHARDS: String(SHARDS), WORK: work }) },
    );
    expect(stdout).toBe(
      `${SHARDS} shards merged equal one run: ${work}/merged and ${work}/single are identical\n`,
    );
  });

  it("k8s-indexed-job.yaml: the pods' commands with JOB_COMPLETION_INDEX, then the merge, equal one run", async () => {
    const documents = parseAllDocuments(readFileSync(join(EXAMPLES, 'k8s-indexed-job.yaml'), 'utf8')).map(
      (d) => d.toJS(),
    );
    const [config, shards, merge] = documents;
    const count = Number(config.data.SHARDS);
    expect(shards.spec).toMatchObject({ completionMode: 'Indexed', completions: count, parallelism: count });
    const shardScript: string = shards.spec.template.spec.containers[0].args[0];
    const mergeScript: string = merge.spec.template.spec.containers[0].args[0];
    expect(shardScript).toContain('--shard "$JOB_COMPLETION_INDEX/$SHARDS"');

    // The scripts as the pods run them, with the shared volume /results in a local folder.
    const results = join(dir, 'k8s');
    const local = (script: string) => script.replaceAll('/results/', `${results}/`);
    const variables = { RUN_ID: 'run', SHARDS: String(SHARDS), RUN_ARGS, WORKERS: '1' };
    await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        run('sh', ['-c', local(shardScript)], {
          env: serverEnv({ ...variables, JOB_COMPLETION_INDEX: String(i) }),
        }),
      ),
    );
    await run('sh', ['-c', local(mergeScript)], { env: serverEnv(variables) });
    expect(differingFiles(join(results, 'run/merged'), single, REPRODUCIBLE_FILES)).toEqual([]);

    // A retried pod finds its shard's manifest and resumes rather than failing.
    const retry = await run('sh', ['-c', local(shardScript)], {
      env: serverEnv({ ...variables, JOB_COMPLETION_INDEX: '1' }),
    });
    expect(retry.stderr).toContain('(3 already done)');
  });

  it('slurm-array.sh: the array tasks with SLURM_ARRAY_TASK_ID, then its merge, equal one run', async () => {
    const results = join(dir, 'slurm');
    const variables = { RUN_ARGS, SHARDS: String(SHARDS), RESULTS: results, SLURM_CPUS_PER_TASK: '1' };
    const script = join(EXAMPLES, 'slurm-array.sh');
    await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        run('bash', [script], { env: serverEnv({ ...variables, SLURM_ARRAY_TASK_ID: String(i) }) }),
      ),
    );
    await run('bash', [script, 'merge'], { env: serverEnv(variables) });
    expect(differingFiles(join(results, 'merged'), single, REPRODUCIBLE_FILES)).toEqual([]);
    // Merging again (after a failed task was rerun, say) starts the merged folder afresh.
    await run('bash', [script, 'merge'], { env: serverEnv(variables) });
    expect(differingFiles(join(results, 'merged'), single, REPRODUCIBLE_FILES)).toEqual([]);
  });
});
