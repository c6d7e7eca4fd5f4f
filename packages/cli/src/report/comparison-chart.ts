import { headlineMetrics } from '../summary-table.js';
import { type Chart, topLevelSpec } from './chart.js';
import type { ComparisonData } from './comparison-data.js';

/** One inlined row of the comparison chart: a metric's paired difference A − B. */
export interface DifferenceRow {
  metric: string;
  difference: number;
  lower: number | null;
  upper: number | null;
  meanA: number;
  meanB: number;
  n: number;
  /** Whether the interval excludes 0: the scenarios differ at this confidence. */
  differs: boolean;
}

/**
 * The paired difference A − B of each headline metric (those of the terminal table) with its
 * confidence interval: a dot-and-whisker chart, one row per metric.
 *
 * Each row has its own x scale, with 0 marked: the metrics are in different units (hours,
 * vehicles a day, currency), so one shared axis would flatten all but the largest. A
 * relative scale ((A − B)/B) would share an axis, but its interval would need the ratio's
 * variance and would explode for a B near 0 (a station with no queue). Metrics never finite in
 * both runs (n = 0), and metrics equal in every pair, are left out.
 */
export function comparisonChart(data: ComparisonData): Chart | null {
  const { comparison } = data;
  const rows: DifferenceRow[] = [];
  for (const metric of headlineMetrics(Object.keys(comparison.metrics))) {
    const m = comparison.metrics[metric]!;
    // Equal in every pair (a station nobody waits at in either run): nothing to draw.
    if (m.n === 0 || !Number.isFinite(m.difference) || (m.difference === 0 && m.sd === 0)) continue;
    const finite = Number.isFinite(m.halfWidth);
    rows.push({
      metric,
      difference: m.difference,
      lower: finite ? m.lower : null,
      upper: finite ? m.upper : null,
      meanA: m.meanA,
      meanB: m.meanB,
      n: m.n,
      differs: finite && (m.lower > 0 || m.upper < 0),
    });
  }
  if (rows.length === 0) return null;
  const a = data.a.manifest.scenario.name;
  const b = data.b.manifest.scenario.name;
  const level = Math.round(comparison.level * 100);
  const x = { type: 'quantitative', title: null, axis: { labelFontSize: 9, tickCount: 5 } };
  const spec = topLevelSpec(`Paired difference A − B: A = ${a}, B = ${b}`, {
    data: { values: rows },
    facet: {
      row: {
        field: 'metric',
        type: 'nominal',
        sort: rows.map((r) => r.metric),
        header: { labelAngle: 0, labelAlign: 'left', labelLimit: 300, title: null },
      },
    },
    spec: {
      width: 360,
      height: 22,
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [3, 3] }, encoding: { x: { ...x, datum: 0 } } },
        {
          transform: [{ filter: 'isValid(datum.lower)' }],
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: {
            x: { ...x, field: 'lower' },
            x2: { field: 'upper' },
            color: {
              field: 'differs',
              type: 'nominal',
              legend: null,
              scale: { domain: [true, false], range: ['#e45756', '#4c78a8'] },
            },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 60 },
          encoding: {
            x: { ...x, field: 'difference' },
            color: { field: 'differs', type: 'nominal', legend: null },
            tooltip: [
              { field: 'metric' },
              { field: 'difference', format: '.4~r', title: 'A − B (mean of paired differences)' },
              { field: 'lower', format: '.4~r', title: `${level}% CI from` },
              { field: 'upper', format: '.4~r', title: `${level}% CI to` },
              { field: 'meanA', format: '.4~r', title: `A: ${a}` },
              { field: 'meanB', format: '.4~r', title: `B: ${b}` },
              { field: 'n', title: 'pairs' },
            ],
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  });
  return {
    name: 'comparison',
    title: 'Difference between the two scenarios',
    caption:
      `Each row: a metric’s mean paired difference A − B over ${comparison.replications} replications on common random numbers (dot), ` +
      `with its ${level}% confidence interval (line); dashed: zero. Red: the interval excludes zero, so the scenarios differ on that metric at this confidence. ` +
      'Each row has its own scale, in the metric’s unit (hours, vehicles a day, currency). Metrics equal in every pair are left out.',
    spec,
  };
}
