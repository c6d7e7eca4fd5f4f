import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, runBorderReplicationTask, stringifyLossless } from '@landport/experiment';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioText } from '../../scenarios/src/registry.js';
import { type PageRun, replicationsCsv, runSummary } from './run-results.js';
import { prepareScenario } from './scenario-changes.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const OVERRIDES = ['calendar.horizon=20d', 'stations.kz-control.lanes=8'];
const work = mkdtempSync(join(tmpdir(), 'landport-playground-node-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The page's own code path (scenario and overrides, the worker's task, the summary, the CSV), run
// in Node: byte for byte what the CLI writes. The browser test (playground.e2e.test.ts) asserts the
// same in Chromium: sim-core computes its elementary functions itself, so no engine's Math library
// can change a last bit.
describe('the page’s computation, run in Node', () => {
  it('gives `landport run --json`, summary.json and replications.csv byte for byte', () => {
    const prepared = prepareScenario(scenarioText('horgos-2024'), 'horgos-2024.yaml', OVERRIDES);
    if (!prepared.ok) throw new Error(prepared.message);
    // Replications finish in any order in the page; they are kept by index.
    const outputs = new Array(3);
    for (const i of [2, 0, 1])
      outputs[i] = runBorderReplicationTask({ scenario: prepared.scenario, seed: 'harbour', replication: i });
    const run: PageRun = {
      name: 'horgos-2024',
      scenario: prepared.scenario,
      sources: {},
      seed: 'harbour',
      overrides: OVERRIDES,
      outputs,
    };
    const folder = join(work, 'cli');
    const args = [
      'run',
      'horgos-2024',
      ...OVERRIDES.flatMap((o) => ['--set', o]),
      '--seed',
      'harbour',
      '-r',
      '3',
    ];
    const cli = spawnSync(
      process.execPath,
      [join(REPO, 'packages/cli/bin/landport.js'), ...args, '--json', '--no-charts', '-o', folder],
      {
        encoding: 'utf8',
      },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const summary = runSummary(run);
    expect(`${stringifyLossless(summary)}\n`).toBe(cli.stdout);
    expect(formatSummary(summary)).toBe(readFileSync(join(folder, 'summary.json'), 'utf8'));
    expect(replicationsCsv(run)).toBe(readFileSync(join(folder, 'replications.csv'), 'utf8'));
  });
});
