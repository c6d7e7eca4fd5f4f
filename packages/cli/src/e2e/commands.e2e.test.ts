import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  differingFiles,
  ensureBuilt,
  FIXTURES,
  type LandportCommand,
  type LandportExit,
  listTree,
  namedLandportCommands,
  REPO_ROOT,
  REPRODUCIBLE_FILES,
  RESULT_FILES,
  removeFolder,
  scratchFolder,
} from './landport-process.js';

const MMC = join(FIXTURES, 'mmc.yaml');
const COMMANDS = ['run', 'compare', 'sweep', 'size', 'scenarios', 'validate', 'merge'];
const COMPARE = ['-r', '8', '--seed', '5', '--set-a', 'stations.server.lanes=5', '--set-b'];
const SIZE = ['size', MMC, '--station', 'server', '--target', 'mean wait < 1min', '--horizon', '5d'];
// compare, sweep and size draw their charts, as by default; the other commands, whose charts no
// test reads, skip them (a run's cost about 1.5 CPU-s; report-browser.test.ts checks the reports).

/**
 * Every command of this file, run one after another in one process (see landportCommands) from
 * beforeAll, in the order of the tests: each test awaits the exits of its own commands.
 */
function commandsOf(dir: string) {
  const at = (args: string[], cwd = dir): LandportCommand => ({ args, cwd });
  const help = Object.fromEntries(
    COMMANDS.map((command) => [`help ${command}`, at([command, '--help'])]),
  ) as Record<`help ${string}`, LandportCommand>;
  return {
    compare: at([
      'compare',
      MMC,
      MMC,
      ...COMPARE,
      'stations.server.lanes=6',
      '-q',
      '--out',
      join(dir, 'compare'),
    ]),
    'compare A as run': at([
      'run',
      MMC,
      '-r',
      '8',
      '--seed',
      '5',
      '--set',
      'stations.server.lanes=5',
      '-q',
      '--no-charts',
      '--out',
      join(dir, 'compare-a-as-run'),
    ]),
    'compare --json': at([
      'compare',
      MMC,
      MMC,
      ...COMPARE,
      'stations.server.lanes=6',
      '--json',
      '--no-charts',
      '--out',
      join(dir, 'compare-json'),
    ]),
    sweep: at([
      'sweep',
      MMC,
      '--param',
      'stations.server.lanes=5,6,7',
      '-r',
      '4',
      '-q',
      '--out',
      join(dir, 'sweep'),
    ]),
    'sweep point as run': at([
      'run',
      MMC,
      '-r',
      '4',
      '--set',
      'stations.server.lanes=6',
      '-q',
      '--no-charts',
      '--out',
      join(dir, 'sweep-point-as-run'),
    ]),
    'sweep grid': at([
      'sweep',
      MMC,
      '-p',
      'stations.server.lanes=5,6',
      '-p',
      'classes.customers.arrivals.rate.perMinute=0.8,1',
      '-r',
      '2',
      '--json',
      '--no-charts',
      '--out',
      join(dir, 'sweep-grid'),
    ]),
    size: at([...SIZE, '--initial', '5', '--step', '5', '--out', join(dir, 'size')]),
    'size up': at([
      ...SIZE,
      '--set',
      'stations.server.lanes=5',
      '--initial',
      '3',
      '--step',
      '3',
      '--max-replications',
      '9',
      '--json',
      '--no-charts',
      '--out',
      join(dir, 'size-up'),
    ]),
    scenarios: at(['scenarios']),
    'scenarios --json': at(['scenarios', '--json']),
    'scenarios horgos-2024': at(['scenarios', 'horgos-2024']),
    'scenarios horgos-2024 --json': at(['scenarios', 'horgos-2024', '--json']),
    validate: at(['validate', MMC], join(dir, 'validate')),
    ...help,
    help: at(['--help']),
    version: at(['--version']),
  };
}

let dir: string;
let exits: Record<string, Promise<LandportExit>>;
/** The exit of this file's command `name` (see {@link commandsOf}). */
const landportExit = (name: string): Promise<LandportExit> => {
  const exit = exits[name];
  if (exit === undefined) throw new Error(`no command named ${name}`);
  return exit;
};

beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('commands');
  // validate must run in an empty folder, to show it writes nothing.
  mkdirSync(join(dir, 'validate'));
  exits = namedLandportCommands(commandsOf(dir));
});
afterAll(() => removeFolder(dir));

/** One column of a replications.csv, by metric name (its header is the name and its unit). */
function column(folder: string, metric: string): number[] {
  const [header, ...rows] = readFileSync(join(folder, 'replications.csv'), 'utf8').trimEnd().split('\n');
  const k = header!.split(',').findIndex((h) => h.split(' (')[0] === metric);
  expect(k).toBeGreaterThan(0);
  return rows.map((row) => Number(row.split(',')[k]));
}

/**
 * Erlang C mean wait in queue of M/M/c with arrival rate `lambda` and service rate `mu`:
 * Wq = C(c, a) / (cμ − λ), a = λ/μ, C the probability of waiting.
 */
function erlangCWait(c: number, lambda: number, mu: number): number {
  const a = lambda / mu;
  if (a >= c) return Number.POSITIVE_INFINITY;
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const tail = term / (1 - a / c);
  return tail / (sum + tail) / (c * mu - lambda);
}

describe('landport compare', () => {
  const out = () => join(dir, 'compare');

  it('runs A and B on common random numbers and writes comparison.json with paired differences', async () => {
    const result = await landportExit('compare');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^8 paired replications \(common random numbers\)\n/);
    expect(result.stdout).toMatch(/metric\s+A: mmc\s+B: mmc\s+A − B\s+95% CI of A − B/);
    expect(listTree(out())).toEqual(
      expect.arrayContaining([
        'comparison.json',
        'report.html',
        ...RESULT_FILES.flatMap((f) => [`a/${f}`, `b/${f}`]),
      ]),
    );

    const comparison = JSON.parse(readFileSync(join(out(), 'comparison.json'), 'utf8'));
    expect(comparison).toMatchObject({ schemaVersion: 1, replications: 8, level: 0.95 });
    const wait = comparison.metrics['station.server.waitHours.mean'];
    const a = column(join(out(), 'a'), 'station.server.waitHours.mean');
    const b = column(join(out(), 'b'), 'station.server.waitHours.mean');
    const differences = a.map((x, i) => x - b[i]!);
    const mean = differences.reduce((s, d) => s + d, 0) / differences.length;
    // Two summation orders of the same 8 doubles agree to a few ulps.
    expect(wait.difference).toBeCloseTo(mean, 14);
    expect(wait.lower).toBeCloseTo(wait.difference - wait.halfWidth, 14);
    // 5 lanes wait far longer than 6 (Erlang C: 2.2 against 0.57 minutes): the interval excludes 0.
    expect(wait.lower).toBeGreaterThan(0);
    // Common random numbers: both runs see the very same arrivals, so their difference is exactly 0.
    expect(comparison.metrics['class.customers.arrived']).toMatchObject({ difference: 0, sd: 0 });
    expect(wait.correlation).toBeGreaterThan(0);
  });

  it("leaves in a/ exactly the results of 'landport run' of A", async () => {
    const run = join(dir, 'compare-a-as-run');
    await landportExit('compare');
    const result = await landportExit('compare A as run');
    expect(result.code).toBe(0);
    expect(differingFiles(run, join(out(), 'a'), REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('--json prints comparison.json on stdout and nothing else', async () => {
    const json = join(dir, 'compare-json');
    const result = await landportExit('compare --json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(readFileSync(join(json, 'comparison.json'), 'utf8')),
    );
  });
});

describe('landport sweep', () => {
  it('writes one results folder per point, sweep.json and sweep.csv', async () => {
    const out = join(dir, 'sweep');
    const result = await landportExit('sweep');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^stations\.server\.lanes\s+throughputPerDay\s+station\.server\.waitHours\.p95/,
    );
    const points = ['server.lanes=5', 'server.lanes=6', 'server.lanes=7'];
    expect(listTree(out).filter((p) => /^[^/]+=[^/]+\/$/.test(p))).toEqual(points.map((p) => `${p}/`));
    for (const p of points) expect(listTree(join(out, p))).toEqual(expect.arrayContaining([...RESULT_FILES]));
    expect(listTree(out)).toContain('report.html');

    const sweep = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
    expect(sweep).toMatchObject({ schemaVersion: 1, params: ['stations.server.lanes'], replications: 4 });
    expect(sweep.points.map((p: { values: object }) => p.values)).toEqual([
      { 'stations.server.lanes': '5' },
      { 'stations.server.lanes': '6' },
      { 'stations.server.lanes': '7' },
    ]);
    // More lanes, shorter waits (Erlang C: 2.2, 0.57, 0.18 minutes), far beyond the noise.
    const waits = sweep.points.map(
      (p: { summary: { metrics: Record<string, { mean: number }> } }) =>
        p.summary.metrics['station.server.waitHours.mean']!.mean,
    );
    expect(waits[0]).toBeGreaterThan(waits[1]);
    expect(waits[1]).toBeGreaterThan(waits[2]);

    const csv = readFileSync(join(out, 'sweep.csv'), 'utf8').trimEnd().split('\n');
    expect(csv).toHaveLength(4);
    const header = csv[0]!.split(',');
    expect(header[0]).toBe('stations.server.lanes');
    const k = header.indexOf('station.server.waitHours.mean.mean (h)');
    expect(csv.slice(1).map((row) => Number(row.split(',')[k]))).toEqual(waits);
  });

  it("gives at each point exactly the results of 'landport run' with that value", async () => {
    const run = join(dir, 'sweep-point-as-run');
    await landportExit('sweep');
    expect((await landportExit('sweep point as run')).code).toBe(0);
    expect(differingFiles(run, join(dir, 'sweep', 'server.lanes=6'), REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('sweeps a grid of two parameters, --json on stdout only', async () => {
    const out = join(dir, 'sweep-grid');
    const result = await landportExit('sweep grid');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const sweep = JSON.parse(result.stdout);
    expect(sweep.points.map((p: { folder: string }) => p.folder)).toEqual(
      [
        'server.lanes=5,rate.perMinute=0.8',
        'server.lanes=5,rate.perMinute=1',
        'server.lanes=6,rate.perMinute=0.8',
        'server.lanes=6,rate.perMinute=1',
      ].map((p) => join(out, p)),
    );
    expect(readFileSync(join(out, 'sweep.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('landport size', () => {
  // Offered load 4 erlangs (1 arrival a minute, 4-minute service): Erlang C says 6 lanes.
  const waits = [5, 6, 7, 8].map((c) => erlangCWait(c, 1, 1 / 4));

  it('Erlang C puts the answer at 6 lanes, with a wide margin either side of 1 minute', () => {
    expect(waits.map((w) => Number(w.toFixed(2)))).toEqual([2.22, 0.57, 0.18, 0.06]);
  });

  it('finds the smallest lane count meeting the target and prints the curve', async () => {
    const out = join(dir, 'size');
    const result = await landportExit('size');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('smallest lane count meeting the target: 6\n');
    expect(result.stdout).toMatch(/station\.server\.waitHours\.mean against lanes \(target mean wait < 1min/);
    expect(listTree(out)).toEqual(expect.arrayContaining(['size.json', 'report.html']));
    const size = JSON.parse(readFileSync(join(out, 'size.json'), 'utf8'));
    expect(size).toMatchObject({ schemaVersion: 1, station: 'server', lanes: 6, level: 0.95 });
    expect(size.target).toEqual({
      metric: 'station.server.waitHours.mean',
      op: '<',
      value: 1 / 60,
      text: 'mean wait < 1min',
    });
    // The search starts at the scenario's 8 lanes and goes down until the target is missed.
    expect(size.curve.map((p: { lanes: number; verdict: string }) => [p.lanes, p.verdict])).toEqual([
      [5, 'fails'],
      [6, 'meets'],
      [7, 'meets'],
      [8, 'meets'],
    ]);
    // Each interval brackets its mean, and is decided: wholly below or wholly above 1 minute.
    for (const p of size.curve) {
      expect(p.lower).toBeLessThan(p.mean);
      expect(p.upper).toBeGreaterThan(p.mean);
      expect(p.verdict === 'meets' ? p.upper < 1 / 60 : p.lower >= 1 / 60).toBe(true);
    }
  });

  it('searches upwards from too few lanes, adding replications while the decision is unclear', async () => {
    const out = join(dir, 'size-up');
    const result = await landportExit('size up');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const size = JSON.parse(result.stdout);
    expect(size).toEqual(JSON.parse(readFileSync(join(out, 'size.json'), 'utf8')));
    expect(size.lanes).toBe(6);
    expect(size.curve.map((p: { lanes: number }) => p.lanes)).toEqual([5, 6]);
    for (const p of size.curve) {
      // Sequential: 3, 6 or 9 replications; only the cap may end undecided.
      expect([3, 6, 9]).toContain(p.replications);
      if (p.verdict === 'unclear') expect(p.replications).toBe(9);
    }
  });
});

describe('landport scenarios and validate', () => {
  it('lists the built-in scenarios, and --json gives them as data', async () => {
    const [text, json] = await Promise.all([landportExit('scenarios'), landportExit('scenarios --json')]);
    expect(text.code).toBe(0);
    const names = [
      'horgos-2023',
      'horgos-2024',
      'horgos-2025',
      'horgos-2023-2024',
      'kashgar-2023',
      'kashgar-2024',
    ];
    for (const name of names) expect(text.stdout).toMatch(new RegExp(`^${name}\\s+.+\\(\\d+ days\\)$`, 'm'));
    const list = JSON.parse(json.stdout);
    expect(list.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(names));
    expect(list.find((s: { name: string }) => s.name === 'horgos-2024').days).toBe(366);
  });

  it('shows one scenario: its file with sources, or with --json the validated scenario', async () => {
    const [text, json] = await Promise.all([
      landportExit('scenarios horgos-2024'),
      landportExit('scenarios horgos-2024 --json'),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^sources:/m);
    const scenario = JSON.parse(json.stdout);
    expect(scenario.calendar.horizon).toBe(366 * 1440);
    expect(scenario.stations.map((s: { id: string }) => s.id)).toContain('kz-control');
  });

  it('validate accepts a good file, says what it holds, and runs nothing', async () => {
    const cwd = join(dir, 'validate');
    const result = await landportExit('validate');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${MMC}: valid (M/M/c test queue): 0 sides, 1 stations, 1 vehicle classes, 0 shocks, horizon 2 days\n`,
    );
    expect(listTree(cwd)).toEqual([]);
  });
});

describe('help and version', () => {
  it.each(COMMANDS)('landport %s --help shows the options and an example', async (command) => {
    const result = await landportExit(`help ${command}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: landport ${command} `));
    expect(result.stdout).toMatch(new RegExp(`\\nExamples?:\\n(  .*\\n)*  landport ${command}\\b`));
  });

  it('landport --help lists every command; --version prints the package version', async () => {
    const [help, version] = await Promise.all([landportExit('help'), landportExit('version')]);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8'));
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });
});
