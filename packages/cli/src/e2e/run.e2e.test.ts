import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  differingFiles,
  ensureBuilt,
  FIXTURES,
  type LandportExit,
  landport,
  listTree,
  namedLandportCommands,
  REPRODUCIBLE_FILES,
  RESULT_FILES,
  removeFolder,
  scratchFolder,
} from './landport-process.js';

const MMC = join(FIXTURES, 'mmc.yaml');
// 12 replications of two days of M/M/c: enough work for both workers, well under a second each.
const RUN = ['run', MMC, '--replications', '12', '--seed', '7', '--set', 'stations.server.lanes=5'];
// The first run draws the charts, as `landport run` does by default; the others, which no test
// reads the charts of, skip them (about 1–2 CPU-s a run; write-report.test.ts checks the charts).

let dir: string;
/**
 * The commands of the tests, run one after another in one process (see landportCommands), started
 * in beforeAll; each test awaits its own. Not the reproduction from a manifest, whose arguments
 * come from the manifest of an earlier command.
 */
let exits: Record<'one' | 'two' | 'json' | 'progress' | 'quiet' | 'horgos', Promise<LandportExit>>;
beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('run');
  const at = (args: string[]) => ({ args, cwd: dir });
  exits = namedLandportCommands({
    one: at([...RUN, '--workers', '1', '--out', join(dir, 'one')]),
    two: at([...RUN, '--workers', '2', '--out', join(dir, 'two'), '--quiet', '--no-charts']),
    json: at([...RUN, '--workers', '2', '--out', join(dir, 'json'), '--json', '--no-charts']),
    progress: at([...RUN, '--replications', '2', '--out', join(dir, 'progress'), '--no-charts']),
    // Without --out, the folder is results/<scenario>-seed<seed> under the working folder.
    quiet: at([...RUN, '--replications', '2', '-q', '--no-charts']),
    horgos: at([
      'run',
      'horgos-2024',
      '-r',
      '2',
      '--horizon',
      '10d',
      '--warmup',
      '2d',
      '-q',
      '--no-charts',
      '--out',
      join(dir, 'horgos'),
    ]),
  });
});
afterAll(() => removeFolder(dir));

describe('landport run', () => {
  it('writes the results folder and prints the summary table, exit code 0', async () => {
    const out = join(dir, 'one');
    const result = await exits.one;
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    // The results themselves, and beside them (by default) the charts and the report.
    expect(listTree(out)).toEqual(
      expect.arrayContaining([...RESULT_FILES, 'report.html', 'charts/queues.png']),
    );
    expect(result.stdout).toMatch(/^12 replications\n/);
    expect(result.stdout).toMatch(/\nmetric\s+unit\s+mean\s+95% CI\s+n\n/);
    expect(result.stdout).toMatch(/station\.server\.waitHours\.mean\s+h\s+\S+\s+\[\S+, \S+\]\s+12\n/);
    expect(result.stdout).toContain(`results in ${out}`);

    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      schemaVersion: 1,
      scenario: { name: 'mmc' },
      seed: 7,
      replications: 12,
      shard: null,
      overrides: ['stations.server.lanes=5'],
    });
    expect(manifest.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);

    const rows = readFileSync(join(out, 'replications.csv'), 'utf8').trimEnd().split('\n');
    expect(rows).toHaveLength(13);
    expect(rows[0]).toMatch(/^replication,/);
    // Every metric's header names its unit: hours, vehicles a day, the currency of a cost.
    const header = rows[0]!.split(',');
    expect(header).toContain('station.server.waitHours.mean (h)');
    expect(header).toContain('throughputPerDay (vehicles/day)');
    expect(header).toContain('cost.total (USD)');
    expect(header.slice(1).filter((h) => !/ \([^()]+\)$/.test(h))).toEqual([]);
    expect(rows.slice(1).map((r) => Number(r.split(',')[0]))).toEqual([...Array(12).keys()]);

    const series = readFileSync(join(out, 'series.csv'), 'utf8').split('\n');
    expect(series[0]).toBe(
      'series,index,time (h),n,mean (vehicles),sd (vehicles),lower (vehicles),upper (vehicles),min (vehicles),max (vehicles)',
    );
    // Hourly points after the 4-hour warm-up of a 48-hour run: 44 per series, at hours 4, 5, ...
    expect(series.filter((l) => l.startsWith('inSystem,'))).toHaveLength(44);
    expect(series[1]).toMatch(/^inSystem,0,4,12,/);
    expect(series.some((l) => l.startsWith('station.server.waiting,43,47,12,'))).toBe(true);

    expect(readFileSync(join(out, 'replications.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(12);

    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.replications).toBe(12);
    expect(summary.metrics['station.server.waitHours.mean'].n).toBe(12);
  });

  it('writes byte-identical results with --workers 1 and --workers 2', async () => {
    const two = join(dir, 'two');
    await exits.one;
    const result = await exits.two;
    expect(result.code).toBe(0);
    expect(differingFiles(join(dir, 'one'), two, REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('--json prints the summary as JSON on stdout and nothing else', async () => {
    const out = join(dir, 'json');
    const result = await exits.json;
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    // --json implies --quiet: no progress lines either.
    expect(result.stderr).toBe('');
  });

  it('prints plain progress lines, no bar, when stderr is not a terminal; --quiet prints none', async () => {
    const result = await exits.progress;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^replications: 2 to run\n/);
    expect(result.stderr).toMatch(/replications: 2\/2 in \d+s \([\d.]+\/s\)\n$/);
    expect(result.stderr).not.toContain('\r');
    // Without --out, the folder is results/<scenario>-seed<seed> under the working folder.
    const quiet = await exits.quiet;
    expect(quiet.stderr).toBe('');
    expect(listTree(join(dir, 'results'))).toContain('mmc-seed7/summary.json');
  });

  it('runs a built-in scenario by name with --horizon and --warm-up recorded as overrides', async () => {
    const out = join(dir, 'horgos');
    const result = await exits.horgos;
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.scenario.name).toBe('horgos-2024');
    expect(manifest.overrides).toEqual(['calendar.horizon=10d', 'calendar.warmUp=2d']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    for (const name of ['throughputPerDay', 'station.kz-control.waitHours.p95', 'class.carrier.cost.total'])
      expect(summary.metrics).toHaveProperty([name]);
  });

  it('reproduces a folder byte for byte from its manifest alone', async () => {
    await exits.horgos;
    const manifest = JSON.parse(readFileSync(join(dir, 'horgos', 'manifest.json'), 'utf8'));
    const again = join(dir, 'reproduced');
    const args = ['run', manifest.scenario.name, '--seed', String(manifest.seed)];
    args.push('--replications', String(manifest.replications), '-q', '--no-charts', '--out', again);
    for (const override of manifest.overrides) args.push('--set', override);
    const result = await landport(args, dir);
    expect(result.code).toBe(0);
    expect(differingFiles(join(dir, 'horgos'), again, REPRODUCIBLE_FILES)).toEqual([]);
  });
});
