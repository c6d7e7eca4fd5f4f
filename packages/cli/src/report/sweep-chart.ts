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
        scale: { zero: false },
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
  const y = { field: 'mean', type: 'quantitative', title: null, scale: { zero: false } };
  const spec = topLevelSpec(`Sweep of ${data.params.join(' and ')}`, {
    data: { values: rows },
    facet: {
      field: 'metric',
      type: 'nominal',
      sort: metrics,
      title: null,
      header: { labelLimit: 0, labelFontSize: 11 },
    },
    columns: 2,
    spec: {
      width: 280,
      height: 170,
      encoding: { x, ...colour },
      layer: [
        { mark: { type: 'line', point: false }, encoding: { y } },
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
              { field: 'mean', format: '.4~r', title: 'mean' },
              { field: 'lower', format: '.4~r', title: `${level}% CI from` },
              { field: 'upper', format: '.4~r', title: `${level}% CI to` },
              { field: 'n', title: 'replications' },
            ],
          },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  });
  return {
    name: 'sweep',
    title: 'Metrics across the sweep',
    caption:
      `One panel per metric, each on its own scale: the mean over ${data.replications} replications at each value of ${param} (dots), ` +
      `with its ${level}% confidence interval (bars)${second === undefined ? '' : `, one line per value of ${second}`}. ` +
      'Every point runs on the same random numbers, so differences between neighbouring points are sharper than the bars suggest.',
    spec,
  };
}
