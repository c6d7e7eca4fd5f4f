import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceStop } from '../../../experiment/src/analysis/test-precision-reference.js';
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

// M/M/c over 6 days, ~0.05 s a replication: rounds 5 → 10 → 20 → 38 → 65, a run of a few seconds
// on one worker, long enough to be killed in its third round.
const METRIC = 'station.server.waitHours.mean';
const TARGET = 0.05;
const RUN = [
  'run',
  join(FIXTURES, 'mmc.yaml'),
  '-r',
  '5',
  '--max-replications',
  '120',
  '--precision',
  `${METRIC}=${TARGET * 100}%`,
  '--seed',
  '3',
  '--horizon',
  '6d',
  '--no-charts',
];

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  dir = scratchFolder('precision');
  const one = await landport([...RUN, '--quiet', '--workers', '1', '--out', join(dir, 'one')], dir);
  expect(one.code).toBe(0);
});
afterAll(() => removeFolder(dir));

function precisionOf(folder: string) {
  return JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')).precision;
}

describe('landport run --precision', () => {
  it('stops where the rule, computed directly on the per-replication values, stops', () => {
    const lines = readFileSync(join(dir, 'one', 'replications.csv'), 'utf8')
      .trim()
      .split('\n');
    // A header reads `name (unit)`: the name is what comes before ` (`.
    const column = lines[0]!
      .split(',')
      .map((h) => h.split(' (')[0])
      .indexOf(METRIC);
    const values = lines.slice(1).map((line) => Number(line.split(',')[column]));
    const precision = precisionOf(join(dir, 'one'));
    expect(precision.rounds.length).toBeGreaterThan(2);
    // replications.csv holds exactly the replications needed, so the reference sees only those.
    const reference = referenceStop({ [METRIC]: values }, { [METRIC]: TARGET }, 5, 120);
    expect(values).toHaveLength(precision.replications);
    expect(precision.rounds.map((r: { replications: number }) => r.replications)).toEqual(reference.sizes);
    expect(precision.stopped).toBe(reference.why);
  });

  it('writes byte-identical files with --workers 2', async () => {
    const two = await landport([...RUN, '--quiet', '--workers', '2', '--out', join(dir, 'two')], dir);
    expect(two.code).toBe(0);
    expect(differingFiles(join(dir, 'two'), join(dir, 'one'), REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('after SIGKILL in a later round, --resume re-derives the rounds and ends byte-identical', async () => {
    const out = join(dir, 'killed');
    const running = startLandport([...RUN, '--workers', '1', '--out', out], dir);
    await waitForLines(join(out, 'replications.jsonl'), 12, running);
    running.child.kill('SIGKILL');
    expect((await running.exit).signal).toBe('SIGKILL');
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    expect(completeLines(join(out, 'replications.jsonl'))).toBeLessThan(
      precisionOf(join(dir, 'one')).replications,
    );

    const resumed = await landport([...RUN, '--quiet', '--workers', '2', '--resume', '--out', out], dir);
    expect(resumed.code).toBe(0);
    expect(differingFiles(out, join(dir, 'one'), REPRODUCIBLE_FILES)).toEqual([]);
  });
});
