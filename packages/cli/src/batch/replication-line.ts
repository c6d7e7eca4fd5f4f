import type { ReplicationOutput } from '@landport/experiment';
import { decodeBase85, encodeBase85 } from './base85.js';
import { packReplication, unpackReplication } from './packed-replication.js';
import { decodeRecordV1 } from './replication-line-v1.js';

/** The record format {@link encodeReplicationLine} writes. */
export const RECORD_FORMAT = 4;

/**
 * Record formats {@link decodeReplicationLine} reads: 1 (plain JSON, the first format), 2 (packed,
 * series as doubles), 3 (packed, rounded series as varints) and 4 (packed, series Rice-coded,
 * the detail's tables less exact predictions, base85 text).
 */
export const READABLE_RECORD_FORMATS: readonly number[] = [1, 2, 3, 4];

/**
 * A record whose `format` this Landport does not read (a log written by a newer version). Not a
 * damaged line: the results log refuses it at once instead of treating it as a torn write.
 */
export class UnsupportedRecordFormatError extends TypeError {}

/**
 * One replication as one line of JSON (without the newline), for `replications.jsonl`:
 *
 *   {"replication":7,"format":4,"packed":"<base85>"}
 *
 * `packed` is the base85 text (`base85.ts`; formats 2 and 3: base64) of `packReplication(output)`: the metrics, series and detail as
 * compressed binary numbers, lossless to the bit (NaN, ±Infinity and −0 included). The
 * replication index stays readable in the clear for people and for grep.
 */
export function encodeReplicationLine(output: ReplicationOutput): string {
  const packed = encodeBase85(packReplication(output));
  return `{"replication":${output.replication},"format":${RECORD_FORMAT},"packed":"${packed}"}`;
}

/**
 * Inverse of {@link encodeReplicationLine}; also reads format-1 lines (no `format` field).
 * Throws a SyntaxError or TypeError (the caller adds the file and line) if the text is not a
 * complete, well-formed record, and an {@link UnsupportedRecordFormatError} naming the format if
 * it is one this version does not read.
 */
export function decodeReplicationLine(line: string): ReplicationOutput {
  const record: unknown = JSON.parse(line);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new TypeError('a replication record must be a JSON object');
  }
  const { replication, format, packed } = record as Record<string, unknown>;
  if (!(Number.isSafeInteger(replication) && (replication as number) >= 0)) {
    throw new TypeError(`"replication" must be an integer >= 0, got ${JSON.stringify(replication)}`);
  }
  if (format === undefined) return decodeRecordV1(record as Record<string, unknown>, replication as number);
  if (format !== 2 && format !== 3 && format !== 4) {
    throw new UnsupportedRecordFormatError(
      `the record has format ${JSON.stringify(format)}, and this Landport reads formats ` +
        `${READABLE_RECORD_FORMATS.slice(0, -1).join(', ')} and ${READABLE_RECORD_FORMATS.at(-1)}: ` +
        'it was written by a newer Landport; use that version',
    );
  }
  if (typeof packed !== 'string') throw new TypeError('"packed" must be a string');
  if (format === 4) {
    const bytes = decodeBase85(packed);
    return unpackReplication(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
      replication as number,
      4,
    );
  }
  if (packed.length % 4 !== 0 || !BASE64.test(packed))
    throw new TypeError('"packed" must be a base64 string');
  return unpackReplication(Buffer.from(packed, 'base64'), replication as number, format);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
