import type { ManyWayComparison } from '../analysis/many-way-comparison.js';
import { metricUnit } from '../metric-unit.js';
import { headlineMetrics } from '../summary-table.js';
import { type Chart, topLevelSpec } from './chart.js';

/** One inlined row of the many-way chart: one pair's difference a − b on one metric. */
export interface PairDifferenceRow {
  metric: string;
  /** `v1 − v0`: the pair, by the variants' indices. */
  pair: string;
  difference: number;
  lower: number | null;
  upper: number | null;
  level: number;
  adjustedP: number;
  different: boolean;
}

/**
 * The many-way form of the comparison chart: per headline metric a panel (its own x scale in the
 * metric's unit, as in comparisonChart), each compared pair's difference a − b with its
 * multiplicity-adjusted interval; red where the pair is declared different. Pairs equal in every
 * replication, and metrics left with no pair, are left out. `currency` names the unit of costs.
 */
export function manyWayChart(c: ManyWayComparison, currency?: string): Chart | null {
  const rows: PairDifferenceRow[] = [];
  for (const metric of headlineMetrics(Object.keys(c.metrics))) {
    for (const p of c.metrics[metric]!) {
      if (p.n === 0 || !Number.isFinite(p.difference) || (p.difference === 0 && p.sd === 0)) continue;
      const finite = Number.isFinite(p.halfWidth);
      rows.push({
        metric,
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
  const alpha = c.familywiseErrorRate.toFixed(2);
  const differ = `declared different (familywise error rate ${alpha})`;
  const same = 'not declared different';
  const colour = {
    field: 'verdict',
    type: 'nominal',
    title: null,
    scale: { domain: [differ, same], range: ['#e45756', '#4c78a8'] },
    legend: { orient: 'bottom', direction: 'vertical', labelLimit: 0 },
  };
  const pairs = [...new Set(rows.map((r) => r.pair))];
  // One panel per metric, stacked in a general concatenation rather than a facet: each panel has
  // its own title (the metric with its unit, never cut) and x scale, every y axis lines up, and a
  // metric with fewer pairs leaves no empty band.
  const panel = (metric: string) => {
    const unit = metricUnit(metric, currency);
    const x = { type: 'quantitative', title: null, axis: { labelFontSize: 9, tickCount: 5 } };
    const y = {
      field: 'pair',
      type: 'nominal',
      title: null,
      sort: pairs,
      axis: { labelLimit: 0, ticks: false, domain: false, labelPadding: 8 },
    };
    return {
      title: {
        text: unit === '' ? metric : `${metric} (${unit})`,
        fontSize: 11,
        fontWeight: 'normal',
        limit: 0,
      },
      width: 360,
      height: { step: 20 },
      transform: [
        { filter: { field: 'metric', equal: metric } },
        { calculate: `datum.different ? ${JSON.stringify(differ)} : ${JSON.stringify(same)}`, as: 'verdict' },
      ],
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [3, 3] }, encoding: { x: { ...x, datum: 0 } } },
        {
          transform: [{ filter: 'isValid(datum.lower)' }],
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' }, color: colour },
        },
        {
          mark: { type: 'point', filled: true, size: 50, opacity: 1 },
          encoding: {
            y,
            x: { ...x, field: 'difference' },
            color: colour,
            tooltip: [
              { field: 'metric' },
              { field: 'pair' },
              {
                field: 'difference',
                format: '.4~r',
                title: `mean paired difference${unit === '' ? '' : `, ${unit}`}`,
              },
              { field: 'lower', format: '.4~r', title: 'adjusted interval from' },
              { field: 'upper', format: '.4~r', title: 'adjusted interval to' },
              { field: 'level', format: '.4~r', title: 'interval level' },
              { field: 'adjustedP', format: '.3~g', title: `${method}-adjusted p` },
            ],
          },
        },
      ],
    };
  };
  const metrics = [...new Set(rows.map((r) => r.metric))];
  const title = `Paired differences, ${method}-adjusted (${c.variants.length} variants)`;
  const spec = topLevelSpec(title, {
    // The variants on lines of their own: with their overrides they can be long.
    title: {
      text: title,
      subtitle: c.variants.map((name, i) => `v${i} = ${name}`),
      anchor: 'start',
      fontSize: 14,
      subtitleFontSize: 11,
    },
    data: { values: rows },
    vconcat: metrics.map(panel),
    spacing: 14,
    resolve: { scale: { x: 'independent', y: 'independent', color: 'shared' }, legend: { color: 'shared' } },
  });
  const declared = rows.filter((r) => r.different).length;
  // A pair with no row at all (a variant identical to the base) would otherwise just be missing.
  const compared = [...new Set(Object.values(c.metrics).flatMap((ps) => ps.map((p) => `v${p.a} − v${p.b}`)))];
  const absent = compared.filter((p) => !pairs.includes(p));
  return {
    name: 'comparisons',
    title: 'Differences between the variants',
    caption:
      `Each panel: a metric, in the unit beside its name, on its own scale; each row: a pair's mean paired difference (dot) over ${c.replications} replications on common random numbers, ` +
      `with its ${method}-adjusted interval (line); dashed: zero. Red: declared different at a familywise error rate of ${alpha} per metric ` +
      `(${declared} of the ${rows.length} differences drawn); blue: not declared different. Pairs equal in every replication are left out` +
      (absent.length === 0
        ? '.'
        : `; ${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} equal in every replication on every headline metric, so not drawn.`),
    spec,
  };
}
