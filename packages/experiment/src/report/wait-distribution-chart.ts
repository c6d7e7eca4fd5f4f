import { CHART_WIDTH, type Chart, topLevelSpec } from './chart.js';
import type { SampledValues } from './replication-sample.js';
import type { RunData } from './run-data.js';
import { classesOf, stationsOf } from './run-ids.js';

/** The wait statistics drawn, in order along the distribution. */
export const WAIT_STATISTICS = ['p50', 'p90', 'p95', 'p99', 'max'] as const;

const COLOURS = ['#4c78a8', '#54a24b', '#f2a33a', '#e45756', '#6b6b6b'];

/** Whether a metric is one of the wait statistics this chart draws a dot of per replication. */
export function isWaitStatistic(name: string): boolean {
  return (
    name.startsWith('station.') &&
    WAIT_STATISTICS.some((s) => name.endsWith(`.waitHours.${s}`)) &&
    name.includes('.class.')
  );
}

/** One inlined row of the wait chart. */
export interface WaitRow {
  /** `mean`: across replications, from summary.json; `replication`: one replication's value. */
  kind: 'mean' | 'replication';
  /** Row label `station · class`. */
  row: string;
  statistic: (typeof WAIT_STATISTICS)[number];
  /** The metric the value comes from, e.g. `station.kz-control.class.carrier.waitHours.p95`. */
  metric: string;
  hours: number;
  replication?: number;
  lower?: number;
  upper?: number;
  n?: number;
}

/**
 * Waiting-time distribution by station and vehicle class, drawn through its quantiles.
 *
 * Why quantiles and not a histogram: a run keeps per replication the wait's p50, p90, p95, p99
 * and max (summary statistics of every vehicle's wait), never the waits themselves, which would
 * be millions of numbers. So each row shows the distribution's shape by its quantiles, and the
 * spread of each quantile across replications (one dot per replication, from the results log,
 * the numbers of replications.csv), with the mean over replications and its confidence interval
 * from summary.json. That shows both how long the tail is and how sure the run is of it. A run
 * of more than SAMPLE_SIZE replications shows the dots of a sample of them (see
 * `ReplicationSample`), and says so; the means and intervals are always of every replication.
 *
 * Stations with infinite lanes (pure delays, where nobody waits) and rows where every value is
 * zero or missing are left out. Returns null when no row is left.
 */
export function waitDistributionChart(run: RunData): Chart | null {
  const rows: WaitRow[] = [];
  const labels: string[] = [];
  for (const station of stationsOf(run.summary, run.scenario)) {
    if (!station.queues) continue;
    for (const cls of classesOf(run.summary, run.scenario)) {
      const label = `${station.id} · ${cls}`;
      const prefix = `station.${station.id}.class.${cls}.waitHours`;
      const own: WaitRow[] = [];
      for (const statistic of WAIT_STATISTICS) {
        const metric = `${prefix}.${statistic}`;
        const values = run.sample.values.get(metric);
        const summary = run.summary.metrics[metric];
        if (values === undefined || summary === undefined || summary.n === 0) continue;
        values.forEach((hours, i) => {
          if (Number.isFinite(hours)) {
            own.push({
              kind: 'replication',
              row: label,
              statistic,
              metric,
              hours,
              replication: run.sample.replications[i]!,
            });
          }
        });
        own.push({
          kind: 'mean',
          row: label,
          statistic,
          metric,
          hours: summary.mean,
          ...(Number.isFinite(summary.halfWidth) ? { lower: summary.lower, upper: summary.upper } : {}),
          n: summary.n,
        });
      }
      if (own.some((r) => r.hours > 0)) {
        rows.push(...own);
        labels.push(label);
      }
    }
  }
  if (rows.length === 0) return null;
  const level = Math.round(run.summary.level * 100);
  const spec = topLevelSpec('Waiting time before service, by station and vehicle class', {
    data: { values: rows },
    width: CHART_WIDTH,
    height: { step: 11 },
    encoding: {
      // No label limit: Vega's default (180 px) cut `kz-control · truck-in` to `kz-control · truck-…`.
      y: {
        field: 'row',
        type: 'nominal',
        sort: labels,
        title: 'Station · vehicle class',
        axis: { labelLimit: 0 },
      },
      yOffset: { field: 'statistic', type: 'nominal', sort: [...WAIT_STATISTICS] },
      x: {
        field: 'hours',
        type: 'quantitative',
        title: 'Wait before service, hours',
        // A wait is never negative: the t interval of a few replications may reach below 0, the axis does not.
        scale: { domainMin: 0 },
      },
      color: {
        field: 'statistic',
        type: 'nominal',
        sort: [...WAIT_STATISTICS],
        scale: { domain: [...WAIT_STATISTICS], range: COLOURS },
        title: 'Wait statistic',
        // Full colour in the legend: the dots' transparency made p50 and p95 hard to tell apart there.
        legend: { symbolOpacity: 1 },
      },
    },
    layer: [
      {
        transform: [{ filter: "datum.kind === 'replication'" }],
        mark: { type: 'point', filled: true, opacity: 0.45, size: 22 },
        encoding: {
          tooltip: [
            { field: 'row', title: 'station · class' },
            { field: 'statistic' },
            { field: 'replication' },
            { field: 'hours', format: '.3~f', title: 'wait, hours' },
          ],
        },
      },
      {
        transform: [{ filter: "datum.kind === 'mean' && isValid(datum.lower)" }],
        mark: { type: 'rule', strokeWidth: 2, clip: true },
        encoding: { x: { field: 'lower' }, x2: { field: 'upper' }, color: { value: 'black' } },
      },
      {
        transform: [{ filter: "datum.kind === 'mean'" }],
        mark: { type: 'tick', thickness: 2, size: 12 },
        encoding: {
          color: { value: 'black' },
          tooltip: [
            { field: 'row', title: 'station · class' },
            { field: 'statistic' },
            { field: 'hours', format: '.3~f', title: 'mean over replications, hours' },
            { field: 'lower', format: '.3~f', title: `${level}% CI from` },
            { field: 'upper', format: '.3~f', title: `${level}% CI to` },
            { field: 'n', title: 'replications' },
          ],
        },
      },
    ],
  });
  return {
    name: 'wait-distribution',
    title: 'Waiting time by station and vehicle class',
    caption:
      `Each row is a station and vehicle class; colours are the wait's median (p50), p90, p95, p99 and maximum. ` +
      `Dots: one replication each${sampleText(run.sample)}; black tick and bar: the mean over replications and its ${level}% confidence interval` +
      (rows.some((r) => r.lower !== undefined && r.lower < 0)
        ? ' (cut at 0: a wait is never negative). '
        : '. ') +
      'A run keeps these quantiles of every vehicle’s wait, not the waits themselves, so the distribution is drawn by its quantiles. ' +
      'Stations with unlimited lanes (no waiting) are left out.',
    spec,
  };
}

/** ` (a sample of 1000 of the 10000 replications, …)` when the dots are a sample, else nothing. */
function sampleText(sample: SampledValues): string {
  if (sample.replications.length === sample.of) return '';
  return ` (a sample of ${sample.replications.length} of the ${sample.of} replications, chosen by the run’s seed)`;
}
