import type { ManyWayComparison } from '../analysis/many-way-comparison.js';
import { metricUnit } from '../metric-unit.js';
import { headlineMetrics } from '../summary-table.js';
import { type Chart, topLevelSpec } from './chart.js';

/**
 * The many-way form of the comparison chart: per headline metric (a row, its own x scale in the
 * metric's unit, as in comparisonChart), each compared pair's difference a − b with its
 * multiplicity-adjusted interval; red where the pair is declared different. Pairs equal in every
 * replication are left out.
 */
export function manyWayChart(c: ManyWayComparison): Chart | null {
  const rows: Record<string, unknown>[] = [];
  for (const metric of headlineMetrics(Object.keys(c.metrics))) {
    const unit = metricUnit(metric);
    for (const p of c.metrics[metric]!) {
      if (p.n === 0 || !Number.isFinite(p.difference) || (p.difference === 0 && p.sd === 0)) continue;
      const finite = Number.isFinite(p.halfWidth);
      rows.push({
        metric: unit === '' ? metric : `${metric} (${unit})`,
        pair: `v${p.a} − v${p.b}`,
        difference: p.difference,
        lower: finite ? p.lower : null,
        upper: finite ? p.upper : null,
        level: p.level,
        adjustedP: p.adjustedP,
        different: p.different,
      });
    }
  }
  if (rows.length === 0) return null;
  const method = c.adjustment === 'holm' ? 'Holm' : 'Bonferroni';
  const x = { type: 'quantitative', title: null, axis: { labelFontSize: 9, tickCount: 5 } };
  const spec = topLevelSpec(`Paired differences, ${method}-adjusted (${c.variants.length} variants)`, {
    data: { values: rows },
    facet: {
      row: {
        field: 'metric',
        type: 'nominal',
        header: { labelAngle: 0, labelAlign: 'left', labelLimit: 300, title: null },
      },
    },
    spec: {
      width: 360,
      encoding: { y: { field: 'pair', type: 'nominal', title: null } },
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [3, 3] }, encoding: { x: { ...x, datum: 0 } } },
        {
          // Rows with no interval (null ends) draw no rule: Vega-Lite drops invalid values.
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: {
            x: { ...x, field: 'lower' },
            x2: { field: 'upper' },
            color: {
              field: 'different',
              type: 'nominal',
              legend: null,
              scale: { domain: [true, false], range: ['#e45756', '#4c78a8'] },
            },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 50 },
          encoding: {
            x: { ...x, field: 'difference' },
            color: { field: 'different', type: 'nominal', legend: null },
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  });
  return {
    name: 'comparisons',
    title: 'Differences between the variants',
    caption:
      `Each row: a metric; each line: a pair's mean paired difference (dot) over ${c.replications} replications on common random numbers, ` +
      `with its ${method}-adjusted interval (line); dashed: zero. Red: declared different at a familywise error rate of ${c.familywiseErrorRate.toFixed(2)}. ` +
      'Each row has its own scale, in the metric’s unit.',
    spec,
  };
}
