import { defineConfig } from 'vitest/config';

// Tests import sibling packages' TypeScript directly through the "@landport/source"
// export condition, so the suite needs no build step.
export default defineConfig({
  resolve: { conditions: ['@landport/source'] },
  ssr: { resolve: { conditions: ['@landport/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
