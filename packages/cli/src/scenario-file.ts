import { closeSync, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { UsageError } from './usage-error.js';

/**
 * Default largest scenario file, bytes. The shipped scenarios are 11 to 18 KB; a 1 MB file
 * validates in about a second, and beyond a few MB reading and checking it takes longer and
 * longer (a 50 MB one took minutes and 1.9 GB). `--max-scenario-size` raises it.
 */
export const DEFAULT_MAX_SCENARIO_BYTES = 1_000_000;

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
};

/** Reads a size such as `50MB`, `500KB`, `1.5MB`, `2MiB` or `1000000` (bytes), for `option`. */
export function parseByteSize(option: string, text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match === null ? undefined : UNITS[match[2]!.toLowerCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Math.floor(Number(match[1]) * unit);
  if (!(bytes >= 1 && bytes <= 2 ** 31)) {
    throw new UsageError(
      `${option} ${JSON.stringify(text)}: expected a size from 1 byte to 2GiB, such as 5MB, 500KB or 2000000 (bytes).`,
    );
  }
  return bytes;
}

/** A size for messages: `1 MB`, `52.4 MB`, `800 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Number((bytes / 1e3).toPrecision(3))} KB`;
  if (bytes < 1e9) return `${Number((bytes / 1e6).toPrecision(3))} MB`;
  return `${Number((bytes / 1e9).toPrecision(3))} GB`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** `size` is the file's size in bytes, or undefined when only "more than the limit" is known. */
function tooLarge(path: string, size: number | undefined, maxBytes: number): UsageError {
  const shown = size === undefined ? `over ${formatBytes(maxBytes)}` : formatBytes(size);
  // A limit that admits the file: its size rounded up to whole megabytes, or twice the limit.
  const enough = size === undefined ? 2 * maxBytes : Math.ceil(size / 1e6) * 1e6;
  return new UsageError(
    `${path} is ${shown}, above the ${formatBytes(maxBytes)} limit for scenario files (the shipped scenarios are under 20 KB). If it really is a scenario, raise the limit, e.g. --max-scenario-size ${formatBytes(enough).replace(' ', '')}.`,
  );
}

/**
 * Reads a scenario file as UTF-8 text: a regular file of at most `maxBytes`. A folder, a FIFO or a
 * device (`/dev/zero` would be read for ever) and a file over the limit are UsageErrors naming the
 * path and the way out. The limit holds however the size is reported: at most `maxBytes + 1` bytes
 * are ever read, so a file that grows, or a special file that reports size 0, cannot slip past.
 */
export function readScenarioFile(path: string, maxBytes = DEFAULT_MAX_SCENARIO_BYTES): string {
  let fd: number;
  try {
    // Checked before opening: opening a FIFO for reading waits for a writer, possibly for ever.
    requireRegularFile(path, statSync(path), maxBytes);
    fd = openSync(path, 'r');
  } catch (error) {
    throw readError(path, error);
  }
  try {
    // Again on what was opened, in case the path was replaced in between.
    requireRegularFile(path, fstatSync(fd), maxBytes);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) throw tooLarge(path, undefined, maxBytes);
    }
    return Buffer.concat(chunks, length).toString('utf8');
  } catch (error) {
    throw readError(path, error);
  } finally {
    closeSync(fd);
  }
}

function requireRegularFile(path: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) {
    throw new UsageError(
      `${path} is ${kindOf(stats)}, not a scenario file. Give the path of a JSON or YAML scenario file.`,
    );
  }
  if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
}

function readError(path: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new UsageError(`cannot read ${path}: ${code}. Give the path of a JSON or YAML scenario file.`);
}
