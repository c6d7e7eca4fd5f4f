import { describe, expect, it } from 'vitest';
import type { MetricSummary, Summary } from '../batch/aggregate.js';
import type { Chart } from './chart.js';
import type { RunData } from './run-data.js';
import { WAIT_STATISTICS, type WaitRow, waitDistributionChart } from './wait-distribution-chart.js';

const metric = (mean: number, halfWidth: number): MetricSummary => ({
  n: 3,
  missing: 0,
  mean,
  sd: halfWidth,
  halfWidth,
  lower: mean - halfWidth,
  upper: mean + halfWidth,
  min: mean,
  max: mean,
});

/** A run of two stations and two classes, `truck-in` the longest label; waits of `mean` hours ± `halfWidth`. */
function run(mean: number, halfWidth: number): RunData {
  const metrics: Record<string, MetricSummary> = {};
  const values = new Map<string, number[]>();
  for (const station of ['gate', 'kz-control']) {
    metrics[`station.${station}.served`] = metric(100, 1);
    for (const cls of ['car', 'truck-in']) {
      metrics[`class.${cls}.arrived`] = metric(100, 1);
      for (const s of WAIT_STATISTICS) {
        const name = `station.${station}.class.${cls}.waitHours.${s}`;
        metrics[name] = metric(mean, halfWidth);
        values.set(name, [mean - halfWidth / 2, mean, mean + halfWidth / 2]);
      }
    }
  }
  const summary: Summary = { schemaVersion: 1, replications: 3, level: 0.95, metrics };
  return {
    summary,
    sample: { of: 3, replications: [0, 1, 2], values },
    scenario: null,
  } as unknown as RunData;
}

type Encoding = Record<
  string,
  { axis?: Record<string, unknown>; scale?: Record<string, unknown>; legend?: Record<string, unknown> }
>;

describe('waitDistributionChart', () => {
  it('never truncates a row label: the y axis has no label limit', () => {
    const chart = waitDistributionChart(run(2, 1))!;
    const rows = (chart.spec as unknown as { data: { values: { row: string }[] } }).data.values;
    expect(rows.map((r) => r.row)).toContain('kz-control · truck-in');
    const y = (chart.spec as unknown as { encoding: Encoding }).encoding.y!;
    // 0 is Vega's "no limit"; any positive limit must hold the longest label at 11 px (≥ 7 px a character).
    const limit = y.axis!.labelLimit as number;
    const longest = Math.max(...rows.map((r) => r.row.length));
    expect(limit === 0 || limit >= longest * 7).toBe(true);
  });

  it('starts the wait axis at 0, and says the intervals are cut only when one reaches below it', () => {
    const low = waitDistributionChart(run(0.1, 0.3))!;
    const x = (low.spec as unknown as { encoding: Encoding }).encoding.x!;
    expect(x.scale).toMatchObject({ domainMin: 0 });
    expect(low.caption).toContain('cut at 0');
    expect(waitDistributionChart(run(2, 1))!.caption).not.toContain('cut at 0');
  });

  it('draws one dot per replication of the sample, and says when the dots are a sample', () => {
    const all = waitDistributionChart(run(2, 1))!;
    const dots = (chart: Chart) =>
      (chart.spec as unknown as { data: { values: WaitRow[] } }).data.values.filter(
        (r) => r.kind === 'replication',
      );
    // 2 stations × 2 classes × 5 statistics × 3 replications.
    expect(dots(all)).toHaveLength(60);
    expect(all.caption).toContain('Dots: one replication each; black tick');
    const sampled = { ...run(2, 1), sample: { ...run(2, 1).sample, of: 5000 } } as RunData;
    const chart = waitDistributionChart(sampled)!;
    expect(dots(chart)).toEqual(dots(all));
    expect(chart.caption).toContain(
      'Dots: one replication each (a sample of 3 of the 5000 replications, chosen by the run’s seed); black tick',
    );
  });

  it('draws the legend’s symbols in full colour', () => {
    const colour = (waitDistributionChart(run(2, 1))!.spec as unknown as { encoding: Encoding }).encoding
      .color!;
    expect(colour.legend).toMatchObject({ symbolOpacity: 1 });
  });
});
