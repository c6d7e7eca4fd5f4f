/**
 * The engine-bundle bench: `pnpm bench:engine-bundle [repository]` (builds, then about a second).
 * It bundles, as a web page would, a module that imports only `Simulation`, `Resource` and one
 * distribution (`Exponential`) from the built `@landport/sim-core`, with esbuild
 * `--bundle --minify --platform=browser --format=esm`, and prints the bundle's size in bytes and
 * gzipped bytes, with the input files that went in, as markdown for docs/performance.md, "Engine
 * bundle size". The repository defaults to this one; another checkout (built) can be given to
 * compare, e.g. the main branch before a change.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { markdownTable } from './markdown-table.js';

const REPO_ROOT = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '..' : '../..', import.meta.url));
const root = resolve(process.argv[2] ?? REPO_ROOT);
const ENGINE = join(root, 'packages/sim-core');

// The names are kept reachable (a page would use them), so minification cannot drop them. The
// second page, the border model alone on a scenario already validated, shows what the scenario
// format (zod, yaml) adds or not to a page that only runs the model.
const PAGES: readonly { readonly label: string; readonly text: string }[] = [
  {
    label: '`Simulation`, `Resource`, `Exponential` from `@landport/sim-core`',
    text: `import { Exponential, Resource, Simulation } from '@landport/sim-core';
globalThis.engine = { Simulation, Resource, Exponential };
`,
  },
  {
    label: '`runBorderReplication` from `@landport/sim-core/border`',
    text: `import { runBorderReplication } from '@landport/sim-core/border';
globalThis.engine = { runBorderReplication };
`,
  },
];

const dir = mkdtempSync(join(os.tmpdir(), 'landport-engine-bundle-'));
try {
  // The page's folder gets the engine as an installed package would be: a link to its folder.
  mkdirSync(join(dir, 'node_modules/@landport'), { recursive: true });
  symlinkSync(ENGINE, join(dir, 'node_modules/@landport/sim-core'), 'dir');
  const rows: string[][] = [];
  for (const [i, page] of PAGES.entries()) {
    const entry = join(dir, `page-${i}.mjs`);
    writeFileSync(entry, page.text);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'warning',
    });
    const code = result.outputFiles[0]!.contents;
    const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes('page-'));
    const packages = new Set(inputs.map((path) => packageOf(relative(root, resolve(path)))));
    rows.push([
      page.label,
      String(code.length),
      String(gzipSync(code, { level: 9 }).length),
      String(inputs.length),
      [...packages].sort().join(', '),
    ]);
  }
  process.stdout.write(
    `Browser bundles (esbuild --bundle --minify --platform=browser --format=esm) of ${root}\n\n`,
  );
  process.stdout.write(
    `${markdownTable(['page imports', 'bytes', 'gzip bytes', 'input files', 'packages'], rows, [false, true, true, true, false])}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The package a bundled file belongs to: `sim-core` for the engine's own files, else its npm name. */
function packageOf(path: string): string {
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules < 0) return path.split('/')[1] ?? path;
  const rest = path.slice(nodeModules + 'node_modules/'.length).split('/');
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
}
