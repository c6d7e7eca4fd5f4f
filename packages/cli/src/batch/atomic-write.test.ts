import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicFile, writeAtomically, writeFileAtomic } from './atomic-write.js';
import { FileSystemError } from './file-system-error.js';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'landport-atomic-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('writeAtomically', () => {
  it('replaces the file with the complete new content and leaves no temporary file', () => {
    const path = join(folder, 'summary.json');
    writeFileSync(path, 'old');
    writeFileAtomic(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(folder)).toEqual(['summary.json']);
  });

  it('leaves the previous file untouched and no partial file when the writer throws', () => {
    const path = join(folder, 'replications.csv');
    writeFileSync(path, 'previous\n');
    expect(() =>
      writeAtomically(path, (write) => {
        write('a,b\n');
        write('x'.repeat(200_000)); // past the buffer, so part of it reached the temporary file
        throw new Error('disk on fire');
      }),
    ).toThrow('disk on fire');
    expect(readFileSync(path, 'utf8')).toBe('previous\n');
    expect(readdirSync(folder)).toEqual(['replications.csv']);
  });

  it('creates no file at all when the first write of a new file throws', () => {
    const path = join(folder, 'series.csv');
    expect(() =>
      writeAtomically(path, () => {
        throw new Error('model bug');
      }),
    ).toThrow('model bug');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('does not show the destination until commit', () => {
    const path = join(folder, 'manifest.json');
    const file = new AtomicFile(path);
    file.write('{}');
    expect(readdirSync(folder)).not.toContain('manifest.json');
    file.commit();
    expect(readFileSync(path, 'utf8')).toBe('{}');
    expect(() => file.write('more')).toThrow(/already committed or aborted/);
  });

  it('fails when the folder does not exist', () => {
    expect(() => writeFileAtomic(join(folder, 'missing', 'x.json'), '{}')).toThrow(/ENOENT/);
  });
});

describe('AtomicFile on a failing file system', () => {
  it('writes bytes as they are', () => {
    const path = join(folder, 'chart.png');
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    writeFileAtomic(path, bytes);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });

  it('reports a missing folder as a FileSystemError naming the destination', () => {
    const path = join(folder, 'missing', 'x.json');
    expect(() => writeFileAtomic(path, '{}')).toThrow(FileSystemError);
    expect(() => writeFileAtomic(path, '{}')).toThrow(
      `Cannot write ${path}: no such file or folder (ENOENT).`,
    );
  });

  it('removes the temporary file and keeps the previous file when the rename fails', () => {
    const path = join(folder, 'summary.json');
    mkdirSync(path); // a folder in the way: rename(2) fails with EISDIR
    const file = new AtomicFile(path);
    file.write('new');
    expect(() => file.commit()).toThrow(/Cannot write .*summary\.json: a folder is in the way .*\(EISDIR\)/);
    expect(readdirSync(folder)).toEqual(['summary.json']);
    expect(() => file.write('more')).toThrow(/already committed or aborted/);
  });
});
