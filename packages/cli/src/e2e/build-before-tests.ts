/**
 * Vitest global setup (vitest.config.ts): rebuilds the packages once per test run, before any test
 * file starts, if a source is newer than its build. The end-to-end tests spawn the built CLI, and
 * building here, once, rather than in each test file, keeps parallel test files from racing to
 * write the same dist/ folders.
 *
 * `tsc -b` is incremental: when only a test file changed it merely refreshes timestamps. Type
 * errors do not stop the run (tsc still emits, and the unit tests do not need the build); they
 * are printed, and `pnpm build` in CI fails on them.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { staleBuild } from './build-freshness.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export default function buildBeforeTests(): void {
  const stale = staleBuild();
  if (stale === null) return;
  process.stderr.write(
    `landport tests: ${stale.reason}; running pnpm build (tsc -b, then the bundle) once before the tests\n`,
  );
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-b'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(
      `${build.stdout}${build.stderr}landport tests: tsc -b reported the errors above (exit ${build.status}); ` +
        'the end-to-end tests run what it emitted\n',
    );
  }
  // The second step of `pnpm build`: the bundle that bin/landport.js runs.
  const bundle = spawnSync(process.execPath, ['packages/cli/scripts/bundle.mjs'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (bundle.status !== 0) {
    process.stderr.write(
      `${bundle.stdout}${bundle.stderr}landport tests: bundling the CLI failed (exit ${bundle.status}); ` +
        'the end-to-end tests run dist/main.js\n',
    );
  }
}
