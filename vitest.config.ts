import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The pure unit tests: no child process, no worker thread, no server, no global mutated. They
 * share one worker and its module cache (`isolate: false`), so each file no longer pays a fresh
 * fork and a fresh import of its package and of fast-check (docs/performance.md, "Test suite").
 * A file that mutates global state (process.env, timers, module mocks, process.chdir) belongs in
 * the isolated project below: run this project with `--sequence.shuffle` to catch one.
 */
const SHARED_MODULE_TESTS = [
  'packages/sim-core/src/**/*.test.ts',
  'packages/scenario-format/src/**/*.test.ts',
  'packages/scenarios/src/**/*.test.ts',
  'packages/experiment/src/**/*.test.ts',
];

/**
 * Among those, the files that must stay isolated. parse-limits nests YAML 5,000 levels deep and
 * expects the reader to run out of stack: whether it does depends on the stack and on how far the
 * reader's functions are optimised, which the files run before it in a shared worker change
 * (it failed in one shuffled order out of two).
 */
const STACK_DEPTH_TESTS = ['packages/scenario-format/src/parse-limits.test.ts'];

// Tests import sibling packages' TypeScript directly through the "@landport/source"
// export condition, so the unit tests need no build step; the end-to-end tests, which spawn the
// built CLI, get one from the global setup.
export default defineConfig({
  resolve: { conditions: ['@landport/source'] },
  ssr: { resolve: { conditions: ['@landport/source'] } },
  test: {
    // Two test files at a time, one a core. Without this, vitest runs availableParallelism() − 1
    // files at once: one on a 2-core machine, which left the second core idle while an end-to-end
    // file waited on the processes it spawned (docs/performance.md, "Test suite").
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared-modules',
          include: SHARED_MODULE_TESTS,
          exclude: [...configDefaults.exclude, ...STACK_DEPTH_TESTS],
          isolate: false,
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SHARED_MODULE_TESTS],
          // The end-to-end tests spawn the built CLI: rebuild once, before every test file, if a
          // source is newer than its build (incremental tsc -b; nothing to do when the build is fresh).
          globalSetup: ['packages/cli/src/e2e/build-before-tests.ts'],
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: { name: 'isolated-unit', include: STACK_DEPTH_TESTS, pool: 'forks' },
      },
    ],
  },
});
