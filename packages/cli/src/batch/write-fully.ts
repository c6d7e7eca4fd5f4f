import { writeSync } from 'node:fs';

/** The system call {@link writeFully} uses; a parameter so that tests can make it store less. */
export type WriteCall = (
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number | null,
) => number;

/**
 * Writes every byte of `bytes` to `fd` (at `position`, or at the file's current offset if null).
 * write(2) may store only part of what it is given (a disk that fills up stores what fits, then
 * fails on the next call), so this writes again from where the last call stopped until nothing is
 * left: a partial write either completes or ends in the error that stopped it (ENOSPC), never
 * silently short. A call that stores nothing and reports no error is an EIO error rather than a
 * reason to loop forever.
 */
export function writeFully(
  fd: number,
  bytes: Uint8Array,
  position: number | null = null,
  write: WriteCall = writeSync,
): void {
  let done = 0;
  while (done < bytes.length) {
    const n = write(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
    if (!(n > 0)) {
      throw Object.assign(new Error(`write stored no bytes (${bytes.length - done} left to write)`), {
        code: 'EIO',
        syscall: 'write',
      });
    }
    done += n;
  }
}
