import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { asFileSystemError } from './file-system-error.js';
import { writeFully } from './write-fully.js';

/** Characters gathered before a write system call; large enough that CSV rows cost no syscall each. */
const BUFFER_CHARS = 64 * 1024;

let temporaryCounter = 0;

/**
 * A file written under a temporary name in the destination's folder and renamed over the
 * destination on {@link AtomicFile.commit}. rename(2) within one file system is atomic, so a
 * reader (or a run interrupted at any instant) sees either the old file or the complete new
 * one, never a partial file. Every byte is written (see `writeFully`: a write that stores only
 * part of its data is continued or fails), the data is fsynced before the rename and the folder
 * after it, so that neither a full disk nor a power failure leaves the name pointing at a file
 * cut short.
 *
 * Any failure (no space, no permission, an error of the caller between writes) removes the
 * temporary file and leaves the destination as it was; operating-system errors are thrown as
 * `FileSystemError`s naming the destination. The temporary file is `.NAME.PID.N.tmp`: hidden,
 * unique per process and writer; one left behind by a killed process is harmless and never read.
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
    try {
      this.fd = openSync(this.temporaryPath, 'wx');
    } catch (error) {
      throw asFileSystemError(error, path, 'write');
    }
  }

  /** Appends text (UTF-8) or bytes. */
  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`AtomicFile: ${this.path} is already committed or aborted`);
    if (typeof data === 'string') {
      this.buffer += data;
      if (this.buffer.length >= BUFFER_CHARS) this.flush();
    } else {
      this.flush();
      this.writeBytes(data);
    }
  }

  /**
   * Makes the written data the content of `path`, replacing any previous file there. If any step
   * fails, the temporary file is removed and `path` is left as it was.
   */
  commit(): void {
    if (this.fd === null) throw new Error(`AtomicFile: ${this.path} is already committed or aborted`);
    try {
      this.flush();
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.temporaryPath, this.path);
    } catch (error) {
      this.discard();
      throw asFileSystemError(error, this.path, 'write');
    }
    syncFolder(dirname(this.path));
  }

  /** Discards the temporary file, leaving `path` as it was; safe to call after commit (does nothing). */
  abort(): void {
    if (this.fd === null) return;
    this.discard();
  }

  /** Closes and removes the temporary file, whatever state it is in; never throws. */
  private discard(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Closing can report a deferred write error; the file is being thrown away anyway.
      }
      this.fd = null;
    }
    rmSync(this.temporaryPath, { force: true });
  }

  private flush(): void {
    if (this.buffer === '') return;
    const bytes = Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    this.writeBytes(bytes);
  }

  private writeBytes(bytes: Uint8Array): void {
    try {
      writeFully(this.fd!, bytes);
    } catch (error) {
      throw asFileSystemError(error, this.path, 'write');
    }
  }
}

/**
 * Writes the file at `path` atomically by calling `produce` with a writer: committed if `produce`
 * returns, discarded (the previous file untouched, no partial file left) if it throws.
 */
export function writeAtomically(
  path: string,
  produce: (write: (data: string | Uint8Array) => void) => void,
): void {
  const file = new AtomicFile(path);
  try {
    produce((data) => file.write(data));
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}

/** Writes `data` (text as UTF-8, or bytes) to `path` atomically. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeAtomically(path, (write) => write(data));
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
