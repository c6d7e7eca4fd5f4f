import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeLines,
  differingFiles,
  ensureBuilt,
  FIXTURES,
  landport,
  REPRODUCIBLE_FILES,
  removeFolder,
  scratchFolder,
  startLandport,
  waitForLines,
} from './landport-process.js';

// 30 replications of 60 days of M/M/c, ~0.1 s each: a run of a few seconds on one worker, long
// enough to be stopped part-way. No charts: they are drawn from the finished results whichever way
// the run got there (run.e2e tests them), and drawing them cost each of these runs about 2 CPU-s.
const RUN = [
  'run',
  join(FIXTURES, 'mmc.yaml'),
  '-r',
  '30',
  '--seed',
  '11',
  '--horizon',
  '60d',
  '--no-charts',
];
const STOP_AFTER = 5;

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  dir = scratchFolder('resume');
  const reference = await landport([...RUN, '--quiet', '--out', join(dir, 'reference')], dir);
  expect(reference.code).toBe(0);
});
afterAll(() => removeFolder(dir));

/** Starts the run in `out` on one worker and sends `signal` once STOP_AFTER replications are logged. */
async function interrupt(out: string, signal: NodeJS.Signals) {
  const running = startLandport([...RUN, '--workers', '1', '--out', out], dir);
  await waitForLines(join(out, 'replications.jsonl'), STOP_AFTER, running);
  running.child.kill(signal);
  return running.exit;
}

describe('an interrupted landport run and --resume', () => {
  it('after SIGKILL, --resume ends with files byte-identical to an uninterrupted run', async () => {
    const out = join(dir, 'killed');
    const killed = await interrupt(out, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    // What a kill leaves: the manifest and the log of finished replications, never a summary.
    const logged = completeLines(join(out, 'replications.jsonl'));
    expect(logged).toBeGreaterThanOrEqual(STOP_AFTER);
    expect(logged).toBeLessThan(30);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);

    const resumed = await landport([...RUN, '--workers', '2', '--resume', '--out', out], dir);
    expect(resumed.code).toBe(0);
    const reused = Number(/30 to run \((\d+) already done\)/.exec(resumed.stderr)?.[1]);
    expect(reused).toBeGreaterThanOrEqual(logged);
    expect(differingFiles(out, join(dir, 'reference'), REPRODUCIBLE_FILES)).toEqual([]);
    expect(completeLines(join(out, 'replications.jsonl'))).toBe(30);
  });

  it('on Ctrl-C (SIGINT) exits with 130, keeps what finished, and --resume completes it identically', async () => {
    const out = join(dir, 'interrupted');
    const interrupted = await interrupt(out, 'SIGINT');
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain('SIGINT: stopping; finished replications are saved');
    expect(interrupted.stderr).toContain('--resume');
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    const logged = completeLines(join(out, 'replications.jsonl'));
    expect(logged).toBeGreaterThanOrEqual(STOP_AFTER);

    const resumed = await landport([...RUN, '--resume', '--quiet', '--out', out], dir);
    expect(resumed.code).toBe(0);
    expect(differingFiles(out, join(dir, 'reference'), REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('--resume of a finished run runs nothing and rewrites the same files', async () => {
    const out = join(dir, 'reference');
    const again = await landport([...RUN, '--resume', '--out', out], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('30 to run (30 already done)');
    expect(differingFiles(out, join(dir, 'interrupted'), REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('refuses to resume with a different seed, naming the difference, and leaves the folder as it was', async () => {
    const out = join(dir, 'reference');
    const result = await landport([...RUN, '--seed', '12', '--resume', '--out', out], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('holds results of a different run (seed: 11 vs 12)');
    expect(differingFiles(out, join(dir, 'killed'), REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('refuses to run another run into a folder holding results', async () => {
    const result = await landport([...RUN, '--seed', '12', '--out', join(dir, 'reference')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /already holds results .* of another run \(seed: 11 vs 12\)\. Choose another --out/,
    );
  });
});
