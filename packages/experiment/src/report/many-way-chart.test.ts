import { describe, expect, it } from 'vitest';
import type { ManyWayComparison, PairComparison } from '../analysis/many-way-comparison.js';
import { manyWayChart, type PairDifferenceRow } from './many-way-chart.js';

const pair = (a: number, difference: number, halfWidth: number, different: boolean): PairComparison => ({
  a,
  b: 0,
  n: 4,
  meanA: 10 + difference,
  meanB: 10,
  difference,
  sd: halfWidth === 0 && difference === 0 ? 0 : 1,
  p: 0.01,
  adjustedP: different ? 0.02 : 0.4,
  level: 0.975,
  halfWidth,
  lower: difference - halfWidth,
  upper: difference + halfWidth,
  different,
});

/** v1 equals the base everywhere; v2 differs in throughput, not in the wait. */
const comparison: ManyWayComparison = {
  schemaVersion: 1,
  variants: ['port', 'port stations.gate.lanes=10', 'port stations.gate.lanes=12'],
  replications: 4,
  pairs: 'base',
  adjustment: 'holm',
  familywiseErrorRate: 0.05,
  metrics: {
    throughputPerDay: [pair(1, 0, 0, false), pair(2, 12, 3, true)],
    'station.gate.waitHours.mean': [pair(1, 0, 0, false), pair(2, -0.2, 0.5, false)],
  },
};

type Panel = { title: { text: string; limit: number }; layer: { encoding: Record<string, any> }[] };
const chart = manyWayChart(comparison)!;
const spec = chart.spec as unknown as {
  facet?: unknown;
  vconcat: Panel[];
  data: { values: PairDifferenceRow[] };
};

describe('manyWayChart', () => {
  it('stacks one panel per metric in a concatenation, not a facet', () => {
    expect(spec.facet).toBeUndefined();
    expect(spec.vconcat).toHaveLength(2);
  });

  it('titles each panel with the metric and its unit, never cut', () => {
    expect(spec.vconcat.map((p) => p.title.text)).toEqual([
      'throughputPerDay (vehicles/day)',
      'station.gate.waitHours.mean (h)',
    ]);
    expect(spec.vconcat.every((p) => p.title.limit === 0)).toBe(true);
    expect(spec.vconcat[0]!.layer[2]!.encoding.y.axis.labelLimit).toBe(0);
  });

  it('explains its colours in a legend below the chart', () => {
    const colour = spec.vconcat[0]!.layer[2]!.encoding.color;
    expect(colour.scale.domain).toEqual([
      'declared different (familywise error rate 0.05)',
      'not declared different',
    ]);
    expect(colour.legend).toMatchObject({ orient: 'bottom' });
  });

  it('draws only pairs that differ somewhere, and its caption counts what is drawn and names the pair left out', () => {
    expect(spec.data.values.map((r) => [r.metric, r.pair, r.different])).toEqual([
      ['throughputPerDay', 'v2 − v0', true],
      ['station.gate.waitHours.mean', 'v2 − v0', false],
    ]);
    expect(chart.caption).toContain('(1 of the 2 differences drawn)');
    expect(chart.caption).toContain(
      'v1 − v0 is equal in every replication on every headline metric, so not drawn.',
    );
  });

  it('names the variants in the subtitle', () => {
    const title = (chart.spec as unknown as { title: { subtitle: string[] } }).title;
    expect(title.subtitle).toEqual([
      'v0 = port',
      'v1 = port stations.gate.lanes=10',
      'v2 = port stations.gate.lanes=12',
    ]);
  });
});
