import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { shuffleBytes, unshuffleBytes } from './byte-shuffle.js';
import type { ReplicationOutput, ReplicationSeries } from './replication.js';

/**
 * A replication's metrics, series and detail as one compressed binary block: the body of a
 * format-2 results-log record (see `replication-line.ts` and docs/results-format.md).
 *
 * Uncompressed layout:
 *
 *   uint32 LE   byte length H of the header
 *   H bytes     UTF-8 JSON header {"metrics":[name...],"series":[[name,length]...],"detail":...}
 *               ("series" and "detail" absent when the output has none)
 *   8·N bytes   N float64 values, byte-shuffled (see `shuffleBytes`): the metrics in header
 *               order, then for each series its start, its interval and its values
 *
 * then brotli-compressed. Every number is its IEEE 754 binary64 bits, so NaN, ±Infinity and −0
 * survive exactly and every output recomputed from the log is bit-identical to one computed from
 * the replication itself. Names are written once per record instead of once per value, and the
 * shuffled doubles compress far better than decimal text: a replication-year of horgos-2024
 * packs to about a third of the old JSON line.
 *
 * Brotli quality 5: on that year, quality 9 saves under 1% for 20× the time; 5 takes ~5 ms to
 * compress and ~1 ms to decompress a record whose replication takes ~2 s.
 */
export function packReplication(output: ReplicationOutput): Buffer {
  const names = Object.keys(output.metrics);
  const series = output.series ?? [];
  const header: Record<string, unknown> = { metrics: names };
  if (output.series !== undefined) header.series = series.map((s) => [s.name, s.values.length]);
  if (output.detail !== undefined) header.detail = output.detail;
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');

  let count = names.length;
  for (const s of series) count += 2 + s.values.length;
  const values = new Float64Array(count);
  let k = 0;
  for (const name of names) values[k++] = output.metrics[name]!;
  for (const s of series) {
    values[k++] = s.start;
    values[k++] = s.interval;
    values.set(s.values, k);
    k += s.values.length;
  }
  const plain = Buffer.allocUnsafe(4 + headerBytes.length + values.byteLength);
  plain.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(plain, 4);
  plain.set(shuffleBytes(new Uint8Array(values.buffer), 8), 4 + headerBytes.length);
  return brotliCompressSync(plain, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
    },
  });
}

/**
 * Inverse of {@link packReplication}, for replication `replication`. Throws a TypeError saying
 * what is wrong if the block is not one {@link packReplication} wrote.
 */
export function unpackReplication(packed: Buffer, replication: number): ReplicationOutput {
  let plain: Buffer;
  try {
    plain = brotliDecompressSync(packed);
  } catch (error) {
    throw new TypeError(`the packed data does not decompress (${(error as Error).message})`);
  }
  if (plain.length < 4) throw new TypeError('the packed data is too short to hold a header');
  const headerLength = plain.readUInt32LE(0);
  if (4 + headerLength > plain.length) throw new TypeError('the packed header runs past the data');
  const header = readHeader(plain.subarray(4, 4 + headerLength).toString('utf8'));
  const floatBytes = plain.length - 4 - headerLength;
  let count = header.metrics.length;
  for (const [, length] of header.series ?? []) count += 2 + length;
  if (floatBytes !== 8 * count) {
    throw new TypeError(
      `the packed data holds ${floatBytes} bytes of numbers, its header promises ${8 * count}`,
    );
  }
  const bytes = unshuffleBytes(plain.subarray(4 + headerLength), 8);
  const values = new Float64Array(bytes.buffer, bytes.byteOffset, count);

  let k = 0;
  // fromEntries defines own properties, so even a metric named "__proto__" reads back as one.
  const metrics: Record<string, number> = Object.fromEntries(
    header.metrics.map((name) => [name, values[k++]!]),
  );
  const output: ReplicationOutput = { replication, metrics };
  if (header.series !== undefined) {
    output.series = header.series.map(([name, length]): ReplicationSeries => {
      const start = values[k++]!;
      const interval = values[k++]!;
      const series = { name, start, interval, values: Array.from(values.subarray(k, k + length)) };
      k += length;
      return series;
    });
  }
  if (header.detail !== undefined) output.detail = header.detail;
  return output;
}

interface Header {
  metrics: string[];
  series?: [string, number][];
  detail?: unknown;
}

function readHeader(text: string): Header {
  const header = JSON.parse(text) as Record<string, unknown> | null;
  const metrics = header?.metrics;
  if (!Array.isArray(metrics) || !metrics.every((name) => typeof name === 'string')) {
    throw new TypeError('the packed header must list the metric names as strings');
  }
  if (new Set(metrics).size !== metrics.length)
    throw new TypeError('the packed header repeats a metric name');
  const series = header?.series;
  const wellFormed = (s: unknown) =>
    Array.isArray(s) &&
    s.length === 2 &&
    typeof s[0] === 'string' &&
    Number.isSafeInteger(s[1]) &&
    (s[1] as number) >= 0;
  if (series !== undefined && !(Array.isArray(series) && series.every(wellFormed))) {
    throw new TypeError('the packed header must list each series as [name, length]');
  }
  return header as unknown as Header;
}
