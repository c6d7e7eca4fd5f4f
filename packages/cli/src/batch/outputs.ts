import { join } from 'node:path';
import {
  compareCodeUnits,
  csvRecord,
  DEFAULT_LEVEL,
  formatNumber,
  formatSummary,
  NO_UNITS,
  type OutputUnits,
  RunSummaryAccumulator,
  replicationsCsvHeader,
  replicationsCsvRow,
  SeriesAggregate,
  type Summary,
  withUnit,
} from '@landport/experiment';
import { AtomicFile, writeFileAtomic } from './atomic-write.js';
import { DAILY_CSV, writeDailyCsv } from './daily-csv.js';
import type { OrderedResults } from './ordered-results.js';

export { NO_UNITS, type OutputUnits, withUnit } from '@landport/experiment';

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

/** Columns of `series.csv` in the series' own unit (`n` counts replications). */
const VALUE_COLUMNS: ReadonlySet<string> = new Set(['mean', 'sd', 'lower', 'upper', 'min', 'max']);

/**
 * Writes the outputs of a run into `folder` from its replications, read in ascending replication
 * order in one streaming pass:
 * - `replications.csv`: a header `replication,<metric> (<unit>),...` (metrics in code-unit order)
 *   and one row per replication; numbers in `formatNumber`'s exact round-trip form, an absent
 *   metric empty;
 * - `series.csv`: per series (by name) and time point, the mean across replications with its
 *   confidence band (columns `series,index,time,n,mean,sd,lower,upper,min,max`, time and values
 *   with their units);
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
  units: OutputUnits = NO_UNITS,
  /** Added to the summary as is (a precision run's record). */
  extras: Pick<Summary, 'precision'> = {},
): Summary {
  const summary = new RunSummaryAccumulator(level);
  const series = new Map<string, SeriesAggregate>();
  const table = new AtomicFile(join(folder, REPLICATIONS_CSV));
  try {
    const names = results.metricNames;
    table.write(replicationsCsvHeader(names, units));
    const row: string[] = new Array(names.length + 1);
    for (const output of results.outputs()) {
      summary.add(output);
      table.write(replicationsCsvRow(output, names, row));
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
  writeSeries(join(folder, SERIES_CSV), series, level, units);
  // The summary `landport run --json` prints: the experiment layer's summarizeRun, streamed here.
  const result = summary.result(extras.precision);
  if (result.daily !== undefined) writeDailyCsv(join(folder, DAILY_CSV), result.daily);
  writeFileAtomic(join(folder, SUMMARY_FILE), formatSummary(result));
  return result;
}

function writeSeries(
  path: string,
  series: Map<string, SeriesAggregate>,
  level: number,
  units: OutputUnits,
): void {
  const file = new AtomicFile(path);
  try {
    file.write(
      csvRecord(
        SERIES_COLUMNS.map((column) =>
          column === 'time'
            ? withUnit(column, units.seriesTime)
            : VALUE_COLUMNS.has(column)
              ? withUnit(column, units.seriesValue)
              : column,
        ),
      ),
    );
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
