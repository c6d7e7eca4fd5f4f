import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { ReplicationOutput, ReplicationSeries } from '@landport/experiment';
import { decimalPlaces, fromScaledIntegers, MAX_DECIMAL_PLACES, scaledIntegers } from '@landport/experiment';
import { shuffleBytes, unshuffleBytes } from './byte-shuffle.js';
import {
  collectIntegerTables,
  placeIntegerTables,
  readIntegerTables,
  restoreIntegerTables,
  type TableEntry,
  writeIntegerTables,
} from './integer-tables.js';
import { decodeRice, encodeRice } from './rice-code.js';
import { applyPredictors, choosePredictors, type TableGroup, undoPredictors } from './table-predictors.js';
import { readZigzagVarints } from './zigzag-varint.js';

/**
 * A replication's metrics, series and detail as one compressed binary block: the body of a
 * format-4 results-log record (see `replication-line.ts` and docs/results-format.md).
 *
 * Uncompressed layout:
 *
 *   uint32 LE   byte length H of the header
 *   H bytes     UTF-8 JSON header {"metrics":[name...],"series":[[name,length,places]...],
 *               "detail":...,"tables":[[path,rows,width]...],"predictors":{...}} ("series",
 *               "detail" absent when the output has none, "tables" when the detail holds no
 *               table of integers, "predictors" when none is used: `table-predictors.ts`)
 *   8·N bytes   N float64 values, byte-shuffled (see `shuffleBytes`): the metrics in header
 *               order, then for each series its start, its interval and, if its `places` is
 *               null, its values
 *   the rest    for each series whose `places` is a number d, in order: the Rice code
 *               (`rice-code.ts`) of k[0], k[1] − k[0], k[2] − k[1], …, where value i is k[i] / 10^d
 *               exactly; then the cells of each table of the detail less their predictions,
 *               column by column as zigzag varints (`integer-tables.ts`)
 *
 * then brotli-compressed. A series is stored as integers when every value is exactly one (see
 * `decimalPlaces`): the border model rounds its hourly series to a stated resolution, and
 * rounded values differ little from hour to hour, so their differences take a byte or two where
 * a double's noisy mantissa took six. Anything else is its IEEE 754 binary64 bits. Either way
 * every number reads back to the same bits, NaN, ±Infinity and −0 included, and every output
 * recomputed from the log is bit-identical to one computed from the replication itself.
 *
 * Format 3 is the same without predictors and with the series' differences as zigzag varints;
 * format 2 without `places` either (every series as doubles, nothing after them). Both are still
 * read.
 *
 * Brotli quality 5: on a horgos-2024 year, quality 9 saves under 1% for 20× the time; 5 takes
 * a few milliseconds to compress a record whose replication takes ~2 s.
 */
export function packReplication(output: ReplicationOutput): Buffer {
  const names = Object.keys(output.metrics);
  const series = output.series ?? [];
  const places = series.map((s) => decimalPlaces(s.values));
  const header: Record<string, unknown> = { metrics: names };
  if (output.series !== undefined) header.series = series.map((s, i) => [s.name, s.values.length, places[i]]);
  const codes: Uint8Array[] = [];
  for (let i = 0; i < series.length; i++) {
    const d = places[i]!;
    if (d !== null) codes.push(encodeRice(differences(scaledIntegers(series[i]!.values, d))));
  }
  const integers: number[] = [];
  // Through JSON first, so that the detail read back is exactly what JSON gives (NaN as null...).
  const detailText = output.detail === undefined ? undefined : JSON.stringify(output.detail);
  if (detailText !== undefined) {
    const detail: unknown = JSON.parse(detailText);
    const { rest, tables, rows } = collectIntegerTables(detail);
    header.detail = rest;
    if (tables.length > 0) header.tables = tables;
    const predictors = choosePredictors(
      rows,
      tables.map(([path]) => groupOf(detail, path)),
    );
    if (predictors !== null) header.predictors = predictors;
    writeIntegerTables(predictors === null ? rows : applyPredictors(rows, predictors), integers);
  }
  const seriesBytes = codes.reduce((sum, code) => sum + code.length, 0);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');

  let count = names.length;
  for (let i = 0; i < series.length; i++) count += 2 + (places[i] === null ? series[i]!.values.length : 0);
  const values = new Float64Array(count);
  let k = 0;
  for (const name of names) values[k++] = output.metrics[name]!;
  for (let i = 0; i < series.length; i++) {
    const s = series[i]!;
    values[k++] = s.start;
    values[k++] = s.interval;
    if (places[i] === null) {
      values.set(s.values, k);
      k += s.values.length;
    }
  }
  const floatsAt = 4 + headerBytes.length;
  const plain = Buffer.allocUnsafe(floatsAt + values.byteLength + seriesBytes + integers.length);
  plain.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(plain, 4);
  plain.set(shuffleBytes(new Uint8Array(values.buffer), 8), floatsAt);
  let at = floatsAt + values.byteLength;
  for (const code of codes) {
    plain.set(code, at);
    at += code.length;
  }
  plain.set(integers, at);
  return brotliCompressSync(plain, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
    },
  });
}

/** The object holding the table at `path` (a daily group, with its `level`), if it is one. */
function groupOf(detail: unknown, path: readonly (string | number)[]): TableGroup | undefined {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], detail);
  return typeof parent === 'object' && parent !== null && 'level' in parent
    ? (parent as TableGroup)
    : undefined;
}

/**
 * Inverse of {@link packReplication}, for replication `replication` of a record of format 4, 3 or
 * 2. Throws a TypeError saying what is wrong if the block is not one such.
 */
export function unpackReplication(packed: Buffer, replication: number, format: 2 | 3 | 4): ReplicationOutput {
  let plain: Buffer;
  try {
    plain = brotliDecompressSync(packed);
  } catch (error) {
    throw new TypeError(`the packed data does not decompress (${(error as Error).message})`);
  }
  if (plain.length < 4) throw new TypeError('the packed data is too short to hold a header');
  const headerLength = plain.readUInt32LE(0);
  if (4 + headerLength > plain.length) throw new TypeError('the packed header runs past the data');
  const header = readHeader(plain.subarray(4, 4 + headerLength).toString('utf8'), format);
  const floatsAt = 4 + headerLength;
  let count = header.metrics.length;
  for (const [, length, places] of header.series ?? []) count += 2 + (places === null ? length : 0);
  if (plain.length - floatsAt < 8 * count) {
    throw new TypeError(
      `the packed data holds ${plain.length - floatsAt} bytes of numbers, its header promises at least ${8 * count}`,
    );
  }
  const bytes = unshuffleBytes(plain.subarray(floatsAt, floatsAt + 8 * count), 8);
  const values = new Float64Array(bytes.buffer, bytes.byteOffset, count);
  let at = floatsAt + 8 * count;

  let k = 0;
  // fromEntries defines own properties, so even a metric named "__proto__" reads back as one.
  const metrics: Record<string, number> = Object.fromEntries(
    header.metrics.map((name) => [name, values[k++]!]),
  );
  const output: ReplicationOutput = { replication, metrics };
  if (header.series !== undefined) {
    output.series = header.series.map(([name, length, places]): ReplicationSeries => {
      const start = values[k++]!;
      const interval = values[k++]!;
      if (places !== null) {
        const integers = new Array<number>(length);
        at =
          format === 4
            ? decodeRice(plain, at, length, integers)
            : readZigzagVarints(plain, at, length, integers);
        return { name, start, interval, values: fromScaledIntegers(sums(integers), places) };
      }
      const series = { name, start, interval, values: Array.from(values.subarray(k, k + length)) };
      k += length;
      return series;
    });
  }
  if (header.tables !== undefined) {
    if (format === 2) throw new TypeError('a format-2 record has no detail tables');
    if (format === 3) at = restoreIntegerTables(header.detail, header.tables, plain, at);
    else {
      const read = readIntegerTables(header.tables, plain, at);
      if (header.predictors !== undefined) undoPredictors(read.rows, header.predictors);
      placeIntegerTables(header.detail, header.tables as TableEntry[], read.rows);
      at = read.at;
    }
  } else if (header.predictors !== undefined) {
    throw new TypeError('the packed header has predictors but no detail tables');
  }
  if (at !== plain.length) {
    throw new TypeError(`the packed data has ${plain.length - at} bytes more than its header describes`);
  }
  if (header.detail !== undefined) output.detail = header.detail;
  return output;
}

/** x[0], x[1] − x[0], x[2] − x[1], … */
function differences(x: readonly number[]): number[] {
  return x.map((v, i) => (i === 0 ? v : v - x[i - 1]!));
}

/** Inverse of {@link differences}: running sums, in place. */
function sums(x: number[]): number[] {
  for (let i = 1; i < x.length; i++) x[i] = x[i]! + x[i - 1]!;
  return x;
}

interface Header {
  metrics: string[];
  /** Name, length and decimal places (null: doubles); format 2 has no places, read as null. */
  series?: [string, number, number | null][];
  detail?: unknown;
  /** Integer tables taken out of the detail (see `integer-tables.ts`). */
  tables?: unknown;
  /** Predictors between those tables (format 4, see `table-predictors.ts`). */
  predictors?: unknown;
}

function readHeader(text: string, format: 2 | 3 | 4): Header {
  const header = JSON.parse(text) as Record<string, unknown> | null;
  const metrics = header?.metrics;
  if (!Array.isArray(metrics) || !metrics.every((name) => typeof name === 'string')) {
    throw new TypeError('the packed header must list the metric names as strings');
  }
  if (new Set(metrics).size !== metrics.length)
    throw new TypeError('the packed header repeats a metric name');
  const series = header?.series;
  const places = (d: unknown) =>
    d === null || (Number.isInteger(d) && (d as number) >= 0 && (d as number) <= MAX_DECIMAL_PLACES);
  const wellFormed = (s: unknown) =>
    Array.isArray(s) &&
    s.length === Math.min(format, 3) &&
    typeof s[0] === 'string' &&
    Number.isSafeInteger(s[1]) &&
    (s[1] as number) >= 0 &&
    (format === 2 || places(s[2]));
  if (series !== undefined && !(Array.isArray(series) && series.every(wellFormed))) {
    const shape = format === 2 ? '[name, length]' : '[name, length, decimal places or null]';
    throw new TypeError(`the packed header must list each series as ${shape}`);
  }
  if (format === 2 && series !== undefined) {
    (header as { series: unknown[][] }).series = series.map((s) => [...(s as unknown[]), null]);
  }
  return header as unknown as Header;
}
