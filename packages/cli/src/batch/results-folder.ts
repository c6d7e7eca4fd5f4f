import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BatchError } from './batch-error.js';
import { MANIFEST_FILE } from './manifest.js';
import { SUMMARY_FILE } from './outputs.js';
import { LOG_FILE } from './results-log.js';

/** Files whose presence marks a folder as holding results. */
const RESULT_FILES = [MANIFEST_FILE, LOG_FILE, SUMMARY_FILE];

/**
 * Creates `folder` (and its parents) if needed, turning a failure into a BatchError that names
 * the folder and the reason (e.g. EACCES, or a file in the way).
 */
export function ensureFolder(folder: string, purpose: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new BatchError(
      `Cannot create the ${purpose} ${folder}: ${(error as Error).message}. Choose a folder you can write to.`,
    );
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
 * Runs `write` and turns a file-system error (no permission, no space, read-only file system)
 * into a BatchError naming the folder; other errors pass through.
 */
export function withFolderErrors<T>(folder: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code === 'EACCES' ||
      code === 'EPERM' ||
      code === 'EROFS' ||
      code === 'ENOSPC' ||
      code === 'ENOTDIR'
    ) {
      throw new BatchError(
        `Cannot write to the output folder ${folder}: ${(error as Error).message}. Choose a folder you can write to.`,
      );
    }
    throw error;
  }
}
