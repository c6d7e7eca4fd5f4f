import { UsageError } from '../usage-error.js';

/**
 * What each error code of the operating system means for the user, and what to do about it. These
 * are problems of the machine (a full disk, a permission, a read-only mount, a limit), never of
 * Landport: the CLI reports them with exit code 2 and one paragraph, not as a bug.
 */
const CAUSES: Readonly<Record<string, { readonly cause: string; readonly fix: string }>> = {
  ENOSPC: { cause: 'no space left on the device', fix: 'Free some space on that disk' },
  EDQUOT: { cause: 'the disk quota is exceeded', fix: 'Free some space within your quota' },
  EFBIG: { cause: 'the file is too large for its file system', fix: 'Choose a folder on another disk' },
  EACCES: { cause: 'permission denied', fix: 'Choose a folder you can write to' },
  EPERM: { cause: 'operation not permitted', fix: 'Choose a folder you can write to' },
  EROFS: { cause: 'the file system is read-only', fix: 'Choose a folder on a writable disk' },
  EISDIR: { cause: 'a folder is in the way where a file is expected', fix: 'Check the path' },
  ENOTDIR: { cause: 'a file is in the way where a folder is expected', fix: 'Check the path' },
  ENOENT: { cause: 'no such file or folder', fix: 'Check the path (was it removed meanwhile?)' },
  ENAMETOOLONG: { cause: 'the path is too long', fix: 'Choose a shorter path' },
  ELOOP: { cause: 'too many symbolic links in the path', fix: 'Check the path' },
  EMFILE: {
    cause: 'too many open files in this process',
    fix: 'Raise the limit (ulimit -n) or use fewer --workers',
  },
  ENFILE: {
    cause: 'too many open files on this machine',
    fix: 'Close some programs or raise the system limit',
  },
  EIO: { cause: 'an input/output error of the device', fix: 'Check the disk' },
  EBUSY: { cause: 'the file or device is busy', fix: 'Try again when it is free' },
};

/**
 * A file-system operation failed for a reason outside Landport (see {@link CAUSES}): the message
 * names the path, the cause in words and the code, and says what to do. A {@link UsageError}, so
 * the CLI exits with code 2. `path` is the file or folder concerned, `code` the errno code.
 */
export class FileSystemError extends UsageError {
  override readonly name = 'FileSystemError';
  readonly code: string;
  readonly path: string;
  /** The first sentence of the message: what failed, where and why, without the advice. */
  readonly problem: string;

  constructor(code: string, path: string, problem: string, advice: string) {
    super(`${problem} ${advice}`);
    this.code = code;
    this.path = path;
    this.problem = problem;
  }

  /** The same problem with other advice (a command that knows how to continue says so). */
  withAdvice(advice: string): FileSystemError {
    return new FileSystemError(this.code, this.path, this.problem, advice);
  }
}

/** What to do about an error of code `code` ("Free some space on that disk"), without a full stop. */
export function fileSystemFix(code: string): string {
  return CAUSES[code]?.fix ?? 'Check the path';
}

/** The errno code of `error` if it is one of the operating system's errors listed in {@link CAUSES}, else null. */
export function fileSystemCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && Object.hasOwn(CAUSES, code) ? code : null;
}

/**
 * `error` as a {@link FileSystemError} about `path` if it is an operating-system error of a kind
 * listed in {@link CAUSES} (`action` says what was being done: "write", "create the folder"...);
 * any other error, a FileSystemError included, is returned unchanged.
 */
export function asFileSystemError(error: unknown, path: string, action: string): unknown {
  if (error instanceof FileSystemError) return error;
  const code = fileSystemCode(error);
  if (code === null) return error;
  const { cause, fix } = CAUSES[code]!;
  return new FileSystemError(code, path, `Cannot ${action} ${path}: ${cause} (${code}).`, `${fix}.`);
}

/**
 * An operating-system error that reached the top of the CLI without being described where it
 * happened, as a FileSystemError naming what Node's error names (its path and system call), or
 * null if `error` is not such an error.
 */
export function describeSystemError(error: unknown): FileSystemError | null {
  if (error instanceof FileSystemError) return error;
  if (fileSystemCode(error) === null) return null;
  const e = error as NodeJS.ErrnoException;
  // Node names the system call ("open", "mkdir", "write"), which reads as the verb.
  return asFileSystemError(error, e.path ?? 'a file', e.syscall ?? 'use') as FileSystemError;
}
