import { closeSync, openSync, readSync } from 'node:fs';
import type { ReplicationOutput } from '@landport/experiment';
import { BatchError } from './batch-error.js';
import { asFileSystemError } from './file-system-error.js';
import { decodeReplicationLine, UnsupportedRecordFormatError } from './replication-line.js';

/** Where one replication's line lies in a log file (the newline excluded). */
export interface LogEntry {
  /** Byte offset of the line's first byte. */
  offset: number;
  /** Length of the line in bytes. */
  length: number;
}

/** Read size of the scan; a line longer than this is assembled from several reads. */
const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Index of a results log (`replications.jsonl`): for each replication the byte range of its
 * first record, and the names of all metrics seen. Holds a few numbers per replication, never the
 * outputs themselves, so a summary can be computed by reading the records back in replication
 * order (see `OrderedResults`) with memory independent of the outputs' size.
 *
 * Duplicates (a replication recorded twice, e.g. by two overlapping resumed runs) are counted
 * once: the first record wins, later ones are counted in `duplicates` and ignored. Since a
 * replication is a pure function of (scenario, seed, index), the copies are equal anyway.
 */
export class LogIndex {
  /** The log file's path. */
  readonly path: string;
  /** First record of each replication, by replication index. */
  readonly entries = new Map<number, LogEntry>();
  /** Every metric name seen in the indexed records. */
  readonly metricNames = new Set<string>();
  /** Number of records ignored because their replication was already indexed. */
  duplicates = 0;
  /** Length of the intact prefix of the file: every byte up to the end of the last complete record. */
  validBytes = 0;
  /** Bytes after `validBytes` ignored as a torn last line (a write cut short by a crash). */
  tornBytes = 0;

  /** An empty index of the log at `path` (for a new log). */
  constructor(path: string) {
    this.path = path;
  }

  /**
   * Indexes the log at `path`. A last line that is incomplete (no newline) or unreadable is a
   * torn write and is ignored (reported in `tornBytes`); an unreadable line followed by other
   * lines cannot come from an interrupted append, so it throws a BatchError naming the file and
   * the line and saying what to do, as the log is then damaged in a way that must not be silently
   * skipped.
   */
  static scan(path: string): LogIndex {
    const index = new LogIndex(path);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (error) {
      throw asFileSystemError(error, path, 'read');
    }
    try {
      let pendingError: Error | null = null;
      let lineNumber = 0;
      for (const line of readLines(fd)) {
        lineNumber++;
        if (pendingError !== null) throw pendingError;
        let output: ReplicationOutput | null = null;
        try {
          if (line.complete) output = decodeReplicationLine(line.bytes.toString('utf8'));
        } catch (error) {
          if (error instanceof UnsupportedRecordFormatError) {
            throw new BatchError(`Cannot read ${path} line ${lineNumber}: ${error.message}.`);
          }
          pendingError = new BatchError(
            `${path} line ${lineNumber} is not a valid replication record (${(error as Error).message}), ` +
              'and lines follow it, so it is not a write cut short by an interruption: the log was damaged or edited. ' +
              'Delete that line and run the same command with --resume (its replication runs again), or start afresh in another folder.',
          );
        }
        if (output === null) {
          index.tornBytes = line.bytes.length + (line.complete ? 1 : 0);
          continue;
        }
        index.add(output, line.offset, line.bytes.length);
        index.validBytes = line.offset + line.bytes.length + 1;
      }
    } finally {
      closeSync(fd);
    }
    return index;
  }

  /** Records that `output`'s line lies at [offset, offset + length); returns false for a duplicate. */
  add(output: ReplicationOutput, offset: number, length: number): boolean {
    if (this.entries.has(output.replication)) {
      this.duplicates++;
      return false;
    }
    this.entries.set(output.replication, { offset, length });
    for (const name of Object.keys(output.metrics)) this.metricNames.add(name);
    return true;
  }
}

/** Reads the bytes of the record at `entry` (without its newline) from the open log `fd`. */
export function readEntryBytes(fd: number, entry: LogEntry): Buffer {
  const bytes = Buffer.allocUnsafe(entry.length);
  let done = 0;
  while (done < entry.length) {
    const n = readSync(fd, bytes, done, entry.length - done, entry.offset + done);
    if (n === 0)
      throw new Error(`results log ended before byte ${entry.offset + entry.length}: was it truncated?`);
    done += n;
  }
  return bytes;
}

/** A line of the file: its offset, its bytes (valid until the next line is read) and whether a newline ended it. */
interface Line {
  offset: number;
  bytes: Buffer;
  complete: boolean;
}

/** The lines of an open file, read in large chunks; the last one is incomplete if no newline ends the file. */
function* readLines(fd: number): Generator<Line> {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  let lineStart = 0;
  let carry: Buffer[] = [];
  for (;;) {
    const n = readSync(fd, chunk, 0, CHUNK_BYTES, position);
    if (n === 0) break;
    position += n;
    const data = chunk.subarray(0, n);
    let from = 0;
    for (let newline = data.indexOf(NEWLINE, from); newline !== -1; newline = data.indexOf(NEWLINE, from)) {
      const piece = data.subarray(from, newline);
      const bytes = carry.length === 0 ? piece : Buffer.concat([...carry, piece]);
      carry = [];
      yield { offset: lineStart, bytes, complete: true };
      lineStart += bytes.length + 1;
      from = newline + 1;
    }
    if (from < n) carry.push(Buffer.from(data.subarray(from)));
  }
  if (carry.length > 0) yield { offset: lineStart, bytes: Buffer.concat(carry), complete: false };
}
