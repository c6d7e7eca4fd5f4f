import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplicationOutput } from '@landport/experiment';
import { summarizeDerived } from '@landport/experiment';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchError } from '../batch/batch-error.js';
import { LogIndex } from '../batch/log-index.js';
import { OrderedResults } from '../batch/ordered-results.js';
import { LOG_FILE } from '../batch/results-log.js';
import { runBatch } from '../batch/run-batch.js';
import type { Mm1Scenario } from '../batch/test-model/mm1.js';
import { readRunData } from './run-data.js';

// An M/M/1 run whose queue is sampled 4,000 times: too long to plot point by point, so the
// plotted series is averaged over buckets of 24 points (a "day" of hourly samples).
const scenario: Mm1Scenario = { arrivalMean: 1, serviceMean: 0.8, horizon: 4000, sampleInterval: 1 };
let root: string;
let outputs: ReplicationOutput[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'landport-run-data-'));
  await runBatch({
    outDir: join(root, 'run'),
    model: new URL('../batch/test-model/mm1.ts', import.meta.url),
    scenario,
    scenarioName: 'mm1',
    seed: 7,
    replications: 5,
    workers: 1,
    landportVersion: '0.0.0-test',
  });
  outputs = [...new OrderedResults([LogIndex.scan(join(root, 'run', LOG_FILE))]).outputs()];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readRunData', () => {
  it('names the metrics recorded and keeps a sample of the replications, all five here', () => {
    const run = readRunData(join(root, 'run'));
    expect(run.recorded.has('wait.mean')).toBe(true);
    expect(run.sample.of).toBe(5);
    expect(run.sample.replications).toEqual([0, 1, 2, 3, 4]);
    expect(run.scenario).toBeNull();
    expect(run.summary.replications).toBe(5);
  });

  it('plots a long series as bucket means with the band of the bucket mean across replications', () => {
    const series = readRunData(join(root, 'run')).series.get('queue.length')!;
    expect(series.interval).toBe(1);
    expect(series.fine).toHaveLength(4000);
    expect(series.bucketHours).toBe(24);
    expect(series.points).toHaveLength(Math.ceil(4000 / 24));
    for (const k of [0, 80, 166]) {
      // Each replication's mean over points 24k … 24k + 23, then the interval across replications.
      const bucketMeans = outputs.map((o) => {
        const values = o.series![0]!.values.slice(24 * k, 24 * k + 24);
        return values.reduce((a, b) => a + b, 0) / values.length;
      });
      const expected = summarizeDerived(bucketMeans, 0.95);
      const point = series.points[k]!;
      expect(point.time).toBe(24 * k);
      expect(point.n).toBe(5);
      for (const field of ['mean', 'lower', 'upper'] as const) {
        expect(Math.abs(point[field] - expected[field])).toBeLessThan(
          1e-9 * Math.max(1, Math.abs(expected[field])),
        );
      }
    }
  });

  it('refuses a folder that holds no finished run, saying how to finish it', () => {
    mkdirSync(join(root, 'empty'));
    expect(() => readRunData(join(root, 'empty'))).toThrow(BatchError);
    expect(() => readRunData(join(root, 'empty'))).toThrow(/not a finished Landport run/);
  });
});
