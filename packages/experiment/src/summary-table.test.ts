import { describe, expect, it } from 'vitest';
import type { MetricSummary, Summary } from './batch/aggregate.js';
import { formatSummaryTable, tableMetrics } from './summary-table.js';

function metric(values: readonly number[]): MetricSummary {
  const n = values.length;
  const mean = n === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / n;
  return {
    n,
    missing: 2 - n,
    mean,
    sd: Number.NaN,
    halfWidth: n === 0 ? Number.NaN : Infinity,
    lower: Number.NaN,
    upper: Number.NaN,
    min: Number.NaN,
    max: Number.NaN,
  };
}

// A port with one lane station (gate) and one pure delay (road): the delay's utilisation is never
// observed, its queue and turned-away counts are zero by construction.
const summary: Summary = {
  schemaVersion: 1,
  replications: 2,
  level: 0.95,
  metrics: {
    throughputPerDay: metric([100, 102]),
    'station.gate.utilisation': metric([0.5, 0.6]),
    'station.gate.queue.mean': metric([3, 4]),
    'station.gate.waitHours.p95': metric([]),
    'station.road.utilisation': metric([]),
    'station.road.queue.mean': metric([0, 0]),
    'station.road.turnedAway': metric([0, 0]),
  },
};

describe('tableMetrics(summary)', () => {
  it('keeps observed headline metrics and leaves out pure delays and never-observed metrics', () => {
    expect(tableMetrics(summary)).toEqual([
      'throughputPerDay',
      'station.gate.utilisation',
      'station.gate.queue.mean',
    ]);
  });

  it('gives the rows of the terminal table', () => {
    const lines = formatSummaryTable(summary).split('\n');
    expect(lines[0]).toBe('2 replications');
    // Header, then one row per table metric; no "NaN" anywhere.
    expect(lines.slice(2)).toHaveLength(tableMetrics(summary).length);
    expect(lines.join('\n')).not.toContain('NaN');
    expect(lines.join('\n')).not.toContain('station.road');
  });
});
