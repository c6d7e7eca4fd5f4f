/**
 * What `landport --help` and `landport validate` load (issue 15: they start in at most 0.3 s because
 * they load no charting, queue or simulation code; the time itself is a benchmark,
 * `pnpm bench:startup`, never a test). The built binary runs with scripts/loaded-modules.mjs, which
 * lists every file Node loads; a file of the bundle stands for the modules esbuild put in it
 * (dist/bundle/metafile.json), so that the lists name modules whether they are bundled or not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, LANDPORT_BIN, REPO_ROOT } from './landport-process.js';
import { loggedFiles, moduleLogEnv } from './module-log.js';

const CLI_DIR = join(REPO_ROOT, 'packages/cli');
const BUNDLE_DIR = join(CLI_DIR, 'dist/bundle');

/** Modules that only drawing, queueing or simulating need, and what each pattern stands for. */
const NOT_AT_START: readonly [string, RegExp][] = [
  ['vega, vega-lite, vega-embed', /\/node_modules\/vega[^/]*\//],
  ['resvg', /\/node_modules\/@resvg\//],
  ['bullmq, ioredis', /\/node_modules\/(bullmq|ioredis)\//],
  ['tinypool (worker threads)', /\/node_modules\/tinypool\//],
  ['the charts and report', /\/packages\/(cli|experiment)\/dist\/report\//],
  // The cost estimate of `validate` (run-cost*.js) is arithmetic on the scenario, and it uses
  // the names of the cost components (cost-ledger.js); the rest of the model, and the engine, simulate.
  [
    'the border model',
    /\/packages\/sim-core\/dist\/border\/model\/(?!(run-cost|run-cost-flows|cost-ledger)\.js$)/,
  ],
  ['the engine', /\/packages\/sim-core\/dist\/(simulation|process|resource)\.js$/],
  // How many worker threads a run repays: only a command that starts them asks.
  ['the threads for the work', /\/packages\/experiment\/dist\/batch\/workers-for-work\.js$/],
  // Built once at load, with the first number formatted through ICU (~20 ms): only reports need them.
  [
    'the calibration targets',
    /\/packages\/scenarios\/dist\/(calibration-targets|horgos-targets|kashgar-targets)\.js$/,
  ],
];

let dir: string;
let chunkInputs: Map<string, string[]>;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'landport-e2e-startup-'));
  const meta = JSON.parse(readFileSync(join(BUNDLE_DIR, 'metafile.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  // A module of which nothing is in a file (a re-export list, or code esbuild found unused) is not
  // loaded with it.
  chunkInputs = new Map(
    Object.entries(meta.outputs).map(([file, output]) => [
      resolve(CLI_DIR, file),
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([input]) => resolve(CLI_DIR, input)),
    ]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files Node loaded for `landport ...args`, with each bundle file replaced by its modules. */
function modulesLoadedBy(args: readonly string[]): { files: string[]; modules: string[] } {
  const log = join(dir, `${args[0]}.log`);
  const run = spawnSync(process.execPath, [LANDPORT_BIN, ...args], {
    cwd: dir,
    env: { ...process.env, ...moduleLogEnv(log), NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const files = [...new Set(loggedFiles(log))];
  return { files, modules: files.flatMap((file) => chunkInputs.get(file) ?? [file]) };
}

function startUpLoads(modules: readonly string[]): string[] {
  return NOT_AT_START.filter(([, pattern]) => modules.some((m) => pattern.test(m))).map(([what]) => what);
}

describe('start-up', () => {
  it('--help loads only the command declarations: no action, parser, charting, queue or model', () => {
    const { files, modules } = modulesLoadedBy(['--help']);
    // The bundle ran (what `pnpm build` ships), not the dist/main.js fallback.
    expect(files).toContain(join(BUNDLE_DIR, 'main.js'));
    expect(modules).toContain(join(CLI_DIR, 'dist/commands/validate.js'));
    expect(modules).not.toContain(join(CLI_DIR, 'dist/commands/validate-action.js'));
    expect(modules.filter((m) => /\/node_modules\/(zod|yaml)\//.test(m))).toEqual([]);
    expect(startUpLoads(modules)).toEqual([]);
  });

  it('validate loads the scenario parser but no charting, queue or simulation', () => {
    const { modules } = modulesLoadedBy(['validate', join(FIXTURES, 'mmc.yaml')]);
    expect(modules).toContain(join(CLI_DIR, 'dist/commands/validate-action.js'));
    expect(modules).toContain(join(REPO_ROOT, 'packages/scenario-format/dist/parse.js'));
    expect(modules).toContain(join(REPO_ROOT, 'packages/sim-core/dist/border/model/run-cost.js'));
    expect(startUpLoads(modules)).toEqual([]);
  });

  it('run --no-charts loads no Vega or resvg, and its worker threads load the bundle', () => {
    const out = join(dir, 'run-no-charts');
    const args = ['-r', '1', '-w', '1', '--horizon', '1d', '--quiet', '--no-charts', '--out', out];
    const { files, modules } = modulesLoadedBy(['run', join(FIXTURES, 'mmc.yaml'), ...args]);
    // The workers' entry and model come from the bundle (scripts/bundle.mjs, WORKER_ENTRIES), and
    // no thread reads a workspace package's files one by one.
    expect(files).toEqual(
      expect.arrayContaining([join(BUNDLE_DIR, 'worker.js'), join(BUNDLE_DIR, 'border-replication.js')]),
    );
    expect(files.filter((file) => /\/packages\/[^/]+\/dist\/(?!bundle\/)/.test(file))).toEqual([]);
    const loads = startUpLoads(modules);
    expect(loads).toEqual(expect.arrayContaining(['tinypool (worker threads)', 'the border model']));
    expect(loads).not.toContain('vega, vega-lite, vega-embed');
    expect(loads).not.toContain('resvg');
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toContain('"replications": 1');
  });

  it('the patterns recognise what `run` loads, so that an empty list above means something', () => {
    const out = join(dir, 'run');
    const { modules } = modulesLoadedBy([
      'run',
      join(FIXTURES, 'mmc.yaml'),
      '-r',
      '1',
      '-w',
      '1',
      '--horizon',
      '1d',
      '--quiet',
      '--out',
      out,
    ]);
    expect(startUpLoads(modules)).toEqual([
      'vega, vega-lite, vega-embed',
      'resvg',
      'tinypool (worker threads)',
      'the charts and report',
      'the border model',
      'the engine',
      'the threads for the work',
      'the calibration targets',
    ]);
  });
});
