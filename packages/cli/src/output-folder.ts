import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Checks, without creating anything, that `folder` is or can become a writable folder: the
 * nearest part of the path that exists must be a folder we may write into. Commands that run for
 * a long time before writing (`size`) call it first, so that a bad `--out` fails at once with
 * nothing run and nothing written, instead of after the work.
 */
export function requireWritableFolder(folder: string, option = '--out'): void {
  requireFolderPath(folder, option);
  let path = resolve(folder);
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(path);
      if ((code === 'ENOENT' || code === 'ENOTDIR') && parent !== path) {
        path = parent;
        continue;
      }
      throw unwritable(folder, option, `${code ?? (error as Error).message} at ${path}`);
    }
    if (!isFolder) throw unwritable(folder, option, `${path} is a file, not a folder`);
    try {
      accessSync(path, constants.W_OK | constants.X_OK);
    } catch (error) {
      throw unwritable(folder, option, `${(error as NodeJS.ErrnoException).code ?? 'no access'} at ${path}`);
    }
    return;
  }
}

function unwritable(folder: string, option: string, reason: string): UsageError {
  return new UsageError(
    `${option} ${folder}: cannot create or write the results folder there (${reason}). Choose a folder you can write to.`,
  );
}

/**
 * Refuses an empty (or blank) folder path, which would otherwise mean the current folder, or be
 * joined away (`join('', 'a')` is `a`): every command checks its `--out` with this first.
 */
export function requireFolderPath(folder: string, option = '--out'): void {
  if (folder.trim() === '') {
    throw new UsageError(
      `${option} ${JSON.stringify(folder)}: the folder path is empty. Give the path of a folder, e.g. ${option} results/my-run.`,
    );
  }
}
