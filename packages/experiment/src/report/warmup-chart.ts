import type { Scenario } from '@landport/sim-core/border';
import type { WarmupSuggestion } from '../analysis/warmup-suggestion.js';
import { welchMovingAverage } from '../analysis/welch-moving-average.js';
import { CHART_WIDTH, type Chart, round4, topLevelSpec, withHalo } from './chart.js';
import { shockLayers, shockMarks } from './shock-layers.js';
import { SimulatedClock } from './simulated-clock.js';

/** What the Welch chart of one series draws. */
export interface WarmupChartInput {
  /** The suggestion for the series (its name, label, unit, grid and MSER-5 point). */
  readonly suggestion: WarmupSuggestion;
  /** The mean over replications of the whole series (not cut at a shock). */
  readonly pooled: readonly number[];
  /** The warm-up the scenario uses, hours. */
  readonly warmUpInUse: number;
  readonly replications: number;
  readonly scenario: Scenario;
}

/** Half-width of the Welch window, hours: a window of about a day averages out the daily cycle. */
export const WELCH_HALF_WINDOW_HOURS = 12;

/**
 * Welch's plot (Law & Kelton §9.5.1) for one series: the moving average of the mean over
 * replications against simulated time, with the MSER-5 suggestion, the warm-up in use and the
 * scenario's shocks marked as vertical rules. Read it as Welch does: the warm-up ends where the
 * curve flattens; MSER-5's point should sit there, and the warm-up in use should not be before it.
 */
export function warmupChart(o: WarmupChartInput): Chart {
  const s = o.suggestion;
  const clock = new SimulatedClock(o.scenario);
  const window = Math.max(0, Math.round(WELCH_HALF_WINDOW_HOURS / s.interval));
  const smooth = welchMovingAverage(o.pooled, s.interval >= 24 ? 0 : window);
  const rows = smooth.map((v, i) => {
    const hours = s.start + (i + 0.5) * s.interval;
    return { x: clock.x(hours), date: clock.label(hours), value: round4(v), raw: round4(o.pooled[i]!) };
  });
  const markers: { x: number; date: string; what: string; row?: number; side?: 'left' | 'right' }[] = [];
  if (s.suggested !== null)
    markers.push({ x: clock.x(s.suggested), date: clock.label(s.suggested), what: 'MSER-5 suggestion' });
  markers.push({ x: clock.x(o.warmUpInUse), date: clock.label(o.warmUpInUse), what: 'warm-up in use' });
  if (s.cutBy !== null)
    markers.push({
      x: clock.x(s.cutBy.at),
      date: clock.label(s.cutBy.at),
      what: `search stopped: ${s.cutBy.label}`,
    });
  // A label is written away from the nearer edge: one starting right of the middle ran past the
  // plot and (by Vega's text estimate in Node) widened the image with a blank margin.
  const first = rows[0]?.x ?? 0;
  const last = rows.at(-1)?.x ?? first;
  for (const [i, m] of markers.entries()) {
    m.row = 10 + 14 * i;
    m.side = m.x > (first + last) / 2 ? 'right' : 'left';
  }
  const span = s.interval * o.pooled.length;
  const x = {
    field: 'x',
    type: 'temporal',
    scale: { type: 'utc' },
    axis: { format: clock.axisFormat(span) },
    title: clock.axisTitle,
  };
  const averaged =
    s.interval >= 24 ? 'daily values' : `moving average over ${2 * window + 1} points (Welch, w = ${window})`;
  // The quantity with its unit, or the unit alone (the chart title names the quantity) when the
  // whole would be taller than the plot by Vega's estimate of 0.8 × 12 px a character.
  const full = `${s.label} (${s.unit})`;
  const yTitle = full.length * 0.8 * 12 <= 260 ? full : s.unit;
  const spec = topLevelSpec(`Warm-up: ${s.label}, ${averaged}`, {
    width: CHART_WIDTH,
    height: 260,
    layer: [
      {
        data: { values: rows },
        encoding: { x },
        layer: [
          {
            mark: { type: 'line', strokeWidth: 0.6, color: '#bbb' },
            encoding: { y: { field: 'raw', type: 'quantitative' } },
          },
          {
            mark: { type: 'line', strokeWidth: 1.8, color: '#4c78a8' },
            encoding: {
              y: { field: 'value', type: 'quantitative', title: yTitle },
              tooltip: [
                { field: 'date', title: 'from' },
                { field: 'value', format: '.4~r', title: 'moving average' },
                { field: 'raw', format: '.4~r', title: 'mean over replications' },
              ],
            },
          },
        ],
      },
      {
        data: { values: markers },
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x,
          color: {
            field: 'what',
            type: 'nominal',
            legend: null,
            scale: { range: ['#d62728', '#2ca02c', '#9467bd'] },
            sort: markers.map((m) => m.what),
          },
          strokeDash: { field: 'what', type: 'nominal', legend: null, sort: markers.map((m) => m.what) },
          tooltip: [
            { field: 'what', title: 'mark' },
            { field: 'date', title: 'at' },
          ],
        },
      },
      ...(['left', 'right'] as const).flatMap((side) => {
        const own = markers.filter((m) => m.side === side);
        return own.length === 0
          ? []
          : withHalo({
              data: { values: own },
              // Horizontal labels, one row each, so that marks close together stay readable.
              mark: {
                type: 'text',
                align: side,
                baseline: 'middle',
                dx: side === 'left' ? 5 : -5,
                fontSize: 10,
                color: '#333',
              },
              encoding: {
                x,
                y: { field: 'row', type: 'quantitative', scale: null },
                text: { field: 'what' },
              },
            });
      }),
      ...shockLayers(shockMarks(o.scenario.shocks, clock), x),
    ],
  });
  return {
    name: `warmup-${s.name.replaceAll('.', '-')}`,
    title: `Warm-up: ${s.label}`,
    caption:
      `Grey: the mean over ${o.replications} replications started empty; blue: its ${averaged}. ` +
      'The warm-up should end where the blue line levels off: red marks MSER-5’s point, green the warm-up the scenario uses' +
      (s.cutBy === null
        ? '.'
        : `, purple the change (a shock or a new month of demand) at which the search stopped: a change of the system, not a warm-up.`),
    spec,
  };
}
