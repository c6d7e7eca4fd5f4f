#!/usr/bin/env node
import { statSync } from 'node:fs';

/**
 * The bundle (dist/bundle, made by `pnpm build`: see scripts/bundle.mjs) starts in about half the
 * time of dist/main.js and runs the same code. It is used only when it is newer than every build
 * it was made from, so that after a plain `tsc -b` the current code runs, only slower.
 */
function bundleIsFresh() {
  const bundledAt = modifiedAt(new URL('../dist/bundle/main.js', import.meta.url));
  if (bundledAt === null) return false;
  // The sibling packages by path, not by import.meta.resolve: resolving a package name costs
  // ~5 ms that nothing else in `--help` or `validate` pays (they import no package by name).
  // Installed, ../../sim-core is node_modules/@landport/sim-core, which ships no build info.
  const builds = [
    new URL('../dist/.tsbuildinfo', import.meta.url),
    new URL('../../sim-core/dist/.tsbuildinfo', import.meta.url),
    new URL('../../scenario-format/dist/.tsbuildinfo', import.meta.url),
    new URL('../../scenarios/dist/.tsbuildinfo', import.meta.url),
    new URL('../../experiment/dist/.tsbuildinfo', import.meta.url),
  ];
  // A build info that is absent (an installed package) cannot be newer.
  return builds.every((url) => (modifiedAt(url) ?? 0) <= bundledAt);
}

function modifiedAt(url) {
  return statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? null;
}

// A reader that stops early (`landport run --help | head`) closes the pipe: the rest of the output
// is not wanted, so stop quietly, as other command-line tools do, rather than with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await import(bundleIsFresh() ? '../dist/bundle/main.js' : '../dist/main.js');
process.exitCode = await main(process.argv);
