/**
 * Whether the built packages (`packages/<name>/dist`) are older than their TypeScript sources: the
 * end-to-end tests spawn the built CLI, so a stale build tests yesterday's code and passes or fails
 * for the wrong reason.
 *
 * The inputs of a build are read from its `dist/.tsbuildinfo` (every file tsc compiled for it), so
 * test files, which the builds exclude, never count. A source that is newer than the build info,
 * missing, or a build info that is missing, makes the build stale. The scenario files
 * (packages/scenarios/data) are read at run time from the source tree, never copied into a build,
 * so they cannot be stale.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is at packages/cli/src/e2e/). */
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The packages the CLI's build is made of, in build order (the root tsconfig's references). */
export const BUILT_PACKAGES = ['sim-core', 'scenario-format', 'scenarios', 'experiment', 'cli'] as const;

/** The entry of the CLI's bundle, which bin/landport.js runs when it is fresh (repository-relative). */
export const BUNDLE_ENTRY = 'packages/cli/dist/bundle/main.js';

/** Why a package's build is stale: the source (repository-relative) that is newer, or what is missing. */
export interface StaleBuild {
  readonly pkg: string;
  readonly reason: string;
}

/** The first package whose build is older than its sources, or null when every build is fresh. */
export function staleBuild(): StaleBuild | null {
  for (const pkg of BUILT_PACKAGES) {
    const reason = staleReason(join(REPO_ROOT, 'packages', pkg));
    if (reason !== null) return { pkg, reason };
  }
  const reason = staleBundleReason();
  return reason === null ? null : { pkg: 'cli', reason };
}

/**
 * Why the CLI's bundle (packages/cli/dist/bundle, scripts/bundle.mjs) is stale: missing, or older
 * than a build it is made from. bin/landport.js would then run dist/main.js instead, which is
 * correct but is not what `pnpm build` ships, so the tests would not test the bundle.
 */
function staleBundleReason(): string | null {
  const bundle = join(REPO_ROOT, BUNDLE_ENTRY);
  if (!existsSync(bundle)) return `${BUNDLE_ENTRY} has never been built`;
  const bundledAt = statSync(bundle).mtimeMs;
  for (const pkg of BUILT_PACKAGES) {
    const info = join(REPO_ROOT, 'packages', pkg, 'dist', '.tsbuildinfo');
    if (statSync(info).mtimeMs > bundledAt) return `packages/${pkg} was built after ${BUNDLE_ENTRY}`;
  }
  return null;
}

function staleReason(packageDir: string): string | null {
  const infoPath = join(packageDir, 'dist', '.tsbuildinfo');
  if (!existsSync(infoPath)) return `${relative(REPO_ROOT, packageDir)} has never been built`;
  const builtAt = statSync(infoPath).mtimeMs;
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as { fileNames?: string[] };
  const sourceDir = join(packageDir, 'src');
  for (const name of info.fileNames ?? []) {
    const path = resolve(dirname(infoPath), name);
    if (!path.startsWith(sourceDir)) continue; // lib and node_modules declarations
    const shown = relative(REPO_ROOT, path);
    if (!existsSync(path)) return `${shown} was removed since the last build`;
    if (statSync(path).mtimeMs > builtAt) return `${shown} changed since the last build`;
  }
  return null;
}
