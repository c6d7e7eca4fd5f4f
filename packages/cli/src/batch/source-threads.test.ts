import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPackagesArgv, builtTwin, sourceThreads } from './source-threads.js';

describe('builtPackagesArgv', () => {
  it('removes the source condition in each form Node accepts, and keeps every other option', () => {
    const vitest = [
      '--experimental-import-meta-resolve',
      '--require',
      '/x/suppress-warnings.cjs',
      '--conditions',
      '@landport/source',
      '--conditions',
      'node',
      '-C',
      '@landport/source',
      '--conditions=@landport/source',
      '-C=@landport/source',
      '--conditions=development',
    ];
    expect(builtPackagesArgv(vitest)).toEqual([
      '--experimental-import-meta-resolve',
      '--require',
      '/x/suppress-warnings.cjs',
      '--conditions',
      'node',
      '--conditions=development',
    ]);
  });

  it('leaves options without it unchanged, and a trailing --conditions alone', () => {
    expect(builtPackagesArgv([])).toEqual([]);
    expect(builtPackagesArgv(['--max-old-space-size=100', '--conditions'])).toEqual([
      '--max-old-space-size=100',
      '--conditions',
    ]);
  });
});

describe('builtTwin', () => {
  // A package of its own: package.json, a source module, and its build.
  const root = mkdtempSync(join(tmpdir(), 'landport-twin-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'package.json'), '{}');
  mkdirSync(join(root, 'src', 'batch'), { recursive: true });
  mkdirSync(join(root, 'dist', 'batch'), { recursive: true });
  const file = (path: string, at: number) => {
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), at, at);
    return pathToFileURL(join(root, path)).href;
  };

  it('maps <package>/src/<path>.ts to a current <package>/dist/<path>.js', () => {
    const source = file('src/batch/model.ts', 1000);
    const build = file('dist/batch/model.js', 2000);
    expect(builtTwin(source)).toBe(build);
  });

  it('is null for a build older than its source, a missing build, a module outside src/, or not .ts', () => {
    file('dist/batch/stale.js', 1000);
    expect(builtTwin(file('src/batch/stale.ts', 2000))).toBeNull();
    expect(builtTwin(file('src/batch/unbuilt.ts', 1000))).toBeNull();
    file('dist/tool.js', 2000);
    expect(builtTwin(file('tool.ts', 1000))).toBeNull();
    expect(builtTwin(file('src/batch/plain.js', 1000))).toBeNull();
    expect(builtTwin('https://example.org/src/model.ts')).toBeNull();
  });
});

describe('sourceThreads', () => {
  it('runs the CLI’s own model on the built worker, as its build, without the source condition', () => {
    const model = new URL('../border-replication.ts', import.meta.url).href;
    const start = sourceThreads(model);
    expect(start.filename).toMatch(/\/packages\/cli\/dist\/bundle\/worker\.js$/);
    expect(start.model).toBe(new URL('../../dist/border-replication.js', import.meta.url).href);
    expect(start.execArgv).not.toContain('@landport/source');
  });

  it('keeps tsx’s entry for a TypeScript model without a build, and the model as given', () => {
    const model = pathToFileURL(join(tmpdir(), 'my-model.ts')).href;
    expect(sourceThreads(model)).toMatchObject({
      filename: expect.stringMatching(/\/worker-source\.mjs$/),
      model,
    });
  });
});
