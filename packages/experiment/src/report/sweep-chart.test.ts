import { describe, expect, it } from 'vitest';
import type { MetricSummary, Summary } from '../batch/aggregate.js';
import { sweepChart } from './sweep-chart.js';
import type { SweepData } from './sweep-data.js';

const metric = (mean: number): MetricSummary => ({
  n: 3,
  missing: 0,
  mean,
  sd: 1,
  halfWidth: 1,
  lower: mean - 1,
  upper: mean + 1,
  min: mean,
  max: mean,
});

const summary = (lanes: number): Summary => ({
  schemaVersion: 1,
  replications: 3,
  level: 0.95,
  metrics: { throughputPerDay: metric(400 + lanes) },
});

const data: SweepData = {
  folder: '/tmp/sweep',
  params: ['stations.gate.lanes'],
  replications: 3,
  seed: 1,
  points: [6, 8, 10].map((lanes) => ({
    values: { 'stations.gate.lanes': String(lanes) },
    folder: `/tmp/sweep/${lanes}`,
    summary: summary(lanes),
  })),
  scenario: null,
};

describe('sweepChart', () => {
  it('pads a numeric x scale so the first and last points’ bars clear the y axis and the frame', () => {
    const spec = sweepChart(data)!.spec as unknown as {
      concat: { encoding: { x: { scale: Record<string, unknown> } } }[];
    };
    expect(spec.concat).toHaveLength(1);
    const scale = spec.concat[0]!.encoding.x.scale;
    expect(scale.padding as number).toBeGreaterThan(0);
    expect(scale.nice).toBe(false);
  });
});
