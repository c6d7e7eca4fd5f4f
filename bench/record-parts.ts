/**
 * What the bytes of one results-log record (format 4, or 3, docs/results-format.md) are spent
 * on, for the results-size bench: the record taken apart and each part brotli-compressed on its
 * own at the quality the log uses. The parts compress a little worse alone than together, so they
 * add up to a little more than the packed block; the line's text is 5/4 of the block in format 4
 * (base85), 4/3 in format 3 (base64).
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

// The log's own decoders, from the CLI's build (the bench compiles to bench/dist/).
const cliBatch = (file: string) => new URL(`../../packages/cli/dist/batch/${file}`, import.meta.url).href;
const { decodeBase85 } = (await import(cliBatch('base85.js'))) as { decodeBase85(text: string): Uint8Array };
const { decodeRice } = (await import(cliBatch('rice-code.js'))) as {
  decodeRice(bytes: Uint8Array, offset: number, count: number, into: number[]): number;
};

/** Compressed bytes of each part of a record, and of the whole. */
export interface RecordParts {
  /** The whole line, as in the log (base85 or base64 of the packed block, in a JSON object). */
  line: number;
  /** The packed block (brotli), before base64. */
  packed: number;
  /** The metric names and the list of series (the header less the detail). */
  names: number;
  /** The metric values (and every series' start and interval) as shuffled doubles. */
  metrics: number;
  /** The series stored as integers (Rice codes, format 3: zigzag varints, of differences). */
  series: number;
  /** The detail (the daily figures): its JSON and its integer tables (column-wise varints). */
  detail: number;
}

const brotli = (bytes: Uint8Array): number =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;

/** Takes apart one line of a format-4 or format-3 log. */
export function recordParts(line: string): RecordParts {
  const record = JSON.parse(line) as { format: number; packed: string };
  if (record.format !== 3 && record.format !== 4) {
    throw new Error(`record-parts reads formats 3 and 4, got ${record.format}`);
  }
  const packed =
    record.format === 4 ? Buffer.from(decodeBase85(record.packed)) : Buffer.from(record.packed, 'base64');
  const plain = brotliDecompressSync(packed);
  const headerLength = plain.readUInt32LE(0);
  const header = JSON.parse(plain.subarray(4, 4 + headerLength).toString('utf8')) as {
    metrics: string[];
    series?: [string, number, number | null][];
    detail?: unknown;
    tables?: unknown;
    predictors?: unknown;
  };
  let doubles = header.metrics.length;
  for (const [, length, places] of header.series ?? []) doubles += 2 + (places === null ? length : 0);
  const floatsEnd = 4 + headerLength + 8 * doubles;
  // The series' integers come first: Rice codes (format 4) or varints (format 3), in order.
  let seriesEnd = floatsEnd;
  for (const [, length, places] of header.series ?? []) {
    if (places === null) continue;
    if (record.format === 4) seriesEnd = decodeRice(plain, seriesEnd, length, []);
    else for (let n = 0; n < length; seriesEnd++) if (plain[seriesEnd]! < 128) n++;
  }
  const { detail, tables, predictors, ...names } = header;
  const detailBytes = Buffer.concat([
    Buffer.from(JSON.stringify({ detail, tables, predictors }) ?? ''),
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
