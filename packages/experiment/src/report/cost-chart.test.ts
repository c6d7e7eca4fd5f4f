import { describe, expect, it } from 'vitest';
import type { MetricSummary } from '../batch/aggregate.js';
import type { Manifest } from '../batch/run-manifest.js';
import { type CostRow, costChart, listText } from './cost-chart.js';
import { summarizeDerived } from './derived-metric.js';
import { type RunData, runData } from './run-data.js';

const metric = (mean: number): MetricSummary => ({
  n: 2,
  missing: 0,
  mean,
  sd: 1,
  halfWidth: 1,
  lower: mean - 1,
  upper: mean + 1,
  min: mean,
  max: mean,
});

/** Cars pay duties and clearance (100 vehicles, 2 replications); trucks pay nothing. */
function run(): RunData {
  const values = new Map<string, number[]>([
    ['class.car.cost.total', [10_000, 12_000]],
    ['class.car.cost.perVehicle', [100, 120]],
    ['class.car.cost.duty', [8_000, 9_000]],
    ['class.car.cost.clearance', [2_000, 3_000]],
    ['class.car.cost.demurrage', [0, 0]],
    ['class.truck.cost.total', [0, 0]],
    ['class.truck.cost.perVehicle', [0, 0]],
    ['class.truck.cost.duty', [0, 0]],
  ]);
  const metrics = {
    'class.car.arrived': metric(100),
    'class.truck.arrived': metric(50),
    'class.car.cost.perVehicle': metric(110),
    'class.truck.cost.perVehicle': metric(0),
  };
  const summary = { schemaVersion: 1, replications: 2, level: 0.95, metrics };
  const outputs = [0, 1].map((replication) => ({
    replication,
    metrics: Object.fromEntries([...values].map(([name, v]) => [name, v[replication]!])),
  }));
  return runData({
    folder: '',
    manifest: { seed: 1 } as Manifest,
    summary,
    scenario: null,
    metricNames: [...values.keys()].sort(),
    outputs,
  });
}

describe('costChart', () => {
  it('lists in its caption only the components drawn, and names the classes that paid nothing', () => {
    const chart = costChart(run())!;
    expect(chart.caption).toContain('split into clearance and duties (reporting currency)');
    expect(chart.caption).not.toContain('demurrage');
    expect(chart.caption).toContain('Class truck paid nothing.');
  });

  it('splits the mean cost per vehicle by component, from each replication’s component × perVehicle / total', () => {
    const rows = (costChart(run())!.spec as unknown as { data: { values: CostRow[] } }).data.values;
    const duties = rows.find((r) => r.class === 'car' && r.component === 'duties')!;
    // Per replication: 8,000 × 100 / 10,000 = 80 and 9,000 × 120 / 12,000 = 90.
    const expected = summarizeDerived([80, 90], 0.95);
    expect([duties.perVehicle, duties.lower, duties.upper, duties.n]).toEqual([
      85,
      expected.lower,
      expected.upper,
      2,
    ]);
    expect(rows.filter((r) => r.class === 'truck').map((r) => r.kind)).toEqual(['total']);
  });

  it('joins a list as prose', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listText)).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });
});
