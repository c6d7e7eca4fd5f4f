import { closeSync, existsSync, fdatasyncSync, ftruncateSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReplicationOutput } from '@landport/experiment';
import { syncFolder } from './atomic-write.js';
import { asFileSystemError } from './file-system-error.js';
import { LogIndex } from './log-index.js';
import { encodeReplicationLine } from './replication-line.js';
import { writeFully } from './write-fully.js';

/** File name of the results log inside a results folder. */
export const LOG_FILE = 'replications.jsonl';

/** Default longest time between two fdatasync calls of the log, in milliseconds. */
export const DEFAULT_SYNC_INTERVAL_MS = 1000;

/** Options of {@link ResultsLog}. */
export interface ResultsLogOptions {
  /** Longest time between fdatasync calls, ms (default {@link DEFAULT_SYNC_INTERVAL_MS}); 0 syncs every record. */
  syncIntervalMs?: number;
}

/**
 * The append-only log of finished replications, `replications.jsonl`: one JSON line per
 * replication (see `encodeReplicationLine`), appended the moment it completes, in completion
 * order. It is what `--resume` continues from and what every output is computed from.
 *
 * Durability policy:
 * - each record is handed to the operating system by a single write(2) of the whole line, newline
 *   last, as soon as it arrives, so a crash or kill of the process loses nothing already reported;
 * - the file is fdatasync'ed at most once per `syncIntervalMs` (1 s by default) and on close, so a
 *   power failure or kernel crash loses at most the last second of records. Syncing every record
 *   would cost a disk flush per replication, which dominates for fast models;
 * - an append that fails part-way (a full disk stores part of the line, then ENOSPC) is cut off
 *   again at once, so the log ends with its last complete record; the error is a FileSystemError
 *   naming the log;
 * - whatever a crash leaves at the end (a line cut short, or zero-filled blocks) is a torn last line:
 *   {@link ResultsLog.resume} ignores and truncates it, and its replication simply runs again.
 */
export class ResultsLog {
  /** The log's path. */
  readonly path: string;
  /** Index of every record in the log, kept up to date by {@link ResultsLog.append}. */
  readonly index: LogIndex;
  private fd: number | null;
  private position: number;
  private readonly syncIntervalMs: number;
  private lastSync = performance.now();
  private unsynced = false;

  private constructor(path: string, index: LogIndex, fd: number, options: ResultsLogOptions) {
    this.path = path;
    this.index = index;
    this.fd = fd;
    this.position = index.validBytes;
    const interval = options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS;
    if (!(interval >= 0)) throw new RangeError(`syncIntervalMs must be a number >= 0, got ${interval}`);
    this.syncIntervalMs = interval;
  }

  /** Starts a new, empty log in `folder`; throws (EEXIST) if the folder already has one. */
  static create(folder: string, options: ResultsLogOptions = {}): ResultsLog {
    const path = join(folder, LOG_FILE);
    const fd = withLogErrors(path, () => openSync(path, 'wx'));
    syncFolder(folder);
    return new ResultsLog(path, new LogIndex(path), fd, options);
  }

  /**
   * Opens the log in `folder` to continue it (creating it if absent): indexes the records already
   * there, cuts off a torn last line so that the next record starts on a line of its own, and
   * appends from there.
   */
  static resume(folder: string, options: ResultsLogOptions = {}): ResultsLog {
    const path = join(folder, LOG_FILE);
    if (!existsSync(path)) return ResultsLog.create(folder, options);
    const index = LogIndex.scan(path);
    const fd = withLogErrors(path, () => openSync(path, 'r+'));
    try {
      if (index.tornBytes > 0) {
        ftruncateSync(fd, index.validBytes);
        fdatasyncSync(fd);
      }
    } catch (error) {
      closeSync(fd);
      throw asFileSystemError(error, path, 'repair the torn last line of');
    }
    return new ResultsLog(path, index, fd, options);
  }

  /** Replications already in the log. */
  has(replication: number): boolean {
    return this.index.entries.has(replication);
  }

  /**
   * Appends `output` as one line; returns false, writing nothing, if its replication is already
   * logged (the first record wins).
   */
  append(output: ReplicationOutput): boolean {
    if (this.fd === null) throw new Error(`ResultsLog: ${this.path} is closed`);
    if (this.index.entries.has(output.replication)) {
      this.index.duplicates++;
      return false;
    }
    const bytes = Buffer.from(`${encodeReplicationLine(output)}\n`, 'utf8');
    try {
      writeFully(this.fd, bytes, this.position);
    } catch (error) {
      // Leave no half line behind (ftruncate needs no free space).
      try {
        ftruncateSync(this.fd, this.position);
      } catch {
        // Should this fail too, resume cuts the torn line off all the same.
      }
      throw asFileSystemError(error, this.path, 'append to');
    }
    this.index.add(output, this.position, bytes.length - 1);
    this.position += bytes.length;
    this.index.validBytes = this.position;
    this.unsynced = true;
    const now = performance.now();
    if (now - this.lastSync >= this.syncIntervalMs) {
      withLogErrors(this.path, () => fdatasyncSync(this.fd!));
      this.lastSync = now;
      this.unsynced = false;
    }
    return true;
  }

  /** Flushes the log to disk and closes it; calling it again does nothing. */
  close(): void {
    if (this.fd === null) return;
    try {
      if (this.unsynced) withLogErrors(this.path, () => fdatasyncSync(this.fd!));
    } finally {
      closeSync(this.fd);
      this.fd = null;
      syncFolder(dirname(this.path));
    }
  }
}

function withLogErrors<T>(path: string, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    throw asFileSystemError(error, path, 'write');
  }
}
