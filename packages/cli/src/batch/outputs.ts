import { join } from 'node:path';
import { DEFAULT_LEVEL, type Summary, SummaryAccumulator } from './aggregate.js';
import { AtomicFile, writeFileAtomic } from './atomic-write.js';
import { compareCodeUnits } from './code-unit-order.js';
import { csvRecord } from './csv.js';
import { DAILY_CSV, DailyAggregate } from './daily-aggregate.js';
import { formatNumber } from './lossless-number.js';
import type { OrderedResults } from './ordered-results.js';
import { SeriesAggregate } from './series-aggregate.js';
import { formatSummary } from './summary-json.js';

/** File name of the summary in a results folder. */
export const SUMMARY_FILE = 'summary.json';
/** File name of the one-row-per-replication table. */
export const REPLICATIONS_CSV = 'replications.csv';
/** File name of the time series averaged across replications. */
export const SERIES_CSV = 'series.csv';

/** Columns of `series.csv` (see `SeriesPoint`). */
const SERIES_COLUMNS = [
  'series',
  'index',
  'time',
  'n',
  'mean',
  'sd',
  'lower',
  'upper',
  'min',
  'max',
] as const;

/**
 * Writes the outputs of a run into `folder` from its replications, read in ascending replication
 * order in one streaming pass:
 * - `replications.csv`: a header `replication,<metric>,...` (metrics in code-unit order) and one
 *   row per replication; numbers in `formatNumber`'s exact round-trip form, an absent metric empty;
 * - `series.csv`: per series (by name) and time point, the mean across replications with its
 *   confidence band (columns `series,index,time,n,mean,sd,lower,upper,min,max`);
 * - `daily.csv` (when the model reports daily results): per local day, each daily quantity's
 *   mean across replications and its confidence band, units in the headers;
 * - `summary.json` (see `formatSummary`), written last, so its presence means the rest is complete.
 *
 * Each file is written atomically; the per-replication time series themselves stay in the
 * results log. Everything is a function of the set of replications, so two runs over the same
 * replications write byte-identical files. Returns the summary.
 */
export function writeOutputs(
  folder: string,
  results: OrderedResults,
  level = DEFAULT_LEVEL,
  /** Added to the summary as is (a precision run's record). */
  extras: Pick<Summary, 'precision'> = {},
): Summary {
  const summary = new SummaryAccumulator(level);
  const series = new Map<string, SeriesAggregate>();
  const daily = new DailyAggregate();
  const table = new AtomicFile(join(folder, REPLICATIONS_CSV));
  try {
    const names = results.metricNames;
    table.write(csvRecord(['replication', ...names]));
    const row: string[] = new Array(names.length + 1);
    for (const output of results.outputs()) {
      summary.add(output);
      daily.add(output);
      row[0] = String(output.replication);
      for (let j = 0; j < names.length; j++) {
        const x = output.metrics[names[j]!];
        row[j + 1] = x === undefined ? '' : formatNumber(x);
      }
      table.write(csvRecord(row));
      for (const s of output.series ?? []) {
        let aggregate = series.get(s.name);
        if (aggregate === undefined) {
          aggregate = new SeriesAggregate(s);
          series.set(s.name, aggregate);
        }
        aggregate.add(s, output.replication);
      }
    }
    table.commit();
  } catch (error) {
    table.abort();
    throw error;
  }
  writeSeries(join(folder, SERIES_CSV), series, level);
  daily.writeCsv(join(folder, DAILY_CSV), level);
  const result = summary.result();
  const dailySummary = daily.summary(level);
  if (dailySummary !== null) result.daily = dailySummary;
  if (extras.precision !== undefined) result.precision = extras.precision;
  writeFileAtomic(join(folder, SUMMARY_FILE), formatSummary(result));
  return result;
}

function writeSeries(path: string, series: Map<string, SeriesAggregate>, level: number): void {
  const file = new AtomicFile(path);
  try {
    file.write(csvRecord(SERIES_COLUMNS));
    for (const name of [...series.keys()].sort(compareCodeUnits)) {
      const aggregate = series.get(name)!;
      for (let k = 0; k < aggregate.points; k++) {
        const p = aggregate.point(k, level);
        file.write(
          csvRecord([
            name,
            String(k),
            formatNumber(p.time),
            String(p.n),
            formatNumber(p.mean),
            formatNumber(p.sd),
            formatNumber(p.lower),
            formatNumber(p.upper),
            formatNumber(p.min),
            formatNumber(p.max),
          ]),
        );
      }
    }
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}
