import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicFile, writeAtomically, writeFileAtomic } from './atomic-write.js';

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
