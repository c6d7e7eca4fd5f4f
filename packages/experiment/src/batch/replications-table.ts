import { csvRecord } from './csv.js';
import { formatNumber } from './lossless-number.js';
import { type OutputUnits, withUnit } from './output-units.js';
import type { ReplicationOutput } from './replication.js';

/*
 * The lines of `replications.csv`, one row per replication: written by the CLI into a results
 * folder and offered for download by the playground, so both give the same bytes.
 */

/** The header: `replication,<metric> (<unit>),…`, metrics in the order given (code-unit order). */
export function replicationsCsvHeader(names: readonly string[], units: OutputUnits): string {
  return csvRecord(['replication', ...names.map((name) => withUnit(name, units.metric(name)))]);
}

/**
 * One replication's row: numbers in their exact round-trip form, a metric it lacks empty. `row`
 * is a scratch array of `names.length + 1` fields, reused by a caller that writes many rows.
 */
export function replicationsCsvRow(
  output: ReplicationOutput,
  names: readonly string[],
  row: string[] = new Array(names.length + 1),
): string {
  row[0] = String(output.replication);
  for (let j = 0; j < names.length; j++) {
    const x = output.metrics[names[j]!];
    row[j + 1] = x === undefined ? '' : formatNumber(x);
  }
  return csvRecord(row);
}
