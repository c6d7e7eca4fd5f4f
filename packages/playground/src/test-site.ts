/**
 * Test support (not part of the site): builds the playground when its build is older than its
 * sources, as `ensureBuilt` does for the CLI, so that the browser test always drives today's code
 * and `pnpm test` needs no separate build step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
const PACKAGES = join(PACKAGE, '..');

/** The built site's folder. */
export const SITE = join(PACKAGE, 'dist');

/** What the site is built from: its own files and the sibling sources Vite bundles. */
const INPUTS = [
  join(PACKAGE, 'index.html'),
  join(PACKAGE, 'vite.config.ts'),
  join(PACKAGE, 'classic-scripts-plugin.ts'),
  join(PACKAGE, 'src'),
  join(PACKAGES, 'sim-core', 'src'),
  join(PACKAGES, 'scenario-format', 'src'),
  join(PACKAGES, 'experiment', 'src'),
  join(PACKAGES, 'scenarios', 'src'),
  join(PACKAGES, 'scenarios', 'data'),
];

/** Builds the site (vite build) unless dist/ is newer than every input; throws with Vite's output on failure. */
export function ensureSiteBuilt(): void {
  const index = join(SITE, 'index.html');
  if (existsSync(index) && newestInput() < statSync(index).mtimeMs) return;
  const vite = join(PACKAGE, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: PACKAGE,
    encoding: 'utf8',
  });
  if (build.status !== 0)
    throw new Error(`vite build failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
}

function newestInput(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (!name.endsWith('.test.ts')) visit(join(path, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of INPUTS) if (existsSync(input)) visit(input);
  return newest;
}
