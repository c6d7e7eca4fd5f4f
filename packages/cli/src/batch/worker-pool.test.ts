import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplicationOutput } from '@landport/experiment';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mm1Scenario } from './test-model/mm1.js';
import { ReplicationError, ReplicationPool, runReplications } from './worker-pool.js';

const model = new URL('./test-model/mm1.ts', import.meta.url);
const scenario: Mm1Scenario = { arrivalMean: 1, serviceMean: 0.8, horizon: 100, sampleInterval: 25 };

let two: ReplicationPool;

beforeAll(() => {
  // Huge chunks on two workers, against one replication at a time on one worker below.
  two = new ReplicationPool({ model, workers: 2, targetChunkMs: 1e9 });
});

afterAll(async () => {
  await two.destroy();
});

async function collect(
  pool: ReplicationPool,
  replications: { from: number; to: number } | number[],
  s = scenario,
) {
  const outputs: ReplicationOutput[] = [];
  await pool.run({ scenario: s, seed: 7, replications, onResult: (o) => outputs.push(o) });
  return outputs;
}

describe('ReplicationPool', () => {
  it('gives identical outputs on one and on two workers, whatever the chunking', async () => {
    const onTwo = await collect(two, { from: 0, to: 40 });
    const onOne: ReplicationOutput[] = [];
    await runReplications({
      model,
      workers: 1,
      targetChunkMs: 1e-9,
      scenario,
      seed: 7,
      replications: { from: 0, to: 40 },
      onResult: (o) => onOne.push(o),
    });
    expect(onOne.map((o) => o.replication)).toEqual([...Array(40).keys()]);
    const sorted = [...onTwo].sort((a, b) => a.replication - b.replication);
    expect(sorted).toEqual(onOne);
  });

  it('runs an explicit list of replications, each once', async () => {
    const outputs = await collect(two, [5, 17, 2]);
    expect(outputs.map((o) => o.replication).sort((a, b) => a - b)).toEqual([2, 5, 17]);
    const again = await collect(two, { from: 17, to: 18 });
    expect(again).toEqual(outputs.filter((o) => o.replication === 17));
  });

  it('reports a failing replication by index and seed, after delivering the outputs finished before it', async () => {
    const outputs: ReplicationOutput[] = [];
    const attempt = two.run({
      scenario: { ...scenario, failOn: 6 },
      seed: 7,
      replications: { from: 0, to: 10 },
      onResult: (o) => outputs.push(o),
    });
    await expect(attempt).rejects.toThrow(ReplicationError);
    await expect(attempt).rejects.toThrow('replication 6 (seed 7) failed: injected failure');
    // Chunks go out in index order and those running when 6 fails still finish, so 0–5 all arrive.
    expect(outputs.map((o) => o.replication).sort((a, b) => a - b)).toEqual(
      expect.arrayContaining([0, 1, 2, 3, 4, 5]),
    );
    expect(outputs.map((o) => o.replication)).not.toContain(6);
  });

  it('stops delivering and rejects when onResult throws', async () => {
    let calls = 0;
    const attempt = two.run({
      scenario,
      seed: 7,
      replications: { from: 0, to: 10 },
      onResult: () => {
        calls++;
        throw new Error('disk full');
      },
    });
    await expect(attempt).rejects.toThrow('disk full');
    expect(calls).toBe(1);
  });

  it('completes an empty job at once', async () => {
    expect(await collect(two, [])).toEqual([]);
  });

  it('rejects bad options and bad replication indices', async () => {
    expect(() => new ReplicationPool({ model, workers: 0 })).toThrow(
      'workers must be an integer >= 1, got 0',
    );
    await expect(collect(two, [1, -2])).rejects.toThrow('replication indices must be integers >= 0, got -2');
    await expect(collect(two, { from: 3, to: 2 })).rejects.toThrow('0 <= from <= to, got [3, 2)');
  });

  it('runs a TypeScript model that has no build through tsx’s hooks', async () => {
    // Type annotations, so that only a TypeScript loader can import it; no imports, so that it
    // runs from any folder; an ES module, as its package.json says.
    const folder = mkdtempSync(join(tmpdir(), 'landport-ts-model-'));
    try {
      writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
      const file = join(folder, 'squares.ts');
      writeFileSync(
        file,
        'export function runReplication(task: { replication: number }): { replication: number; metrics: Record<string, number> } {\n' +
          '  const x: number = task.replication;\n' +
          '  return { replication: x, metrics: { square: x * x } };\n' +
          '}\n',
      );
      const outputs: ReplicationOutput[] = [];
      await runReplications({
        model: file,
        workers: 1,
        scenario: null,
        seed: 1,
        replications: { from: 0, to: 4 },
        onResult: (o) => outputs.push(o),
      });
      expect(outputs.map((o) => o.metrics.square)).toEqual([0, 1, 4, 9]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names a model module that does not export runReplication', async () => {
    const attempt = runReplications({
      model: new URL('./byte-shuffle.ts', import.meta.url),
      workers: 1,
      scenario,
      seed: 7,
      replications: [0],
      onResult: () => {},
    });
    await expect(attempt).rejects.toThrow(/byte-shuffle\.ts does not export a function named runReplication/);
  });
});
