import { defineConfig } from 'vitest/config';

// Tests import sibling packages' TypeScript directly through the "@landport/source"
// export condition, so the unit tests need no build step; the end-to-end tests, which spawn the
// built CLI, get one from the global setup.
export default defineConfig({
  resolve: { conditions: ['@landport/source'] },
  ssr: { resolve: { conditions: ['@landport/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests spawn the built CLI: rebuild once, before every test file, if a source
    // is newer than its build (incremental tsc -b; nothing to do when the build is fresh).
    globalSetup: ['packages/cli/src/e2e/build-before-tests.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
