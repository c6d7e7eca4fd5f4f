import { CHART_WIDTH, type Chart, round4, topLevelSpec } from './chart.js';
import type { PlottedSeries, RunData } from './run-data.js';
import { stationsOf } from './run-ids.js';
import { shockLayers, shockMarks } from './shock-layers.js';
import { SimulatedClock } from './simulated-clock.js';

/** One inlined point of a time-series chart. */
export interface SeriesRow {
  /** Legend label of the series. */
  series: string;
  /** x on the time axis (see `SimulatedClock.x`). */
  x: number;
  /** The bucket's start as text. */
  date: string;
  mean: number | null;
  lower: number | null;
  upper: number | null;
  /** Replications with a value at this point. */
  n: number;
}

/** Vehicles in the port (arrived, not yet left) over simulated time. */
export function inPortChart(run: RunData): Chart | null {
  const series = run.series.get('inSystem');
  if (series === undefined) return null;
  return timeSeriesChart(run, [['in the port', series]], {
    name: 'in-port',
    title: 'Vehicles in the port over time',
    quantity: 'Vehicles in the port',
  });
}

/**
 * Vehicles waiting at each station over simulated time, one line per station that queues
 * (stations with unlimited lanes, and stations where nobody ever waited, are left out).
 */
export function queueChart(run: RunData): Chart | null {
  const lines: [string, PlottedSeries][] = [];
  for (const station of stationsOf(run.summary, run.scenario)) {
    const series = run.series.get(`station.${station.id}.waiting`);
    if (!station.queues || series === undefined) continue;
    if (!series.points.some((p) => p.mean > 0)) continue;
    lines.push([station.id, series]);
  }
  if (lines.length === 0) return null;
  return timeSeriesChart(run, lines, {
    name: 'queues',
    title: 'Queue length by station over time',
    quantity: 'Vehicles waiting',
  });
}

function timeSeriesChart(
  run: RunData,
  lines: readonly [string, PlottedSeries][],
  o: { name: string; title: string; quantity: string },
): Chart {
  const clock = new SimulatedClock(run.scenario?.scenario ?? null);
  const rows: SeriesRow[] = [];
  for (const [label, series] of lines) {
    for (const p of series.points) {
      rows.push({
        series: label,
        x: clock.x(p.time),
        date: clock.label(p.time),
        mean: round4(p.mean),
        lower: round4(Math.max(0, p.lower)),
        upper: round4(p.upper),
        n: p.n,
      });
    }
  }
  const bucket = bucketWords(lines[0]![1].bucketHours);
  const level = Math.round(run.summary.level * 100);
  const points = lines[0]![1].points;
  const span = points.length === 0 ? 0 : points[points.length - 1]!.time - points[0]!.time;
  const x = clock.dated
    ? {
        field: 'x',
        type: 'temporal',
        scale: { type: 'utc' },
        axis: { format: clock.axisFormat(span) },
        title: clock.axisTitle,
      }
    : { field: 'x', type: 'quantitative', title: clock.axisTitle };
  const colour =
    lines.length > 1
      ? {
          color: {
            field: 'series',
            type: 'nominal',
            title: 'Station',
            sort: lines.map(([l]) => l),
            // Line symbols at full strength: the bands' transparency made the legend too pale to match.
            legend: { symbolType: 'stroke', symbolStrokeWidth: 2.5, symbolOpacity: 1 },
          },
        }
      : {};
  const marks = shockMarks(run.scenario?.scenario.shocks ?? [], clock, lines[0]![1].bucketHours);
  const spec = topLevelSpec(`${o.title} (${bucket.adjective} means)`, {
    width: CHART_WIDTH,
    height: 260,
    layer: [
      {
        data: { values: rows },
        encoding: { x, ...colour },
        layer: [
          {
            mark: { type: 'area', opacity: 0.25, ...(lines.length > 1 ? {} : { color: '#4c78a8' }) },
            encoding: { y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
          },
          {
            mark: { type: 'line', strokeWidth: 1.5, ...(lines.length > 1 ? {} : { color: '#4c78a8' }) },
            encoding: {
              // The quantity alone (the chart's title says the means are hourly): Vega lays out
              // text in Node by an estimate (0.8 × font size a character), and a title longer than
              // the plot is tall pushed the plot down, leaving a gap under the chart's title.
              y: { field: 'mean', type: 'quantitative', title: o.quantity },
              tooltip: [
                ...(lines.length > 1 ? [{ field: 'series', title: 'station' }] : []),
                { field: 'date', title: `${bucket.noun} from` },
                { field: 'mean', format: '.4~r', title: 'mean over replications' },
                { field: 'lower', format: '.4~r', title: `${level}% band from` },
                { field: 'upper', format: '.4~r', title: `${level}% band to` },
                { field: 'n', title: 'replications' },
              ],
            },
          },
        ],
      },
      ...shockLayers(marks, x),
    ],
  });
  return {
    name: o.name,
    title: o.title,
    caption:
      `Line: the mean over ${run.summary.replications} replications of the ${bucket.adjective} average (time-weighted); ` +
      `band: its ${level}% confidence band, point by point (cut at 0, as the quantity cannot be negative).` +
      (marks.length > 0 ? ' Dashed rules: policy shocks of the scenario (hover for the full labels).' : ''),
    spec,
  };
}

function bucketWords(hours: number): { adjective: string; noun: string } {
  if (hours === 1) return { adjective: 'hourly', noun: 'hour' };
  if (hours === 24) return { adjective: 'daily', noun: 'day' };
  if (hours === 168) return { adjective: 'weekly', noun: 'week' };
  return { adjective: `${Number(hours.toPrecision(3))}-hour`, noun: 'period' };
}
