import { decodeNumber, encodeNumber } from './lossless-number.js';
import type { ReplicationOutput, ReplicationSeries } from './replication.js';

/**
 * One replication as one line of JSON (without the newline), for `replications.jsonl`:
 *
 *   {"replication":7,"metrics":{"wait.mean":1.25,"wait.p95":"NaN"},"series":[...],"detail":...}
 *
 * Metric and series values go through {@link encodeNumber}, so NaN, ±Infinity and −0 survive
 * the round trip; every finite number is written by JSON.stringify, whose shortest round-trip
 * decimal reads back bit for bit. `detail` is written as JSON.stringify writes it.
 */
export function encodeReplicationLine(output: ReplicationOutput): string {
  const metrics: Record<string, unknown> = {};
  for (const [name, x] of Object.entries(output.metrics)) metrics[name] = encodeNumber(x);
  const record: Record<string, unknown> = { replication: output.replication, metrics };
  if (output.series !== undefined) {
    record.series = output.series.map((s) => ({
      name: s.name,
      start: s.start,
      interval: s.interval,
      values: s.values.map(encodeNumber),
    }));
  }
  if (output.detail !== undefined) record.detail = output.detail;
  return JSON.stringify(record);
}

/**
 * Inverse of {@link encodeReplicationLine}. Throws a SyntaxError or TypeError (the caller adds the
 * file and line) if the text is not a complete, well-formed record.
 */
export function decodeReplicationLine(line: string): ReplicationOutput {
  const record: unknown = JSON.parse(line);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new TypeError('a replication record must be a JSON object');
  }
  const { replication, metrics, series, detail } = record as Record<string, unknown>;
  if (!(Number.isSafeInteger(replication) && (replication as number) >= 0)) {
    throw new TypeError(`"replication" must be an integer >= 0, got ${JSON.stringify(replication)}`);
  }
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
    throw new TypeError('"metrics" must be an object');
  }
  const decodedMetrics: Record<string, number> = {};
  for (const [name, x] of Object.entries(metrics)) decodedMetrics[name] = decodeNumber(x, `metrics.${name}`);
  const output: ReplicationOutput = { replication: replication as number, metrics: decodedMetrics };
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
