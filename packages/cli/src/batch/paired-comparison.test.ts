import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplicationOutput } from '@landport/experiment';
import { pairedComparison } from '@landport/experiment';
import { pairedDifference } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { compareResults } from './paired-comparison.js';
import { runBatch } from './run-batch.js';
import type { Mm1Scenario } from './test-model/mm1.js';
import { ReplicationPool } from './worker-pool.js';

const run = (values: readonly number[]): ReplicationOutput[] =>
  values.map((x, replication) => ({ replication, metrics: { wait: x } }));

describe('pairedComparison', () => {
  it('gives per metric the paired-difference interval of sim-core pairedDifference', () => {
    const a = [5.1, 6.3, 4.8, 7.2, 5.9, 6.6];
    const b = [4.2, 5.9, 4.1, 6.0, 5.5, 5.4];
    const comparison = pairedComparison(run(a), run(b));
    const reference = pairedDifference(a, b);
    const metric = comparison.metrics.wait!;
    expect(comparison).toMatchObject({ schemaVersion: 1, replications: 6, level: 0.95 });
    expect(metric).toMatchObject({
      n: 6,
      difference: reference.mean,
      sd: reference.sd,
      halfWidth: reference.halfWidth,
      lower: reference.lower,
      upper: reference.upper,
      varianceRatio: reference.varianceRatio,
      correlation: reference.correlation,
      unpairedHalfWidth: reference.unpairedHalfWidth,
    });
    expect(metric.meanA).toBeCloseTo(35.9 / 6, 12);
    expect(metric.meanB).toBeCloseTo(31.1 / 6, 12);
    // The pairs are strongly correlated, which is what common random numbers buy.
    expect(metric.halfWidth).toBeLessThan(metric.unpairedHalfWidth);
  });

  it('pairs only replications where both values are finite', () => {
    const a: ReplicationOutput[] = [
      { replication: 0, metrics: { p95: 1 } },
      { replication: 1, metrics: { p95: Number.NaN } },
      { replication: 2, metrics: { p95: 3 } },
      { replication: 3, metrics: { p95: 6 } },
    ];
    const b: ReplicationOutput[] = [
      { replication: 0, metrics: { p95: 0.5, onlyB: 1 } },
      { replication: 1, metrics: { p95: 2 } },
      { replication: 2, metrics: { p95: 2 } },
      { replication: 3, metrics: { p95: 4 } },
    ];
    const comparison = pairedComparison(a, b);
    expect(comparison.metrics.p95!.n).toBe(3);
    expect(comparison.metrics.p95!.difference).toBeCloseTo(pairedDifference([1, 3, 6], [0.5, 2, 4]).mean, 12);
    expect(comparison.metrics.onlyB!.n).toBe(0);
    expect(comparison.metrics.onlyB!.difference).toBeNaN();
  });

  it('refuses runs whose replications do not pair up', () => {
    expect(() => pairedComparison(run([1, 2]), run([1, 2, 3]))).toThrow(
      'run B has more replications than the other',
    );
    const shifted = run([1, 2]).map((o) => ({ ...o, replication: o.replication + 1 }));
    expect(() => pairedComparison(run([1, 2]), shifted)).toThrow(
      /replication 0 of run A is paired with replication 1 of run B/,
    );
  });
});

describe('compareResults', () => {
  it('compares two results folders run on common random numbers, and refuses different seeds', async () => {
    const root = mkdtempSync(join(tmpdir(), 'landport-compare-'));
    const model = new URL('./test-model/mm1.ts', import.meta.url);
    const pool = new ReplicationPool({ model, workers: 1 });
    try {
      const base: Mm1Scenario = { arrivalMean: 1, serviceMean: 0.8, horizon: 200, sampleInterval: 50 };
      const run = (name: string, scenario: Mm1Scenario, seed: number) =>
        runBatch({
          outDir: join(root, name),
          model,
          pool,
          scenario,
          scenarioName: name,
          seed,
          replications: 12,
        });
      await run('a', base, 1);
      await run('b', { ...base, serviceMean: 0.7 }, 1);
      await run('c', base, 2);
      const comparison = compareResults(join(root, 'a'), join(root, 'b'));
      const wait = comparison.metrics['wait.mean']!;
      expect(comparison.replications).toBe(12);
      expect(wait.n).toBe(12);
      // Slower service means longer waits in every replication: both runs saw the same arrivals
      // and the same uniforms for the services, each service 8/7 longer in A.
      expect(wait.lower).toBeGreaterThan(0);
      expect(wait.varianceRatio).toBeLessThan(1);
      expect(() => compareResults(join(root, 'a'), join(root, 'c'))).toThrow(/their seeds differ \(1 vs 2\)/);
    } finally {
      await pool.destroy();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
