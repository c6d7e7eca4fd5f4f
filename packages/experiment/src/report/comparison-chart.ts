import type { Manifest } from '../batch/run-manifest.js';
import { metricUnit } from '../metric-unit.js';
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
  const a = runLabel(data.a.manifest);
  const b = runLabel(data.b.manifest);
  const level = Math.round(comparison.level * 100);
  const currency = data.a.scenario?.scenario.costs.currency;
  const differ = `interval excludes 0: A and B differ`;
  const same = `interval includes 0: no difference shown`;
  const colour = {
    field: 'verdict',
    type: 'nominal',
    title: null,
    scale: { domain: [differ, same], range: ['#e45756', '#4c78a8'] },
    legend: { orient: 'bottom', direction: 'vertical', labelLimit: 0 },
  };
  // One panel per metric, stacked: each its own x scale in the metric's unit, its label (with the
  // unit) a y-axis label beside the axis, never truncated. A facet's row headers were centred
  // over wide bands and cut at a fixed width.
  const panel = (row: DifferenceRow) => {
    const unit = metricUnit(row.metric, currency);
    const y = {
      field: 'label',
      type: 'nominal',
      title: null,
      axis: { labelLimit: 0, ticks: false, domain: false, labelFontSize: 11, labelPadding: 8 },
    };
    const x = { type: 'quantitative', title: null, axis: { labelFontSize: 9, tickCount: 5 } };
    return {
      width: 360,
      height: 22,
      transform: [
        { filter: { field: 'metric', equal: row.metric } },
        { calculate: JSON.stringify(unit === '' ? row.metric : `${row.metric} (${unit})`), as: 'label' },
        { calculate: `datum.differs ? ${JSON.stringify(differ)} : ${JSON.stringify(same)}`, as: 'verdict' },
      ],
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [3, 3] }, encoding: { x: { ...x, datum: 0 } } },
        {
          transform: [{ filter: 'isValid(datum.lower)' }],
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' }, color: colour },
        },
        {
          mark: { type: 'point', filled: true, size: 60 },
          encoding: {
            y,
            x: { ...x, field: 'difference' },
            color: colour,
            tooltip: [
              { field: 'metric' },
              {
                field: 'difference',
                format: '.4~r',
                title: `A − B (mean of paired differences${unit === '' ? '' : `, ${unit}`})`,
              },
              { field: 'lower', format: '.4~r', title: `${level}% CI from` },
              { field: 'upper', format: '.4~r', title: `${level}% CI to` },
              { field: 'meanA', format: '.4~r', title: `A: ${a}` },
              { field: 'meanB', format: '.4~r', title: `B: ${b}` },
              { field: 'n', title: 'pairs' },
            ],
          },
        },
      ],
    };
  };
  const spec = topLevelSpec('Paired difference A − B', {
    // The runs on lines of their own: with their overrides they can be long.
    title: {
      text: 'Paired difference A − B',
      subtitle: [`A = ${a}`, `B = ${b}`],
      anchor: 'start',
      fontSize: 14,
      subtitleFontSize: 11,
    },
    data: { values: rows },
    vconcat: rows.map(panel),
    spacing: 10,
    resolve: { scale: { x: 'independent', y: 'independent', color: 'shared' }, legend: { color: 'shared' } },
  });
  return {
    name: 'comparison',
    title: 'Difference between the two scenarios',
    caption:
      `Each row: a metric’s mean paired difference A − B over ${comparison.replications} replications on common random numbers (dot), ` +
      `with its ${level}% confidence interval (line); dashed: zero. Red: the interval excludes zero, so the scenarios differ on that metric at this confidence; blue: it includes zero. ` +
      'Each row has its own scale, in the unit beside the metric’s name. Metrics equal in every pair are left out.',
    spec,
  };
}

/** A run's name in the chart: its scenario, with its `--set` overrides when it has any. */
export function runLabel(manifest: Pick<Manifest, 'scenario' | 'overrides'>): string {
  const overrides = manifest.overrides ?? [];
  return overrides.length === 0
    ? manifest.scenario.name
    : `${manifest.scenario.name} (${overrides.join(', ')})`;
}
