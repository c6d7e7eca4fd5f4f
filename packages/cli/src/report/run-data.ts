import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Summary } from '../batch/aggregate.js';
import { BatchError } from '../batch/batch-error.js';
import { LogIndex } from '../batch/log-index.js';
import { type Manifest, readManifest } from '../batch/manifest.js';
import { OrderedResults } from '../batch/ordered-results.js';
import { SUMMARY_FILE } from '../batch/outputs.js';
import { LOG_FILE } from '../batch/results-log.js';
import { SeriesAggregate, type SeriesPoint } from '../batch/series-aggregate.js';
import { parseSummary } from '../batch/summary-json.js';
import { readScenarioRecord, type ScenarioRecord } from './scenario-record.js';
import { bucketFactor, bucketSeries } from './series-buckets.js';

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
  /** The replication indices, ascending. */
  readonly replications: readonly number[];
  /** Per metric, its value in each replication (order of `replications`); NaN where absent. */
  readonly values: ReadonlyMap<string, readonly number[]>;
  /** Per series name (code-unit order of first appearance), the series as plotted. */
  readonly series: ReadonlyMap<string, PlottedSeries>;
}

/**
 * Reads a run's results folder: summary.json, manifest.json, scenario.json if present, and the
 * results log, once, in replication order. Per-replication values come from the log (the same
 * numbers as replications.csv, without a CSV round trip); the series are re-aggregated from the
 * log too, because a plotted daily band needs each replication's daily means (see
 * `bucketSeries`). Memory: the metrics of every replication (8 bytes each) and the aggregated
 * series, never the per-replication series.
 */
export function readRunData(folder: string): RunData {
  const summaryPath = join(folder, SUMMARY_FILE);
  if (!existsSync(summaryPath)) {
    throw new BatchError(
      `${folder} holds no ${SUMMARY_FILE}: it is not a finished Landport run (finish it with --resume, or merge its shards).`,
    );
  }
  const summary = parseSummary(readFileSync(summaryPath, 'utf8'));
  const manifest = readManifest(folder);
  const results = new OrderedResults([LogIndex.scan(join(folder, LOG_FILE))]);
  const names = results.metricNames;
  const values = new Map<string, number[]>(names.map((n) => [n, []]));
  const fine = new Map<string, SeriesAggregate>();
  const plotted = new Map<string, { factor: number; aggregate: SeriesAggregate }>();
  for (const output of results.outputs()) {
    for (const name of names) values.get(name)!.push(output.metrics[name] ?? Number.NaN);
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
    folder,
    manifest,
    summary,
    scenario: readScenarioRecord(folder),
    replications: results.replications,
    values,
    series,
  };
}

function pointsOf(aggregate: SeriesAggregate, level: number): SeriesPoint[] {
  const points: SeriesPoint[] = new Array(aggregate.points);
  for (let k = 0; k < aggregate.points; k++) points[k] = aggregate.point(k, level);
  return points;
}
