import { CHART_WIDTH, type Chart, round4, topLevelSpec } from './chart.js';
import { dailyDays } from './daily-days.js';
import type { RunData } from './run-data.js';
import { classesOf } from './run-ids.js';
import { type ThroughputTarget, throughputTarget } from './throughput-target.js';

/** One inlined day of the daily clearances chart. */
export interface DailyClearanceRow {
  /** The day's local midnight, milliseconds on a UTC scale. */
  x: number;
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** Day index in the summary's `daily` section. */
  day: number;
  /** Cars cleared that day: mean over replications and its band (summary `daily.series.cars`). */
  mean: number | null;
  lower: number | null;
  upper: number | null;
  /** Vehicles cleared that day (mean), for the tooltip. */
  vehicles: number | null;
}

/**
 * Cars cleared per local day (summary.json `daily.series.cars`): the mean over replications with
 * its confidence band, day by day, against the scenario's calibration target on cars exported
 * restated per day where it has one and where it counts the same cars (every class that cleared
 * a car). Days the run covers only in part (the first and last, see `dailyDays`) are left out:
 * their totals are not a day's. Null without a `daily` section (folders written before it).
 */
export function dailyClearancesChart(run: RunData): Chart | null {
  const daily = run.summary.daily;
  if (daily === undefined || daily.days === 0) return null;
  const days = dailyDays(daily, run.scenario);
  const band = daily.series.cars;
  const rows: DailyClearanceRow[] = [];
  for (let d = 0; d < daily.days; d++) {
    if (days.partial[d]) continue;
    rows.push({
      x: days.x[d]!,
      date: days.date[d]!,
      day: d,
      mean: round4(band.mean[d]!),
      lower: round4(Math.max(0, band.lower[d]!)),
      upper: round4(band.upper[d]!),
      vehicles: round4(daily.series.exited.mean[d]!),
    });
  }
  const drawn = rows.filter((r) => r.mean !== null);
  if (drawn.length === 0) return null;

  const unit = band.unit;
  const level = Math.round(run.summary.level * 100);
  const classes = classesOf(run.summary, run.scenario);
  const target = throughputTarget(run.calibration, classes);
  const comparable = target !== null && countsEveryCar(run, classes, target);
  const x = {
    field: 'x',
    type: 'temporal',
    scale: { type: 'utc' },
    axis: { format: drawn.length > 120 ? '%b %Y' : '%d %b %Y' },
    title: `Local day (${days.clock})`,
  };
  const targetLayers =
    target === null || !comparable
      ? []
      : [
          {
            data: {
              values: [
                {
                  lower: target.lowerPerDay,
                  upper: target.upperPerDay,
                  text: `target ${target.target.acceptText} over ${target.days} days`,
                },
              ],
            },
            mark: { type: 'rect', color: '#54a24b', opacity: 0.3 },
            encoding: {
              y: { field: 'lower', type: 'quantitative' },
              y2: { field: 'upper' },
              tooltip: [
                { field: 'text', title: 'calibration target' },
                { field: 'lower', format: ',.1f', title: `${unit} from` },
                { field: 'upper', format: ',.1f', title: `${unit} to` },
              ],
            },
          },
        ];
  const spec = topLevelSpec('Cars cleared per day', {
    width: CHART_WIDTH,
    height: 260,
    layer: [
      ...targetLayers,
      {
        data: { values: rows },
        encoding: { x },
        layer: [
          {
            transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
            mark: { type: 'area', opacity: 0.25, color: '#72b7b2' },
            encoding: { y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } },
          },
          {
            mark: { type: 'line', strokeWidth: 1.2, color: '#2a7f7a' },
            encoding: {
              y: { field: 'mean', type: 'quantitative', title: `Cars cleared (${unit})` },
              tooltip: [
                { field: 'date', title: 'local day' },
                { field: 'mean', format: ',.1f', title: `${unit} (mean)` },
                { field: 'lower', format: ',.1f', title: `${level}% band from` },
                { field: 'upper', format: ',.1f', title: `${level}% band to` },
                { field: 'vehicles', format: ',.1f', title: 'vehicles/day (mean)' },
              ],
            },
          },
        ],
      },
    ],
  });

  const fmt = (v: number) => Math.round(v).toLocaleString('en-GB');
  const means = drawn.map((r) => r.mean!);
  const average = means.reduce((a, b) => a + b, 0) / means.length;
  const low = drawn.reduce((a, b) => (b.mean! < a.mean! ? b : a));
  const high = drawn.reduce((a, b) => (b.mean! > a.mean! ? b : a));
  const left = rows.length < daily.days ? leftOut(days.partial, days.date, days.known) : '';
  let targetText = ' The scenario has no calibration target on cars exported.';
  if (target !== null && comparable) {
    const inside = means.filter((m) => m >= target.lowerPerDay && m <= target.upperPerDay).length;
    targetText =
      ` Green band: the calibration target “${target.target.title}”, ${target.target.acceptText} over the ${target.days} days of ${target.target.scenario}, per day ` +
      `(${fmt(target.lowerPerDay)}–${fmt(target.upperPerDay)} ${unit}; source: ${target.target.source}); ` +
      `${inside} of the ${means.length} days’ means fall inside it.`;
  } else if (target !== null) {
    const others = classes.filter((c) => target.weights[c] === undefined);
    const otherCars = others.reduce(
      (sum, c) => sum + (run.summary.metrics[`class.${c}.carsPerDay`]?.mean ?? 0),
      0,
    );
    targetText =
      ` The calibration target “${target.target.title}” (${target.target.acceptText}, ${fmt(target.lowerPerDay)}–${fmt(target.upperPerDay)} ${unit}) ` +
      `counts only the cars of ${Object.keys(target.weights).join(' and ')}, while this line also holds those of ${others.join(' and ')} ` +
      `(${fmt(otherCars)} ${unit} over the run): the summary's days sum every class, so the target is compared in the throughput chart, not drawn here.`;
  }
  return {
    name: 'daily-clearances',
    title: 'Cars cleared per day',
    caption:
      `Line: the cars cleared each local day (${days.clock}), mean over ${run.summary.replications} replications; band: its ${level}% confidence band, day by day. ` +
      `Over the ${means.length} days drawn: ${fmt(average)} ${unit} on average, lowest ${fmt(low.mean!)} on ${low.date}, highest ${fmt(high.mean!)} on ${high.date}.` +
      `${left}${targetText}`,
    spec,
  };
}

/** Whether the target's count is every car the run cleared: weight 1 on each class that cleared a car. */
function countsEveryCar(run: RunData, classes: readonly string[], target: ThroughputTarget): boolean {
  return classes.every((c) => {
    const w = target.weights[c];
    if (w !== undefined) return w === 1;
    const cars = run.summary.metrics[`class.${c}.carsPerDay`];
    return cars === undefined || cars.max === 0;
  });
}

/** The sentence on the days left out of a daily chart. */
export function leftOut(partial: readonly boolean[], dates: readonly string[], known: boolean): string {
  const out = dates.filter((_, d) => partial[d]);
  if (out.length === 0) return '';
  return known
    ? ` Left out: ${out.join(' and ')}, which the run covers only in part (the warm-up’s end, the horizon).`
    : ` Left out: ${out.join(' and ')}, the first and last days, which the run may cover only in part.`;
}
