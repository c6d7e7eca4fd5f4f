import type { MetricSummary } from '../batch/aggregate.js';
import { type Chart, topLevelSpec } from './chart.js';
import type { DerivedMetric } from './derived-metric.js';
import type { RunData } from './run-data.js';
import { classesOf } from './run-ids.js';
import { type ThroughputTarget, throughputTarget } from './throughput-target.js';

/** The name of the derived metric "cars a day the calibration target counts". */
const TARGET_CARS = 'cars a day the calibration target counts';

/**
 * The metric the throughput chart derives per replication when the run has a calibration target:
 * the cars a day of the classes the target counts, each weighted as the target weighs it (NaN
 * where a class's `carsPerDay` is missing). None without a target.
 */
export function targetCarsMetrics(target: ThroughputTarget | null): DerivedMetric[] {
  if (target === null) return [];
  const counted = Object.keys(target.weights);
  return [
    {
      name: TARGET_CARS,
      valueOf: (m) =>
        counted.reduce((sum, c) => sum + target.weights[c]! * (m[`class.${c}.carsPerDay`] ?? Number.NaN), 0),
    },
  ];
}

/** One inlined bar of the throughput chart. */
export interface ThroughputRow {
  /** Row label: a class, `all classes`, or the classes a calibration target counts. */
  group: string;
  /** Vehicles or cars leaving the crossing per day. */
  measure: 'vehicles' | 'cars';
  /** The metric, or how the row is derived. */
  metric: string;
  mean: number;
  lower: number | null;
  upper: number | null;
  n: number;
}

const PANEL_WIDTH = 520;

/** A layer drawn on a panel's rows (the target band): the panel adds its y encoding. */
interface Layer {
  readonly encoding: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/**
 * Throughput per day by vehicle class, in vehicles and in cars, against the scenario's calibration
 * target on cars exported where it has one (see `throughputTarget`). The run records throughput
 * as a rate over the whole run after the warm-up (`class.<id>.throughputPerDay`, `carsPerDay`),
 * not day by day, so the chart compares rates, with their confidence intervals, to the target's
 * accepted range restated per day.
 *
 * The two panels sit one above the other, each with only its own rows: the target row exists
 * only in cars, and a class that carries no cars (freight trucks) has no row there; side by side
 * with a shared axis they left empty rows and a gap as wide as the longest label.
 */
export function throughputChart(run: RunData): Chart | null {
  const classes = classesOf(run.summary, run.scenario);
  const rows: ThroughputRow[] = [];
  const push = (group: string, measure: ThroughputRow['measure'], metric: string, s: MetricSummary) => {
    if (s.n === 0) return;
    const finite = Number.isFinite(s.halfWidth);
    rows.push({
      group,
      measure,
      metric,
      mean: s.mean,
      lower: finite ? s.lower : null,
      upper: finite ? s.upper : null,
      n: s.n,
    });
  };
  for (const c of classes) {
    const vehicles = run.summary.metrics[`class.${c}.throughputPerDay`];
    const cars = run.summary.metrics[`class.${c}.carsPerDay`];
    if (vehicles !== undefined) push(c, 'vehicles', `class.${c}.throughputPerDay`, vehicles);
    if (cars !== undefined) push(c, 'cars', `class.${c}.carsPerDay`, cars);
  }
  const all = 'all classes';
  if (run.summary.metrics.throughputPerDay !== undefined)
    push(all, 'vehicles', 'throughputPerDay', run.summary.metrics.throughputPerDay);
  if (run.summary.metrics.carsPerDay !== undefined)
    push(all, 'cars', 'carsPerDay', run.summary.metrics.carsPerDay);
  if (rows.length === 0) return null;

  const target = throughputTarget(run.calibration, classes);
  const groups = [...new Set(rows.map((r) => r.group))];
  let targetRow: { group: string; lower: number; upper: number; text: string } | null = null;
  if (target !== null) {
    const counted = Object.keys(target.weights);
    const group = `${counted.join(' + ')} (target)`;
    push(
      group,
      'cars',
      `sum of class.<id>.carsPerDay over ${counted.join(', ')}`,
      // Tallied while the run was read (see targetCarsMetric).
      run.derived.get(TARGET_CARS)!,
    );
    groups.push(group);
    targetRow = {
      group,
      lower: target.lowerPerDay,
      upper: target.upperPerDay,
      text: `target ${target.target.acceptText} over ${target.days} days`,
    };
  }
  // A class with no cars in any replication carries none (a freight truck): no row in cars.
  const carless = new Set(
    rows.filter((r) => r.measure === 'cars' && r.mean === 0 && (r.upper ?? 0) === 0).map((r) => r.group),
  );
  const shown = rows.filter((r) => !(r.measure === 'cars' && carless.has(r.group)));
  const level = Math.round(run.summary.level * 100);
  const yOf = (measure: ThroughputRow['measure']) => ({
    field: 'group',
    type: 'nominal',
    sort: groups.filter((g) => shown.some((r) => r.group === g && r.measure === measure)),
    title: null,
    axis: { grid: false, labelLimit: 260 },
  });
  const panel = (measure: ThroughputRow['measure'], title: string, extra: readonly Layer[]) => {
    const y = yOf(measure);
    return {
      width: PANEL_WIDTH,
      height: { step: 26 },
      transform: [{ filter: `datum.measure === '${measure}'` }],
      layer: [
        ...extra.map((layer) => ({ ...layer, encoding: { ...layer.encoding, y } })),
        {
          mark: { type: 'bar', color: measure === 'cars' ? '#72b7b2' : '#4c78a8', height: { band: 0.6 } },
          encoding: {
            y,
            x: { field: 'mean', type: 'quantitative', title },
            tooltip: [
              { field: 'group', title: 'classes' },
              { field: 'mean', format: ',.1f', title: `${measure} a day (mean)` },
              { field: 'lower', format: ',.1f', title: `${level}% CI from` },
              { field: 'upper', format: ',.1f', title: `${level}% CI to` },
              { field: 'n', title: 'replications' },
              { field: 'metric' },
            ],
          },
        },
        {
          transform: [{ filter: 'isValid(datum.lower)' }],
          mark: { type: 'rule', color: 'black', strokeWidth: 1.5 },
          encoding: { y, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } },
        },
      ],
    };
  };
  const targetLayers: Layer[] =
    targetRow === null
      ? []
      : [
          {
            data: { values: [targetRow] },
            mark: { type: 'rect', color: '#54a24b', opacity: 0.35 },
            encoding: {
              x: { field: 'lower', type: 'quantitative' },
              x2: { field: 'upper' },
              tooltip: [
                { field: 'text', title: 'calibration target' },
                { field: 'lower', format: ',.1f', title: 'cars a day from' },
                { field: 'upper', format: ',.1f', title: 'cars a day to' },
              ],
            },
          },
        ];
  const spec = topLevelSpec('Throughput per day by vehicle class', {
    data: { values: shown },
    vconcat: [
      panel('vehicles', 'Vehicles leaving per day', []),
      panel('cars', 'Cars leaving per day', targetLayers),
    ],
    spacing: 16,
    resolve: { scale: { y: 'independent', x: 'independent' } },
  });
  const targetText =
    target === null
      ? ' The scenario has no calibration target on cars exported.'
      : ` Green band: the calibration target “${target.target.title}”, ${target.target.acceptText} over the ${target.days} days of ${target.target.scenario}, per day (source: ${target.target.source}).`;
  const noCars =
    carless.size === 0
      ? ''
      : ` ${[...carless].join(', ')} carr${carless.size === 1 ? 'ies' : 'y'} no cars: no row in the cars panel.`;
  return {
    name: 'throughput',
    title: 'Throughput per day',
    caption:
      `Bars: mean over ${run.summary.replications} replications of the vehicles (top) and cars (bottom) leaving the crossing per day after the warm-up, ` +
      `with the ${level}% confidence interval (black line).${noCars}${targetText}`,
    spec,
  };
}
