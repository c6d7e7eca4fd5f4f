import { type MetricSummary, SUMMARY_SCHEMA_VERSION, type Summary } from './aggregate.js';
import { type DailySummary, decodeDailySummary, encodeDailySummary } from './daily-aggregate.js';
import { decodeNumber, encodeNumber } from './lossless-number.js';
import { decodePrecision, encodePrecision } from './precision-json.js';

/** The fields of a {@link MetricSummary}, in the order they are written. */
const METRIC_FIELDS = ['n', 'missing', 'mean', 'sd', 'halfWidth', 'lower', 'upper', 'min', 'max'] as const;

/**
 * The text of `summary.json`: two-space indented JSON with a final newline, metrics in the
 * summary's (code-unit) order, fields in a fixed order, and non-finite statistics as the strings
 * "NaN", "Infinity", "-Infinity" (see `encodeNumber`): a deterministic function of the summary,
 * so equal summaries give byte-identical files.
 */
export function formatSummary(summary: Summary): string {
  const metrics: Record<string, Record<string, unknown>> = {};
  for (const [name, metric] of Object.entries(summary.metrics)) {
    const fields: Record<string, unknown> = {};
    for (const field of METRIC_FIELDS) fields[field] = encodeNumber(metric[field]);
    metrics[name] = fields;
  }
  const document: Record<string, unknown> = {
    schemaVersion: summary.schemaVersion,
    replications: summary.replications,
    level: summary.level,
    metrics,
  };
  if (summary.daily !== undefined) document.daily = encodeDailySummary(summary.daily);
  if (summary.precision !== undefined) document.precision = encodePrecision(summary.precision);
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Reads the text of a `summary.json`; throws a TypeError naming the first malformed field. */
export function parseSummary(text: string): Summary {
  const document = JSON.parse(text) as Record<string, unknown>;
  if (document.schemaVersion !== SUMMARY_SCHEMA_VERSION) {
    throw new TypeError(
      `summary schemaVersion ${JSON.stringify(document.schemaVersion)} is not supported (expected ${SUMMARY_SCHEMA_VERSION})`,
    );
  }
  const metrics: Record<string, MetricSummary> = {};
  for (const [name, value] of Object.entries(
    (document.metrics ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    const metric = {} as MetricSummary;
    for (const field of METRIC_FIELDS) metric[field] = decodeNumber(value[field], `metrics.${name}.${field}`);
    metrics[name] = metric;
  }
  const summary: Summary = {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    replications: decodeNumber(document.replications, 'replications'),
    level: decodeNumber(document.level, 'level'),
    metrics,
  };
  if (document.daily !== undefined) summary.daily = decodeDailySummary(document.daily as DailySummary);
  if (document.precision !== undefined) summary.precision = decodePrecision(document.precision);
  return summary;
}
