import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  differingFiles,
  ensureBuilt,
  FIXTURES,
  landport,
  listTree,
  REPRODUCIBLE_FILES,
  removeFolder,
  scratchFolder,
} from './landport-process.js';

// No charts: the shards write none, and the files compared are the reproducible ones.
const RUN = ['run', join(FIXTURES, 'mmc.yaml'), '-r', '9', '--seed', '3', '--quiet', '--no-charts'];
const SHARDS = 3;

let dir: string;
const shard = (i: number) => join(dir, `shard-${i}`);

beforeAll(async () => {
  ensureBuilt();
  dir = scratchFolder('shards');
  // The single run and the three shards, each shard a process of its own, all at once.
  const runs = await Promise.all([
    landport([...RUN, '--out', join(dir, 'single')], dir),
    ...Array.from({ length: SHARDS }, (_, i) =>
      landport([...RUN, '--shard', `${i}/${SHARDS}`, '--workers', '1', '--out', shard(i)], dir),
    ),
  ]);
  for (const run of runs) expect(run.stderr).toBe('');
});
afterAll(() => removeFolder(dir));

describe('landport run --shard and landport merge', () => {
  it('gives each shard its contiguous block of replications and says so in its manifest', () => {
    const blocks = [0, 1, 2].map((i) => {
      const manifest = JSON.parse(readFileSync(join(shard(i), 'manifest.json'), 'utf8'));
      expect(manifest.shard).toEqual({ index: i, count: SHARDS });
      expect(manifest.replications).toBe(9);
      const rows = readFileSync(join(shard(i), 'replications.csv'), 'utf8')
        .trimEnd()
        .split('\n');
      return rows.slice(1).map((row) => Number(row.split(',')[0]));
    });
    expect(blocks).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ]);
  });

  it('merges three shards run as separate processes into exactly the files of one run', async () => {
    const merged = join(dir, 'merged');
    const result = await landport(['merge', shard(0), shard(1), shard(2), '--out', merged], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^9 replications\n/);
    expect(differingFiles(merged, join(dir, 'single'), REPRODUCIBLE_FILES)).toEqual([]);
    // The logs hold the same lines: the merged one in replication order, the single run's in
    // the order the replications finished.
    const lines = (folder: string) =>
      readFileSync(join(folder, 'replications.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines(merged).map((l) => JSON.parse(l).replication)).toEqual([...Array(9).keys()]);
    expect([...lines(merged)].sort()).toEqual([...lines(join(dir, 'single'))].sort());
  });

  it('merges in any order of the folders', async () => {
    const out = join(dir, 'merged-reversed');
    const result = await landport(['merge', shard(2), shard(1), shard(0), '--out', out, '--json'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).replications).toBe(9);
    expect(differingFiles(out, join(dir, 'single'), REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('refuses a missing shard, naming the missing replications, and writes nothing', async () => {
    const out = join(dir, 'missing');
    const result = await landport(['merge', shard(0), shard(2), '--out', out], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Replications 3–5 (3 replications) are missing');
    expect(result.stderr).toContain('--resume');
    expect(listTree(out)).toEqual([]);
  });

  it('refuses a shard given twice, naming the repeated replications and the folder, and writes nothing', async () => {
    const out = join(dir, 'twice');
    const result = await landport(['merge', shard(0), shard(1), shard(1), shard(2), '--out', out], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Replications 3–5 \(3 replications\) are in more than one folder/);
    expect(result.stderr).toContain(`${shard(1)} (shard 1/3)`);
    expect(listTree(out)).toEqual([]);
  });

  it('refuses to merge shards of different runs', async () => {
    const other = join(dir, 'other-seed');
    expect((await landport([...RUN, '--seed', '4', '--shard', '1/3', '--out', other], dir)).code).toBe(0);
    const out = join(dir, 'mixed');
    const result = await landport(['merge', shard(0), other, shard(2), '--out', out], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not shards of the same run (seed: 3 vs 4)');
    expect(listTree(out)).toEqual([]);
  });

  it('refuses an --out folder that cannot be created', async () => {
    writeFileSync(join(dir, 'file'), 'a regular file where a folder is expected\n');
    const result = await landport(['merge', shard(0), shard(1), shard(2), '--out', 'file/merged'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot create the merged results folder file\/merged: ENOTDIR/);
  });

  it('refuses to merge into a folder that already holds results', async () => {
    const result = await landport(['merge', shard(0), shard(1), shard(2), '--out', join(dir, 'single')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/already holds results .*Merge into a new folder/);
  });
});
