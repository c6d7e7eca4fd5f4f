import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The CLI's own pure unit tests (encodings, the log index, chart specs, option parsing): no child
 * process, worker, browser, server, environment variable, mock or spy. Isolated, each paid a fork
 * and a fresh import of the CLI's modules (vega-lite among them) for tests of a few milliseconds:
 * these files (31 at first) took 39 s on their own, nearly all of it importing. Listed one by one,
 * since most CLI test files do spawn the CLI; a new pure test file can be added here.
 */
const CLI_UNIT_TESTS = [
  'packages/cli/src/batch/atomic-write.test.ts',
  'packages/cli/src/batch/base85.test.ts',
  'packages/cli/src/batch/byte-shuffle.test.ts',
  'packages/cli/src/batch/file-system-error.test.ts',
  'packages/cli/src/batch/inlining-budget.test.ts',
  'packages/cli/src/batch/integer-tables.test.ts',
  'packages/cli/src/batch/log-index.test.ts',
  'packages/cli/src/batch/manifest.test.ts',
  'packages/cli/src/batch/outputs.test.ts',
  'packages/cli/src/batch/replication-line.test.ts',
  'packages/cli/src/batch/rice-code.test.ts',
  'packages/cli/src/batch/table-predictors.test.ts',
  'packages/cli/src/batch/write-fully.test.ts',
  'packages/cli/src/batch/zigzag-varint.test.ts',
  'packages/cli/src/daily-outputs.test.ts',
  'packages/cli/src/options.test.ts',
  'packages/cli/src/queue/batch-id.test.ts',
  'packages/cli/src/queue/batch-spec.test.ts',
  'packages/cli/src/queue/failed-jobs-error.test.ts',
  'packages/cli/src/queue/packed-output.test.ts',
  'packages/cli/src/queue/redis-errors.test.ts',
  'packages/cli/src/queue/redis-url.test.ts',
  'packages/cli/src/report/comparison-chart.test.ts',
  'packages/cli/src/report/daily-clearances-chart.test.ts',
  'packages/cli/src/report/json-schema-validator.test.ts',
  'packages/cli/src/report/many-way-report.test.ts',
  'packages/cli/src/report/report-html.test.ts',
  'packages/cli/src/report/scenario-record.test.ts',
  'packages/cli/src/report/size-chart.test.ts',
  'packages/cli/src/report/summary-tables.test.ts',
  'packages/cli/src/report/sweep-chart.test.ts',
  'packages/cli/src/report/throughput-chart.test.ts',
  'packages/cli/src/report/tornado-chart.test.ts',
  'packages/cli/src/run-cost-guard.test.ts',
  'packages/cli/src/worker-count.test.ts',
];

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
  'examples/markdown-fences.test.ts',
  'examples/markdown-links.test.ts',
  ...CLI_UNIT_TESTS,
];

/**
 * Among those, the files that must stay isolated. parse-limits nests YAML 5,000 levels deep and
 * expects the reader to run out of stack: whether it does depends on the stack and on how far the
 * reader's functions are optimised, which the files run before it in a shared worker change
 * (it failed in one shuffled order out of two).
 */
const STACK_DEPTH_TESTS = ['packages/scenario-format/src/parse-limits.test.ts'];

/**
 * Files that change what belongs to the whole process, which the worker threads share: they run
 * in a process of their own. results-folder calls process.chdir, which a worker thread may not;
 * font-files sets the font folder's environment variable, which a chart drawn at that moment by
 * another file's thread would read. Every other isolated file runs in a worker thread of its own,
 * which starts for less than a forked process (about 0.2 CPU-s less a file on two cores;
 * docs/performance.md, "Test suite").
 */
const PROCESS_TESTS = [
  'packages/cli/src/batch/results-folder.test.ts',
  'packages/cli/src/report/font-files.test.ts',
];

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
          exclude: [...configDefaults.exclude, ...SHARED_MODULE_TESTS, ...PROCESS_TESTS],
          // The end-to-end tests spawn the built CLI: rebuild once, before every test file, if a
          // source is newer than its build (incremental tsc -b; nothing to do when the build is fresh).
          globalSetup: ['packages/cli/src/e2e/build-before-tests.ts'],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: { name: 'isolated-unit', include: [...STACK_DEPTH_TESTS, ...PROCESS_TESTS], pool: 'forks' },
      },
    ],
  },
});
