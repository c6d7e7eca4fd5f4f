import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BatchError } from './batch-error.js';
import { asFileSystemError, FileSystemError, fileSystemCode, fileSystemFix } from './file-system-error.js';
import { MANIFEST_FILE } from './manifest.js';
import { REPLICATIONS_CSV, SERIES_CSV, SUMMARY_FILE } from './outputs.js';
import { LOG_FILE } from './results-log.js';

/** Files whose presence marks a folder as holding results. */
const RESULT_FILES = [MANIFEST_FILE, LOG_FILE, SUMMARY_FILE];

/**
 * Creates `folder` (and its parents) if needed, turning a failure into a BatchError that names
 * the folder and the reason (e.g. EACCES, or a file in the way). Returns the folders it created,
 * outermost first, so that a command that then fails can remove them again.
 *
 * Each missing folder is made by its own mkdir(2), not by `mkdirSync(..., { recursive: true })`:
 * Node's recursive mkdir retries for ever where mkdir fails with ENOENT although the parent exists
 * (`/proc/self/x`), spinning at full CPU and deaf to signals. Here such a path is one error.
 */
export function ensureFolder(folder: string, purpose: string): string[] {
  if (folder === '') {
    throw new BatchError(`The ${purpose} path is empty. Give the path of a folder.`);
  }
  const missing: string[] = [];
  try {
    // The path as given, not resolved, so that messages speak of it as the user wrote it.
    for (let path = folder; ; path = dirname(path)) {
      if (isFolder(path)) break;
      missing.push(path);
      if (dirname(path) === path) break;
    }
    missing.reverse();
    for (const path of missing) {
      try {
        mkdirSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(path)) throw error;
      }
    }
  } catch (error) {
    throw new BatchError(
      `Cannot create the ${purpose} ${folder}: ${(error as Error).message}. Choose a folder you can write to.`,
    );
  }
  return missing;
}

/** Whether `path` is a folder; false if nothing is there; throws if a file or an error is in the way. */
function isFolder(path: string): boolean {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false; // look further up for the cause
    throw error;
  }
  if (!stats.isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: ${path} is a file, not a folder`), { code: 'ENOTDIR' });
  }
  return true;
}

/**
 * Removes the files a run writes into a results folder (manifest, log, tables, summary), for a
 * command that failed while writing results it can write again whole (merge, collect): a
 * half-written folder would otherwise stop the rerun with "already holds results".
 */
export function removeResults(folder: string): void {
  for (const file of [SUMMARY_FILE, SERIES_CSV, REPLICATIONS_CSV, LOG_FILE, MANIFEST_FILE]) {
    rmSync(join(folder, file), { force: true });
  }
}

/** The result files already in `folder` (manifest, log, summary). */
export function existingResultFiles(folder: string): string[] {
  return RESULT_FILES.filter((file) => existsSync(join(folder, file)));
}

/**
 * Throws a BatchError unless `folder` holds no results yet, so that a run never mixes its
 * replications into another run's folder. `hint` says how to continue instead.
 */
export function requireNoResults(folder: string, hint: string): void {
  const found = existingResultFiles(folder);
  if (found.length > 0) {
    throw new BatchError(`The folder ${folder} already holds results (${found.join(', ')}). ${hint}`);
  }
}

/**
 * Runs `write` and turns an operating-system error (no permission, no space, a read-only file
 * system) into a FileSystemError naming the file or, failing that, the folder; other errors pass
 * through. `advice`, if given, replaces the generic advice ("Free some space on that disk."): a
 * command that knows how to continue after the problem is fixed says so; given as a function, it
 * receives that generic fix (without its full stop) to build on.
 */
export function withFolderErrors<T>(
  folder: string,
  write: () => T,
  advice?: string | ((fix: string) => string),
): T {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof FileSystemError) && fileSystemCode(error) === null) throw error;
    const path = (error as NodeJS.ErrnoException).path ?? folder;
    const problem = asFileSystemError(error, path, 'write') as FileSystemError;
    if (advice === undefined) throw problem;
    throw problem.withAdvice(typeof advice === 'string' ? advice : advice(fileSystemFix(problem.code)));
  }
}
