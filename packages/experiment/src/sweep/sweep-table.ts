import type { Summary } from '../batch/aggregate.js';
import { csvRecord } from '../batch/csv.js';
import { formatNumber } from '../batch/lossless-number.js';
import { withUnit } from '../batch/output-units.js';
import { metricUnit } from '../metric-unit.js';
import type { SweepParam } from './sweep-param.js';

/** A point of a sweep with its summary. */
export interface SweepResult {
  readonly values: Readonly<Record<string, string>>;
  readonly summary: Summary;
}

/**
 * The sweep as CSV (`sweep.csv`): a row per point, a parameter's column holding its values as
 * written, then each metric's mean and interval with its unit (money in `currency`); a metric a
 * point lacks is empty.
 */
export function sweepCsv(
  params: readonly SweepParam[],
  results: readonly SweepResult[],
  metrics: readonly string[],
  currency: string,
): string {
  const header = [
    ...params.map((p) => p.path),
    ...metrics.flatMap((m) => {
      const unit = metricUnit(m, currency);
      return [withUnit(`${m}.mean`, unit), withUnit(`${m}.lower`, unit), withUnit(`${m}.upper`, unit)];
    }),
  ];
  const lines = [csvRecord(header)];
  for (const r of results) {
    lines.push(
      csvRecord([
        ...params.map((p) => r.values[p.path]!),
        ...metrics.flatMap((m) => {
          const s = r.summary.metrics[m];
          return s === undefined
            ? ['', '', '']
            : [formatNumber(s.mean), formatNumber(s.lower), formatNumber(s.upper)];
        }),
      ]),
    );
  }
  return lines.join(''); // each record ends with its own newline
}
