import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchError } from './batch-error.js';
import { FileSystemError } from './file-system-error.js';
import { ensureFolder, withFolderErrors } from './results-folder.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'landport-results-folder-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ensureFolder', () => {
  it('creates the missing folders of a relative path, named as given', () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect(ensureFolder('x/y', 'output folder')).toEqual(['x', 'x/y']);
      writeFileSync('file', '');
      expect(() => ensureFolder('file/out', 'output folder')).toThrow(
        'Cannot create the output folder file/out: ENOTDIR: file is a file, not a folder.',
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('creates the missing folders and returns them, outermost first', () => {
    expect(ensureFolder(join(root, 'a', 'b'), 'output folder')).toEqual([
      join(root, 'a'),
      join(root, 'a', 'b'),
    ]);
    expect(ensureFolder(join(root, 'a', 'b'), 'output folder')).toEqual([]);
  });

  it('names a file in the way', () => {
    writeFileSync(join(root, 'file'), '');
    expect(() => ensureFolder(join(root, 'file', 'out'), 'output folder')).toThrow(
      `Cannot create the output folder ${join(root, 'file', 'out')}: ENOTDIR: ${join(root, 'file')} is a file, not a folder.`,
    );
  });

  it('refuses an empty path', () => {
    expect(() => ensureFolder('', 'output folder')).toThrow('The output folder path is empty.');
  });

  // Node's recursive mkdir loops for ever on this path (mkdir says ENOENT, yet the parent exists).
  it.skipIf(!existsSync('/proc/self'))(
    'fails at once where mkdir says ENOENT under an existing folder',
    () => {
      expect(() => ensureFolder('/proc/self/x/y', 'output folder')).toThrow(BatchError);
      expect(() => ensureFolder('/proc/self/x/y', 'output folder')).toThrow(
        /Cannot create the output folder \/proc\/self\/x\/y: ENOENT/,
      );
    },
  );
});

describe('withFolderErrors', () => {
  it('turns an operating-system error into a FileSystemError with the advice given', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const attempt = () =>
      withFolderErrors(
        'out',
        () => {
          throw error;
        },
        'Free some space, then resume.',
      );
    expect(attempt).toThrow(FileSystemError);
    expect(attempt).toThrow(
      'Cannot write out: no space left on the device (ENOSPC). Free some space, then resume.',
    );
  });

  it('lets other errors through', () => {
    expect(() =>
      withFolderErrors('out', () => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
  });
});
