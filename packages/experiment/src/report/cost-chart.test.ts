import { describe, expect, it } from 'vitest';
import type { MetricSummary } from '../batch/aggregate.js';
import { costChart, listText } from './cost-chart.js';
import type { RunData } from './run-data.js';

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
  return { summary, values, scenario: null, replications: [0, 1] } as unknown as RunData;
}

describe('costChart', () => {
  it('lists in its caption only the components drawn, and names the classes that paid nothing', () => {
    const chart = costChart(run())!;
    expect(chart.caption).toContain('split into clearance and duties (reporting currency)');
    expect(chart.caption).not.toContain('demurrage');
    expect(chart.caption).toContain('Class truck paid nothing.');
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
