import type { CalibrationTarget } from '@landport/scenarios';
import type { Scenario } from '@landport/sim-core/border';
import type { MetricSummary, Summary } from '../batch/aggregate.js';
import type { ReplicationOutput } from '../batch/replication.js';
import type { Manifest } from '../batch/run-manifest.js';
import { SeriesAggregate, type SeriesPoint } from '../batch/series-aggregate.js';
import { costShareMetrics } from './cost-chart.js';
import { DerivedTallies } from './derived-metric.js';
import { ReplicationSample, type SampledValues } from './replication-sample.js';
import { classesOf } from './run-ids.js';
import type { ScenarioRecord } from './scenario-record.js';
import { bucketFactor, bucketSeries } from './series-buckets.js';
import { targetCarsMetrics } from './throughput-chart.js';
import { throughputTarget } from './throughput-target.js';
import { isWaitStatistic } from './wait-distribution-chart.js';

/** A time series across replications, as charts draw it. */
export interface PlottedSeries {
  /** The series' name, e.g. `inSystem`, `station.kz-control.waiting`. */
  readonly name: string;
  /** Length of one plotted point, hours (the series' interval, or a day or week, see `bucketFactor`). */
  readonly bucketHours: number;
  /** Plotted points: mean across replications of the bucket means, with the confidence band. */
  readonly points: readonly SeriesPoint[];
  /** The series at its own interval (as in series.csv), for the hour-of-day heat map. */
  readonly fine: readonly SeriesPoint[];
  /** The series' own interval, hours. */
  readonly interval: number;
}

/** Everything the charts of one run read from its results folder. */
export interface RunData {
  readonly folder: string;
  readonly manifest: Manifest;
  readonly summary: Summary;
  /** The scenario record, or null for a folder written before scenario.json existed. */
  readonly scenario: ScenarioRecord | null;
  /** Every metric name the run recorded (the columns of replications.csv). */
  readonly recorded: ReadonlySet<string>;
  /**
   * The metrics the charts derive per replication (a cost component per vehicle, the cars a
   * calibration target counts), summarized over every replication as summary.json summarizes a
   * recorded metric. Tallied while the outputs are read: nothing is kept per replication.
   */
  readonly derived: ReadonlyMap<string, MetricSummary>;
  /**
   * The wait statistics of a sample of at most SAMPLE_SIZE replications (all of them in a smaller
   * run), for the wait-distribution chart's dots: see `ReplicationSample`.
   */
  readonly sample: SampledValues;
  /** Per series name (code-unit order of first appearance), the series as plotted. */
  readonly series: ReadonlyMap<string, PlottedSeries>;
  /**
   * The calibration target on cars exported of the shipped scenario this run is named after, and
   * that scenario (see `throughputTarget`); absent or null when there is none.
   */
  readonly calibration?: RunCalibration | null;
}

/** A shipped scenario's calibration target on cars exported, and the scenario it was measured on. */
export interface RunCalibration {
  readonly target: CalibrationTarget;
  readonly scenario: Scenario;
}

/** What {@link runData} is built from: a run's records and its replications' outputs. */
export interface RunDataParts {
  readonly folder: string;
  readonly manifest: Manifest;
  readonly summary: Summary;
  readonly scenario: ScenarioRecord | null;
  /** Every metric name of the run, in code-unit order (the columns of replications.csv). */
  readonly metricNames: readonly string[];
  /** The outputs, in ascending replication order. */
  readonly outputs: Iterable<ReplicationOutput>;
  readonly calibration?: RunCalibration | null;
}

/**
 * Everything the charts of one run need, from its replications' outputs read once, in
 * replication order. The series are re-aggregated here, because a plotted daily band needs each
 * replication's daily means (see `bucketSeries`). Memory does not grow with the number of
 * replications: the aggregated series, a tally per derived metric and the wait statistics of at
 * most SAMPLE_SIZE replications, never a value of every replication.
 */
export function runData(parts: RunDataParts): RunData {
  const { summary } = parts;
  const names = parts.metricNames;
  const recorded = new Set(names);
  const classes = classesOf(summary, parts.scenario);
  const derived = new DerivedTallies([
    ...costShareMetrics(classes, recorded),
    ...targetCarsMetrics(throughputTarget(parts.calibration, classes)),
  ]);
  const sample = new ReplicationSample(parts.manifest.seed, names.filter(isWaitStatistic));
  const fine = new Map<string, SeriesAggregate>();
  const plotted = new Map<string, { factor: number; aggregate: SeriesAggregate }>();
  for (const output of parts.outputs) {
    derived.add(output.metrics);
    sample.add(output.replication, output.metrics);
    for (const s of output.series ?? []) {
      let exact = fine.get(s.name);
      if (exact === undefined) {
        exact = new SeriesAggregate(s);
        fine.set(s.name, exact);
        const factor = bucketFactor(s.interval, s.values.length);
        plotted.set(s.name, { factor, aggregate: new SeriesAggregate(bucketSeries(s, factor)) });
      }
      exact.add(s, output.replication);
      const p = plotted.get(s.name)!;
      p.aggregate.add(bucketSeries(s, p.factor), output.replication);
    }
  }
  const series = new Map<string, PlottedSeries>();
  for (const [name, exact] of fine) {
    const { aggregate } = plotted.get(name)!;
    series.set(name, {
      name,
      bucketHours: aggregate.interval,
      interval: exact.interval,
      points: pointsOf(aggregate, summary.level),
      fine: pointsOf(exact, summary.level),
    });
  }
  return {
    folder: parts.folder,
    manifest: parts.manifest,
    summary,
    scenario: parts.scenario,
    recorded,
    derived: derived.summaries(summary.level),
    sample: sample.result(),
    series,
    ...(parts.calibration === undefined ? {} : { calibration: parts.calibration }),
  };
}

function pointsOf(aggregate: SeriesAggregate, level: number): SeriesPoint[] {
  const points: SeriesPoint[] = new Array(aggregate.points);
  for (let k = 0; k < aggregate.points; k++) points[k] = aggregate.point(k, level);
  return points;
}
