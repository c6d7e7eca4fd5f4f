import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  FIXTURES,
  type LandportExit,
  namedLandportCommands,
  removeFolder,
  scratchFolder,
} from './landport-process.js';

const MMC = join(FIXTURES, 'mmc.yaml');
// M/M/∞ with a mean stay of a day: started empty, the port fills as 1 − e^(−t/24 h) towards 1440
// vehicles, a transient of a few days that MSER-5 must find (97% full after 3.5 days, 84 h).
const FILLING = [
  '--horizon',
  '8d',
  '--set',
  'stations.server.lanes="infinite"',
  '--set',
  'stations.server.service.exponential.mean={"days":1}',
];

let dir: string;
/** The commands of the tests, run one after another in one process (see landportCommands), started in beforeAll. */
let exits: Record<
  | 'warmup'
  | 'warmup unknown'
  | 'warmup zero'
  | 'run short'
  | 'run long'
  | 'batch-means'
  | 'batch-means shocked'
  | 'batch-means bad',
  Promise<LandportExit>
>;
beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('warmup');
  const at = (args: string[]) => ({ args, cwd: dir });
  /** `run` of the filling M/M/1 with warm-up `warmup`, into folder `out`. */
  const runWithWarmup = (warmup: string, out: string) =>
    at(['run', MMC, '-r', '3', '-q', '--no-charts', ...FILLING, '--warmup', warmup, '-o', join(dir!, out)]);
  exits = namedLandportCommands({
    warmup: at(['warmup', MMC, '-r', '3', '-q', ...FILLING, '-o', join(dir, 'w')]),
    'warmup unknown': at(['warmup', 'no-such-scenario', '-o', join(dir, 'x')]),
    'warmup zero': at(['warmup', MMC, '--replications', '0', '-o', join(dir, 'x')]),
    'run short': runWithWarmup('0m', 'r0'),
    'run long': runWithWarmup('4d', 'r4'),
    'batch-means': at([
      'batch-means',
      MMC,
      '--batches',
      '10',
      '--horizon',
      '20d',
      '--json',
      '-o',
      join(dir, 'bm'),
    ]),
    'batch-means shocked': at(['batch-means', 'horgos-2024', '-o', join(dir, 'bx')]),
    'batch-means bad': at(['batch-means', MMC, '--batches', '1', '-o', join(dir, 'bx')]),
  });
});
afterAll(() => removeFolder(dir));

describe('landport warmup', () => {
  it('suggests a warm-up for a filling port, beside the one in use, and writes warmup.json and its Welch chart', async () => {
    const out = join(dir, 'w');
    const result = await exits.warmup;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('warm-up in use: 4 h (0.17 days, 2024-01-01 04:00)');
    const saved = JSON.parse(readFileSync(join(out, 'warmup.json'), 'utf8'));
    const headline = saved.suggestions.find((s: { name: string }) => s.name === 'inSystem');
    expect(headline.suggested).toBeGreaterThanOrEqual(48);
    expect(headline.suggested).toBeLessThanOrEqual(120);
    expect(result.stdout).toMatch(
      /inSystem — vehicles in the port .*\[headline\]\n {2}suggested warm-up: \d+ h \([\d.]+ days, 2024-01-0\d \d\d:00\) — LONGER/,
    );
    for (const file of ['warmup-inSystem.vl.json', 'warmup-inSystem.svg'])
      expect(existsSync(join(out, 'charts', file)), file).toBe(true);
    const spec = JSON.parse(readFileSync(join(out, 'charts', 'warmup-inSystem.vl.json'), 'utf8'));
    expect(JSON.stringify(spec)).toContain('MSER-5 suggestion');
  });

  it('exits 2 on an unknown scenario and on bad numbers, writing nothing', async () => {
    const unknown = await exits['warmup unknown'];
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no built-in scenario or file named "no-such-scenario"');
    const zero = await exits['warmup zero'];
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--replications "0": expected a whole number from 1 to 1,000,000.');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});

describe('landport run: the warm-up check', () => {
  it('warns on one line when the warm-up is shorter than MSER-5 suggests for vehicles in the port, and not when it is long enough', async () => {
    const short = await exits['run short'];
    expect(short.code).toBe(0);
    expect(short.stderr).toMatch(
      /^landport: warning: the warm-up in use, 0 h \(0 days\), is shorter than MSER-5 suggests for vehicles in the port \(the headline series\): \d+ h \([\d.]+ days, 2024-01-0\d \d\d:00\)\. Check it with `landport warmup .*mmc\.yaml`\.\n$/,
    );
    const long = await exits['run long'];
    expect(long.code).toBe(0);
    expect(long.stderr).toBe('');
  });
});

describe('landport batch-means', () => {
  it('gives the interval and the lag-1 check from one long replication', async () => {
    const out = join(dir, 'bm');
    const result = await exits['batch-means'];
    expect(result.code, result.stderr).toBe(0);
    const r = JSON.parse(result.stdout);
    expect(r.batches).toBe(10);
    expect(r.lower).toBeLessThanOrEqual(r.mean);
    expect(r.upper).toBeGreaterThanOrEqual(r.mean);
    // M/M/8 with 4 erlangs offered: about 4 vehicles in service and a few hundredths waiting.
    expect(r.mean).toBeGreaterThan(3.5);
    expect(r.mean).toBeLessThan(4.5);
    expect(existsSync(join(out, 'batch-means.json'))).toBe(true);
  });

  it('refuses, exit 2, a scenario with dated shocks and bad --batches', async () => {
    const shocked = await exits['batch-means shocked'];
    expect(shocked.code).toBe(2);
    expect(shocked.stderr).toContain('has 7 dated shock(s) (first: "Pre-deadline surge, carriers")');
    const bad = await exits['batch-means bad'];
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--batches "1": expected a whole number from 2 to 1,000.');
    expect(existsSync(join(dir, 'bx'))).toBe(false);
  });
});
