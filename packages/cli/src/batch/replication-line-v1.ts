import type { ReplicationOutput, ReplicationSeries } from '@landport/experiment';
import { decodeNumber } from '@landport/experiment';

/**
 * Reads a format-1 record, the plain JSON line Landport wrote before the packed formats 2 and 3:
 *
 *   {"replication":7,"metrics":{"wait.mean":1.25,"wait.p95":"NaN"},"series":[...],"detail":...}
 *
 * Metric and series values are JSON numbers or the strings of `encodeNumber` ("NaN", "-0", ...).
 * Kept so that a results folder written by an older Landport still resumes, merges and reports.
 */
export function decodeRecordV1(record: Record<string, unknown>, replication: number): ReplicationOutput {
  const { metrics, series, detail } = record;
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
    throw new TypeError('"metrics" must be an object');
  }
  const decodedMetrics: Record<string, number> = {};
  for (const [name, x] of Object.entries(metrics)) decodedMetrics[name] = decodeNumber(x, `metrics.${name}`);
  const output: ReplicationOutput = { replication, metrics: decodedMetrics };
  if (series !== undefined) {
    if (!Array.isArray(series)) throw new TypeError('"series" must be an array');
    output.series = series.map(decodeSeries);
  }
  if (detail !== undefined) output.detail = detail;
  return output;
}

function decodeSeries(value: unknown): ReplicationSeries {
  const { name, start, interval, values } = (value ?? {}) as Record<string, unknown>;
  if (
    typeof name !== 'string' ||
    typeof start !== 'number' ||
    typeof interval !== 'number' ||
    !Array.isArray(values)
  ) {
    throw new TypeError(
      'each series must have a string name, numeric start and interval, and an array of values',
    );
  }
  return { name, start, interval, values: values.map((x) => decodeNumber(x, `series ${name} value`)) };
}
