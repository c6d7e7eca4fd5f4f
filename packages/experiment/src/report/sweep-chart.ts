import { metricUnit } from '../metric-unit.js';
import { type Chart, topLevelSpec } from './chart.js';
import { defaultSweepMetrics, type SweepData } from './sweep-data.js';

/** One inlined point of the sweep chart: a metric at one grid point. */
export interface SweepRow {
  metric: string;
  /** Value of the first parameter, as a number when every value of it is numeric. */
  x: number | string;
  /** Value of the second parameter as written, or `''` for a one-parameter sweep. */
  group: string;
  mean: number;
  lower: number | null;
  upper: number | null;
  n: number;
}

/**
 * Each default metric (see `defaultSweepMetrics`) against the first swept parameter, one panel
 * per metric with its own y scale, one line per value of the second parameter if there is one;
 * dots are means over the replications at that point, bars their confidence intervals. A sweep
 * has no target (that is `size`), so no target line is drawn.
 */
export function sweepChart(data: SweepData): Chart | null {
  const first = data.points[0];
  if (first === undefined) return null;
  const [param, second] = data.params;
  if (param === undefined) return null;
  // A metric that is 0 at every point (a station with unlimited lanes never has a wait) says nothing.
  const metrics = defaultSweepMetrics(first.summary).filter((m) =>
    data.points.some((p) => {
      const s = p.summary.metrics[m];
      return s !== undefined && s.n > 0 && (s.mean !== 0 || s.sd > 0);
    }),
  );
  const numeric = data.points.every((p) => Number.isFinite(Number(p.values[param])));
  const rows: SweepRow[] = [];
  for (const point of data.points) {
    for (const metric of metrics) {
      const s = point.summary.metrics[metric];
      if (s === undefined || s.n === 0 || !Number.isFinite(s.mean)) continue;
      const finite = Number.isFinite(s.halfWidth);
      rows.push({
        metric,
        x: numeric ? Number(point.values[param]) : point.values[param]!,
        group: second === undefined ? '' : point.values[second]!,
        mean: s.mean,
        lower: finite ? s.lower : null,
        upper: finite ? s.upper : null,
        n: s.n,
      });
    }
  }
  if (rows.length === 0) return null;
  const level = Math.round(first.summary.level * 100);
  const order = [...new Set(data.points.map((p) => p.values[param]!))];
  const integers = numeric && data.points.every((p) => Number.isInteger(Number(p.values[param])));
  const x = numeric
    ? {
        field: 'x',
        type: 'quantitative',
        title: param,
        // Padding keeps the first and last points, and their bars, clear of the y axis and the frame.
        scale: { zero: false, nice: false, padding: 14 },
        axis: integers ? { tickMinStep: 1, format: 'd' } : { format: '~g' },
      }
    : { field: 'x', type: 'ordinal', title: param, sort: order };
  const colour =
    second === undefined
      ? {}
      : {
          color: {
            field: 'group',
            type: 'nominal',
            title: second,
            legend: { titleLimit: 0, orient: 'bottom' },
            sort: [...new Set(data.points.map((p) => p.values[second]!))],
          },
        };
  const currency = data.scenario?.scenario.costs.currency;
  const panel = (metric: string) => {
    const own = rows.filter((r) => r.metric === metric);
    const unit = metricUnit(metric, currency);
    // An explicit domain that holds every interval: a near-constant metric would otherwise get an
    // axis fitted to its means and clip its bars.
    const y = {
      field: 'mean',
      type: 'quantitative',
      title: unit === '' ? null : unit,
      scale: { domain: paddedDomain(own), nice: false, zero: false },
    };
    return {
      title: { text: metric, fontSize: 11, fontWeight: 'normal', limit: 0 },
      width: 280,
      height: 170,
      transform: [{ filter: { field: 'metric', equal: metric } }],
      encoding: { x, ...colour },
      layer: [
        { mark: { type: 'line', point: false, clip: true }, encoding: { y } },
        {
          transform: [{ filter: 'isValid(datum.lower)' }],
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: { y: { ...y, field: 'lower' }, y2: { field: 'upper' } },
        },
        {
          mark: { type: 'point', filled: true, size: 40 },
          encoding: {
            y,
            tooltip: [
              { field: 'metric' },
              { field: 'x', title: param },
              ...(second === undefined ? [] : [{ field: 'group', title: second }]),
              { field: 'mean', format: '.4~r', title: unit === '' ? 'mean' : `mean (${unit})` },
              { field: 'lower', format: '.4~r', title: `${level}% CI from` },
              { field: 'upper', format: '.4~r', title: `${level}% CI to` },
              { field: 'n', title: 'replications' },
            ],
          },
        },
      ],
    };
  };
  const shown = metrics.filter((m) => rows.some((r) => r.metric === m));
  // Panels in a general concatenation, not a facet: each has its own title, unit and domain, and
  // a last row with one panel leaves no empty frame or stray axis beside it.
  const spec = topLevelSpec(`Sweep of ${data.params.join(' and ')}`, {
    data: { values: rows },
    concat: shown.map(panel),
    columns: Math.min(2, shown.length),
    spacing: { row: 24, column: 32 },
    resolve: { scale: { y: 'independent', color: 'shared' } },
  });
  return {
    name: 'sweep',
    title: 'Metrics across the sweep',
    caption:
      `One panel per metric, each on its own scale in the metric's unit: the mean over ${data.replications} replications at each value of ${param} (dots), ` +
      `with its ${level}% confidence interval (bars)${second === undefined ? '' : `, one line per value of ${second}`}. ` +
      'Every point runs on the same random numbers, so differences between neighbouring points are sharper than the bars suggest.',
    spec,
  };
}

/**
 * A y domain that holds every mean and interval of `rows`, padded by 8% of its span; a metric
 * that barely moves gets at least ±0.5% of its level (or ±1e-9 at zero), so its panel is not a
 * blown-up picture of rounding.
 */
export function paddedDomain(rows: readonly Pick<SweepRow, 'mean' | 'lower' | 'upper'>[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    lo = Math.min(lo, r.lower ?? r.mean, r.mean);
    hi = Math.max(hi, r.upper ?? r.mean, r.mean);
  }
  const level = Math.max(Math.abs(lo), Math.abs(hi));
  const pad = Math.max((hi - lo) * 0.08, level * 0.005, 1e-9);
  return [lo - pad, hi + pad];
}
