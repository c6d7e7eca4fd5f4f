import { describe, expect, it } from 'vitest';
import type { DailyBand, DailySummary } from '../batch/daily-aggregate.js';
import { dailyQueueChart } from './daily-queue-chart.js';
import type { RunData } from './run-data.js';

const band = (mean: number[]): DailyBand => ({
  unit: 'vehicles',
  mean,
  lower: mean.map((m) => m - 0.5),
  upper: mean.map((m) => m + 0.5),
});

/** A run of four local days; without a scenario record the first and last may be partial and are left out. */
function run(queueAtHour: number[], queueMax: number[]): RunData {
  const daily = {
    side: null,
    queueHour: 8,
    firstDate: '2024-01-01',
    days: queueAtHour.length,
    series: { queueAtHour: band(queueAtHour), queueMax: band(queueMax) },
  } as unknown as DailySummary;
  const summary = { schemaVersion: 1, replications: 4, level: 0.95, metrics: {}, daily };
  return { summary, scenario: null } as unknown as RunData;
}

describe('dailyQueueChart', () => {
  it('puts its legend above the plot, where it covers no band', () => {
    const spec = dailyQueueChart(run([0, 1, 2, 0], [3, 4, 5, 3]))!.spec as unknown as {
      encoding: { color: { legend: { orient: string } } };
    };
    expect(spec.encoding.color.legend.orient).toBe('top');
  });

  it('states the highest day of each series from the data', () => {
    const chart = dailyQueueChart(run([0, 1, 2, 0], [3, 4, 5, 3]))!;
    expect(chart.caption).toContain('The daily maximum averages 4.5 vehicles, highest 5 on 2024-01-03.');
    expect(chart.caption).toContain('At 08:00: 1.5 vehicles on average, highest 2 on 2024-01-03.');
  });

  it('names no highest day for a series that is 0 every day', () => {
    const chart = dailyQueueChart(run([0, 0, 0, 0], [3, 4, 5, 3]))!;
    expect(chart.caption).toContain('At 08:00: no vehicle waiting on any day.');
    expect(chart.caption).not.toContain('highest 0');
    const empty = dailyQueueChart(run([0, 0, 0, 0], [0, 0, 0, 0]))!;
    expect(empty.caption).toContain('No vehicle waited on any day.');
    expect(empty.caption).not.toContain('At 08:00');
  });
});
