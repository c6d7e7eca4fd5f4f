import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Bytes gathered before a write system call; large enough that CSV rows cost no syscall each. */
const BUFFER_BYTES = 64 * 1024;

let temporaryCounter = 0;

/**
 * A file written under a temporary name in the destination's folder and renamed over the
 * destination on {@link AtomicFile.commit}. rename(2) within one file system is atomic, so a
 * reader (or a run interrupted at any instant) sees either the old file or the complete new
 * one, never a partial file. The data is fsynced before the rename and the folder after it, so
 * that after a power failure the name does not point at unwritten blocks.
 *
 * The temporary file is `.NAME.PID.N.tmp`: hidden, unique per process and writer, and removed by
 * {@link AtomicFile.abort}; one left behind by a killed process is harmless and never read.
 */
export class AtomicFile {
  /** The destination path. */
  readonly path: string;
  private readonly temporaryPath: string;
  private fd: number | null;
  private buffer = '';

  /** Opens a new temporary file beside `path`; fails if its folder does not exist or is not writable. */
  constructor(path: string) {
    this.path = path;
    this.temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.${temporaryCounter++}.tmp`);
    this.fd = openSync(this.temporaryPath, 'wx');
  }

  /** Appends text (UTF-8). */
  write(text: string): void {
    if (this.fd === null) throw new Error(`AtomicFile: ${this.path} is already committed or aborted`);
    this.buffer += text;
    if (this.buffer.length >= BUFFER_BYTES) this.flush();
  }

  /** Makes the written text the content of `path`, replacing any previous file there. */
  commit(): void {
    if (this.fd === null) throw new Error(`AtomicFile: ${this.path} is already committed or aborted`);
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.temporaryPath, this.path);
    syncFolder(dirname(this.path));
  }

  /** Discards the temporary file, leaving `path` as it was; safe to call after commit (does nothing). */
  abort(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.temporaryPath, { force: true });
  }

  private flush(): void {
    if (this.buffer === '' || this.fd === null) return;
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}

/**
 * Writes the file at `path` atomically by calling `produce` with a writer: committed if `produce`
 * returns, discarded (the previous file untouched, no partial file left) if it throws.
 */
export function writeAtomically(path: string, produce: (write: (text: string) => void) => void): void {
  const file = new AtomicFile(path);
  try {
    produce((text) => file.write(text));
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}

/** Writes `text` to `path` atomically. */
export function writeFileAtomic(path: string, text: string): void {
  writeAtomically(path, (write) => write(text));
}

/**
 * fsyncs a folder so that a rename or a new file in it survives a power failure. Some platforms
 * (Windows) cannot open a folder for this; there the rename is still atomic, only its durability
 * is left to the operating system.
 */
export function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EINVAL/EPERM on platforms that cannot fsync a folder: see above.
  } finally {
    closeSync(fd);
  }
}
