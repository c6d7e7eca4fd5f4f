/**
 * What the bytes of one results-log record (format 3, docs/results-format.md) are spent on, for
 * the results-size bench: the record taken apart and each part brotli-compressed on its own at
 * the quality the log uses. The parts compress a little worse alone than together, so they add
 * up to a little more than the packed block; the base64 text of the line is 4/3 of the block.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** Compressed bytes of each part of a record, and of the whole. */
export interface RecordParts {
  /** The whole line, as in the log (base64 of the packed block, in a JSON object). */
  line: number;
  /** The packed block (brotli), before base64. */
  packed: number;
  /** The metric names and the list of series (the header less the detail). */
  names: number;
  /** The metric values (and every series' start and interval) as shuffled doubles. */
  metrics: number;
  /** The series stored as integers (zigzag varints of differences). */
  series: number;
  /** The detail (the daily figures): its JSON and its integer tables (column-wise varints). */
  detail: number;
}

const brotli = (bytes: Uint8Array): number =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;

/** Takes apart one line of a format-3 log. */
export function recordParts(line: string): RecordParts {
  const record = JSON.parse(line) as { format: number; packed: string };
  if (record.format !== 3) throw new Error(`record-parts reads format 3, got ${record.format}`);
  const packed = Buffer.from(record.packed, 'base64');
  const plain = brotliDecompressSync(packed);
  const headerLength = plain.readUInt32LE(0);
  const header = JSON.parse(plain.subarray(4, 4 + headerLength).toString('utf8')) as {
    metrics: string[];
    series?: [string, number, number | null][];
    detail?: unknown;
    tables?: unknown;
  };
  let doubles = header.metrics.length;
  let integers = 0;
  for (const [, length, places] of header.series ?? []) {
    doubles += 2 + (places === null ? length : 0);
    integers += places === null ? 0 : length;
  }
  const floatsEnd = 4 + headerLength + 8 * doubles;
  // The series' varints come first; a varint ends at its first byte below 128.
  let seriesEnd = floatsEnd;
  for (let n = 0; n < integers; seriesEnd++) if (plain[seriesEnd]! < 128) n++;
  const { detail, tables, ...names } = header;
  const detailBytes = Buffer.concat([
    Buffer.from(JSON.stringify({ detail, tables }) ?? ''),
    plain.subarray(seriesEnd),
  ]);
  return {
    line: Buffer.byteLength(line, 'utf8'),
    packed: packed.length,
    names: brotli(Buffer.from(JSON.stringify(names))),
    metrics: brotli(plain.subarray(4 + headerLength, floatsEnd)),
    series: brotli(plain.subarray(floatsEnd, seriesEnd)),
    detail: detail === undefined ? 0 : brotli(detailBytes),
  };
}
