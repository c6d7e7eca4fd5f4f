import { CHART_WIDTH, type Chart, round4, topLevelSpec } from './chart.js';
import { leftOut } from './daily-clearances-chart.js';
import { dailyDays } from './daily-days.js';
import type { RunData } from './run-data.js';

/** One inlined point of the daily queue chart. */
export interface DailyQueueRow {
  /** Legend label: the queue at the local hour, or the day's maximum. */
  series: string;
  /** The summary series it comes from: `queueAtHour` or `queueMax`. */
  quantity: 'queueAtHour' | 'queueMax';
  /** The day's local midnight, milliseconds on a UTC scale. */
  x: number;
  date: string;
  day: number;
  mean: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * Vehicles waiting per local day (summary.json `daily.series.queueAtHour` and `queueMax`): the
 * queue at stations at the scenario's daily queue hour and the day's maximum, each the mean over
 * replications with its confidence band. Partial days are left out (see `dailyDays`). Null
 * without a `daily` section, or when neither series has a finite value.
 */
export function dailyQueueChart(run: RunData): Chart | null {
  const daily = run.summary.daily;
  if (daily === undefined || daily.days === 0) return null;
  const days = dailyDays(daily, run.scenario);
  const hour = `${String(daily.queueHour).padStart(2, '0')}:00`;
  const labels = { queueAtHour: `queue at ${hour}`, queueMax: 'daily maximum' } as const;
  const rows: DailyQueueRow[] = [];
  for (const quantity of ['queueAtHour', 'queueMax'] as const) {
    const band = daily.series[quantity];
    for (let d = 0; d < daily.days; d++) {
      if (days.partial[d] || !Number.isFinite(band.mean[d]!)) continue;
      rows.push({
        series: labels[quantity],
        quantity,
        x: days.x[d]!,
        date: days.date[d]!,
        day: d,
        mean: round4(band.mean[d]!),
        lower: round4(Math.max(0, band.lower[d]!)),
        upper: round4(band.upper[d]!),
      });
    }
  }
  if (rows.length === 0) return null;
  const unit = daily.series.queueMax.unit;
  const level = Math.round(run.summary.level * 100);
  const order = [labels.queueMax, labels.queueAtHour];
  const colour = {
    field: 'series',
    type: 'nominal',
    title: null,
    sort: order,
    scale: { domain: order, range: ['#e45756', '#4c78a8'] },
    // Above the plot, not inside it: inside, it covered the bands' peaks.
    legend: {
      orient: 'top',
      direction: 'horizontal',
      fillColor: 'white',
      labelLimit: 200,
      symbolType: 'stroke',
      symbolStrokeWidth: 2.5,
      symbolOpacity: 1,
    },
  };
  const dayCount = new Set(rows.map((r) => r.day)).size;
  const x = {
    field: 'x',
    type: 'temporal',
    scale: { type: 'utc' },
    axis: { format: dayCount > 120 ? '%b %Y' : '%d %b %Y' },
    title: `Local day (${days.clock})`,
  };
  const spec = topLevelSpec('Vehicles waiting per day', {
    width: CHART_WIDTH,
    height: 260,
    data: { values: rows },
    encoding: { x, color: colour },
    layer: [
      {
        transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
        mark: { type: 'area', opacity: 0.2 },
        encoding: { y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
      },
      {
        mark: { type: 'line', strokeWidth: 1.2 },
        encoding: {
          y: { field: 'mean', type: 'quantitative', title: `Vehicles waiting (${unit})` },
          tooltip: [
            { field: 'series', title: 'queue' },
            { field: 'date', title: 'local day' },
            { field: 'mean', format: ',.2f', title: `${unit} (mean)` },
            { field: 'lower', format: ',.2f', title: `${level}% band from` },
            { field: 'upper', format: ',.2f', title: `${level}% band to` },
          ],
        },
      },
    ],
  });

  const fmt = (v: number) => Number(v.toFixed(1)).toLocaleString('en-GB');
  const stats = (quantity: DailyQueueRow['quantity']) => {
    const own = rows.filter((r) => r.quantity === quantity && r.mean !== null);
    if (own.length === 0) return null;
    const high = own.reduce((a, b) => (b.mean! > a.mean! ? b : a));
    const average = own.reduce((a, b) => a + b.mean!, 0) / own.length;
    return { high, average };
  };
  const max = stats('queueMax');
  const at = stats('queueAtHour');
  // A series that is 0 every day has no highest day: say it is empty instead of naming the first.
  const facts = [
    max === null
      ? ''
      : max.high.mean === 0
        ? ' No vehicle waited on any day.'
        : ` The daily maximum averages ${fmt(max.average)} ${unit}, highest ${fmt(max.high.mean!)} on ${max.high.date}.`,
    at === null || max?.high.mean === 0
      ? ''
      : at.high.mean === 0
        ? ` At ${hour}: no vehicle waiting on any day.`
        : ` At ${hour}: ${fmt(at.average)} ${unit} on average, highest ${fmt(at.high.mean!)} on ${at.high.date}.`,
  ].join('');
  return {
    name: 'daily-queue',
    title: 'Vehicles waiting per day',
    caption:
      `Lines: vehicles waiting at stations (not in service) at ${hour} each local day (${days.clock}) and the day’s maximum, ` +
      `mean over ${run.summary.replications} replications, with ${level}% confidence bands (cut at 0). ` +
      `The maximum is each class’s own daily maximum summed over the classes: an upper bound of the port’s.${facts}` +
      leftOut(days.partial, days.date, days.known),
    spec,
  };
}
