/**
 * The experiment layer runs where the CLI and a web page both run: no Node built-ins, none of the
 * CLI's Node-only dependencies, and a browser bundle of its entry builds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(PACKAGE, 'src');
const NODE_ONLY = [
  'commander',
  'vega',
  'vega-embed',
  '@resvg/resvg-js',
  'bullmq',
  'ioredis',
  'tinypool',
  'cli-progress',
];

/** The package's source files that ship: everything but the tests and their helpers. */
function shippedSources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return shippedSources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('test-') ? [path] : [];
  });
}

/** Every module a file imports or re-exports, statically or dynamically. */
function importsOf(text: string): string[] {
  const specs = [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs;
}

describe('@landport/experiment', () => {
  it('imports no Node built-in and none of the CLI’s Node-only libraries', () => {
    const found = shippedSources().flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter(
          (spec) => spec.startsWith('node:') || NODE_ONLY.some((d) => spec === d || spec.startsWith(`${d}/`)),
        )
        .map((spec) => `${file.slice(SRC.length + 1)}: ${spec}`),
    );
    expect(found).toEqual([]);
    expect(shippedSources().length).toBeGreaterThan(50);
  });

  it('depends on none of them in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
    const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
    expect(dependencies.filter((d) => NODE_ONLY.includes(d) || d.startsWith('node:'))).toEqual([]);
  });

  it('bundles for a browser from its entry, sources of its sibling packages included', async () => {
    const result = await build({
      entryPoints: [join(SRC, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      conditions: ['@landport/source'],
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.endsWith('experiment/src/report/throughput-chart.ts'))).toBe(true);
  });
});
