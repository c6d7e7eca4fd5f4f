import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { ReplicationOutput, ReplicationSeries } from '@landport/experiment';
import { decimalPlaces, fromScaledIntegers, MAX_DECIMAL_PLACES, scaledIntegers } from '@landport/experiment';
import { shuffleBytes, unshuffleBytes } from './byte-shuffle.js';
import { extractIntegerTables, restoreIntegerTables } from './integer-tables.js';
import { readZigzagVarints, writeZigzagVarints } from './zigzag-varint.js';

/**
 * A replication's metrics, series and detail as one compressed binary block: the body of a
 * format-3 results-log record (see `replication-line.ts` and docs/results-format.md).
 *
 * Uncompressed layout:
 *
 *   uint32 LE   byte length H of the header
 *   H bytes     UTF-8 JSON header {"metrics":[name...],"series":[[name,length,places]...],
 *               "detail":...,"tables":[[path,rows,width]...]} ("series", "detail" absent when the
 *               output has none, "tables" when the detail holds no table of integers)
 *   8·N bytes   N float64 values, byte-shuffled (see `shuffleBytes`): the metrics in header
 *               order, then for each series its start, its interval and, if its `places` is
 *               null, its values
 *   the rest    for each series whose `places` is a number d, in order: the zigzag varints of
 *               k[0], k[1] − k[0], k[2] − k[1], …, where value i is k[i] / 10^d exactly; then
 *               the cells of each table of the detail, column by column (`integer-tables.ts`)
 *
 * then brotli-compressed. A series is stored as integers when every value is exactly one (see
 * `decimalPlaces`): the border model rounds its hourly series to a stated resolution, and
 * rounded values differ little from hour to hour, so their differences take a byte or two where
 * a double's noisy mantissa took six. Anything else is its IEEE 754 binary64 bits. Either way
 * every number reads back to the same bits, NaN, ±Infinity and −0 included, and every output
 * recomputed from the log is bit-identical to one computed from the replication itself.
 *
 * Format 2 is the same without `places` (every series as doubles, nothing after them); it is
 * still read.
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
  const integers: number[] = [];
  for (let i = 0; i < series.length; i++) {
    const d = places[i]!;
    if (d !== null) writeZigzagVarints(differences(scaledIntegers(series[i]!.values, d)), integers);
  }
  // Through JSON first, so that the detail read back is exactly what JSON gives (NaN as null...).
  const detailText = output.detail === undefined ? undefined : JSON.stringify(output.detail);
  if (detailText !== undefined) {
    const { rest, tables } = extractIntegerTables(JSON.parse(detailText), integers);
    header.detail = rest;
    if (tables.length > 0) header.tables = tables;
  }
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
  const plain = Buffer.allocUnsafe(floatsAt + values.byteLength + integers.length);
  plain.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(plain, 4);
  plain.set(shuffleBytes(new Uint8Array(values.buffer), 8), floatsAt);
  plain.set(integers, floatsAt + values.byteLength);
  return brotliCompressSync(plain, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
    },
  });
}

/**
 * Inverse of {@link packReplication}, for replication `replication` of a record of format 3, or
 * of format 2. Throws a TypeError saying what is wrong if the block is not one such.
 */
export function unpackReplication(packed: Buffer, replication: number, format: 2 | 3): ReplicationOutput {
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
        at = readZigzagVarints(plain, at, length, integers);
        return { name, start, interval, values: fromScaledIntegers(sums(integers), places) };
      }
      const series = { name, start, interval, values: Array.from(values.subarray(k, k + length)) };
      k += length;
      return series;
    });
  }
  if (header.tables !== undefined) {
    if (format === 2) throw new TypeError('a format-2 record has no detail tables');
    at = restoreIntegerTables(header.detail, header.tables, plain, at);
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
}

function readHeader(text: string, format: 2 | 3): Header {
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
    s.length === format &&
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
