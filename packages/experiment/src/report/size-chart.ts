import { metricUnit } from '../metric-unit.js';
import { type Chart, topLevelSpec, withHalo } from './chart.js';
import type { SizeData } from './size-data.js';

/** One inlined lane count of the sizing chart. */
export interface SizeRow {
  lanes: number;
  mean: number;
  lower: number;
  upper: number;
  replications: number;
  verdict: 'meets' | 'fails' | 'unclear';
}

const VERDICTS = ['meets', 'unclear', 'fails'];
const VERDICT_COLOURS = ['#54a24b', '#9d9d9d', '#e45756'];

/**
 * The target metric against the lane count `size` evaluated: dots are means with their
 * confidence intervals, coloured by the verdict; the horizontal rule is the target, the vertical
 * one the lane count chosen (the smallest whose whole interval meets the target). Lane counts
 * where the metric was missing (nobody served) are left out.
 */
export function sizeChart(data: SizeData): Chart | null {
  const rows: SizeRow[] = data.curve
    .filter((p) => Number.isFinite(p.mean) && Number.isFinite(p.lower) && Number.isFinite(p.upper))
    .map((p) => ({ ...p }));
  if (rows.length === 0) return null;
  const level = Math.round(data.level * 100);
  const x = {
    field: 'lanes',
    type: 'quantitative',
    title: `Lanes at ${data.station}`,
    axis: { tickMinStep: 1, format: 'd' },
    scale: { zero: false, nice: false, padding: 16 },
  };
  const target = [{ value: data.target.value, text: `target: ${data.target.text}` }];
  const chosen = data.lanes === null ? [] : [{ lanes: data.lanes, text: `chosen: ${data.lanes} lanes` }];
  const unit = metricUnit(data.target.metric, data.scenario?.scenario.costs.currency);
  // A quantity that cannot be negative (every size target is a wait, a queue, a utilisation or a
  // cost) gets an axis cut at 0, as the time series' bands are: a t interval of a few replications
  // reaching below 0 says nothing about negative waits.
  const nonNegative = rows.every((r) => r.mean >= 0) && data.target.value >= 0;
  const spec = topLevelSpec(`Sizing ${data.station}: ${data.target.metric}`, {
    width: 480,
    height: 280,
    layer: [
      ...(chosen.length === 0
        ? []
        : [
            {
              data: { values: chosen },
              mark: { type: 'rule', color: '#54a24b', strokeWidth: 2, opacity: 0.8 },
              encoding: { x: { ...x, field: 'lanes' } },
            },
            ...withHalo({
              data: { values: chosen },
              mark: {
                type: 'text',
                fontSize: 11,
                baseline: 'top',
                dy: 4,
                color: '#2d7a2d',
                ...chosenLabelSide(rows, data.lanes!),
              },
              encoding: { x: { ...x, field: 'lanes' }, y: { value: 0 }, text: { field: 'text' } },
            }),
          ]),
      {
        data: { values: target },
        mark: { type: 'rule', color: '#333', strokeDash: [6, 4] },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
      ...withHalo({
        data: { values: target },
        mark: { type: 'text', fontSize: 11, align: 'left', baseline: 'bottom', dx: 4, dy: -3, color: '#333' },
        encoding: { y: { field: 'value', type: 'quantitative' }, x: { value: 0 }, text: { field: 'text' } },
      }),
      {
        data: { values: rows },
        encoding: {
          x,
          color: {
            field: 'verdict',
            type: 'nominal',
            scale: { domain: VERDICTS, range: VERDICT_COLOURS },
            title: 'Verdict',
            // Below the plot: on the right, the chosen lane count's label ran into its title.
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
        },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 2, clip: true },
            encoding: {
              y: {
                field: 'lower',
                type: 'quantitative',
                title: yTitle(data.target.metric, unit),
                scale: nonNegative ? { zero: false, domainMin: 0 } : { zero: false },
              },
              y2: { field: 'upper' },
            },
          },
          {
            mark: { type: 'point', filled: true, size: 70 },
            encoding: {
              y: { field: 'mean', type: 'quantitative' },
              tooltip: [
                { field: 'lanes' },
                { field: 'mean', format: '.4~r', title: 'mean' },
                { field: 'lower', format: '.4~r', title: `${level}% CI from` },
                { field: 'upper', format: '.4~r', title: `${level}% CI to` },
                { field: 'replications' },
                { field: 'verdict' },
              ],
            },
          },
        ],
      },
    ],
  });
  return {
    name: 'size',
    title: `Lanes needed at ${data.station}`,
    caption:
      `Dots: the mean of ${data.target.metric} at each lane count tried, with its ${level}% confidence interval` +
      (nonNegative && rows.some((r) => r.lower < 0)
        ? ' (cut at 0, as the quantity cannot be negative); '
        : '; ') +
      'green: the whole interval meets the target, red: none of it does, grey: still unclear at the replication cap. ' +
      `Dashed line: the target (${data.target.text}); ` +
      (data.lanes === null
        ? 'no lane count in the range met it with that confidence.'
        : `green line: ${data.lanes} lanes, the smallest count that meets it.`),
    spec,
  };
}

/**
 * Which side of its rule the chosen lane count's label goes: to the right, unless the rule is in
 * the right half of the lane counts drawn, where the text would run past the plot.
 */
export function chosenLabelSide(
  rows: readonly Pick<SizeRow, 'lanes'>[],
  lanes: number,
): { align: 'left' | 'right'; dx: number } {
  const min = Math.min(...rows.map((r) => r.lanes));
  const max = Math.max(...rows.map((r) => r.lanes));
  return lanes > (min + max) / 2 ? { align: 'right', dx: -4 } : { align: 'left', dx: 4 };
}

/**
 * The y axis title: the metric without its station (the chart's title names both), with its
 * unit. The full name was longer than the plot is tall by Vega's estimate of text width in Node,
 * which then pushed the plot down under an empty band.
 */
export function yTitle(metric: string, unit: string): string {
  const short = metric.replace(/^station\..*?\.(?=waitHours|queue|utilisation)/, '');
  return unit === '' ? short : `${short} (${unit})`;
}
