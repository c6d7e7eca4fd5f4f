import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  ensureBuilt,
  FIXTURES,
  type LandportExit,
  landportCommands,
  listTree,
  RESULT_FILES,
  removeFolder,
  scratchFolder,
} from './landport-process.js';

const MMC = join(FIXTURES, 'mmc.yaml');
const QUICK = ['-r', '1', '-q', '--no-charts', '-o', 'out'];
const NOTE = /^landport: note: /m;

/**
 * A shortened --horizon and what it leaves out, adversarially: the note must name the period and
 * what matters outside it, appear once, and never precede an error (the run it describes does not
 * happen). Each case runs in an empty folder: `files` is the complete tree expected there.
 */
interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly code: number;
  /** The first line of stderr. */
  readonly first: RegExp;
  /** How many notes stderr holds. */
  readonly notes: number;
  readonly files: readonly string[];
}

const RUN_FOLDER = ['out/', ...RESULT_FILES.map((f) => `out/${f}`), 'out/scenario.json'].sort();

const CASES: Case[] = [
  {
    name: 'a horizon shorter than the warm-up: the error alone, no note before it',
    args: ['run', 'horgos-2023-2024', '--horizon', '30d', '--warmup', '40d', ...QUICK],
    code: 2,
    first:
      /^landport: the scenario horgos-2023-2024 is invalid after calendar\.horizon=30d, calendar\.warmUp=40d:$/,
    notes: 0,
    files: [],
  },
  {
    name: 'an invalid --set with a shorter horizon: the error alone',
    args: ['run', 'horgos-2023-2024', '--horizon', '30d', '--set', 'stations.kz-control.lanes=-3', ...QUICK],
    code: 2,
    first:
      /^landport: the scenario horgos-2023-2024 is invalid after stations\.kz-control\.lanes=-3, calendar\.horizon=30d:$/,
    notes: 0,
    files: [],
  },
  {
    name: 'size with an unknown station and a shorter horizon: the error alone',
    args: [
      'size',
      'horgos-2024',
      '--horizon',
      '3d',
      '--station',
      'nope',
      '--target',
      'p95 wait < 4h',
      '-o',
      'out',
    ],
    code: 2,
    first:
      /^landport: --station nope: no such station; the scenario has cn-gate, cn-customs, cn-transload, neutral-zone, kz-control, cn-import\.$/,
    notes: 0,
    files: [],
  },
  {
    name: 'compare with a bad --replications and a shorter horizon: the error alone',
    args: ['compare', 'horgos-2023', 'horgos-2024', '--horizon', '3d', '-r', '0', '-o', 'out'],
    code: 2,
    first: /^landport: --replications/,
    notes: 0,
    files: [],
  },
  {
    name: 'sweep with one bad point and a shorter horizon: the error alone',
    args: ['sweep', 'horgos-2024', '--horizon', '3d', '-p', 'stations.kz-control.lanes=8,0', '-o', 'out'],
    code: 2,
    first:
      /^landport: the scenario horgos-2024 is invalid after stations\.kz-control\.lanes=0, calendar\.horizon=3d:$/,
    notes: 0,
    files: [],
  },
  {
    name: 'a one-day run of horgos-2024 names its day and the closures, shock and busier months it leaves out',
    args: ['run', 'horgos-2024', '--horizon', '1d', ...QUICK],
    code: 0,
    first:
      /^landport: note: --horizon 1d covers 2024-01-01 of the scenario's 2024-01-01 to 2024-12-31; it leaves out 3 closures, 7 shocks \("Pre-deadline surge, carriers", "Pre-deadline surge, driven cars", "Russian recycling fee rises" and 4 more\) and 9 months of higher demand \(Apr–Dec 2024: up to 1\.7× the busiest month it covers\)\. Leave out --horizon for the whole scenario\.$/,
    notes: 1,
    files: RUN_FOLDER,
  },
  {
    name: 'the same through --set calendar.horizon names that flag',
    args: ['run', 'horgos-2024', '--set', 'calendar.horizon=1d', ...QUICK],
    code: 0,
    first: /^landport: note: --set calendar\.horizon=1d covers 2024-01-01 of /,
    notes: 1,
    files: RUN_FOLDER,
  },
  {
    name: 'a sweep of two points prints its note once',
    args: ['sweep', 'horgos-2024', '--horizon', '1d', '-p', 'stations.kz-control.lanes=6,8', ...QUICK],
    code: 0,
    first: /^landport: note: --horizon 1d covers 2024-01-01 of the scenario's 2024-01-01 to 2024-12-31; /,
    notes: 1,
    files: [], // checked by the exit code; the sweep's folder layout is the sweep tests' business
  },
  {
    name: 'a timeline cut to 60 days names the closures and shocks it never reaches',
    args: ['run', 'kashgar-2023-2025', '--horizon', '60d', ...QUICK],
    code: 0,
    first:
      /^landport: note: --horizon 60d covers 2023-01-01 to 2023-03-01 of the scenario's 2023-01-01 to 2025-12-31; it leaves out \d+ closures, \d+ shocks \(/,
    notes: 1,
    files: RUN_FOLDER,
  },
  {
    name: 'a shorter horizon of a scenario with no calendar of demand, closures or shocks: no note',
    args: ['run', MMC, '--horizon', '1d', ...QUICK],
    code: 0,
    first: /^$/,
    notes: 0,
    files: RUN_FOLDER,
  },
  {
    name: 'a longer horizon: no note',
    args: ['run', MMC, '--horizon', '3d', ...QUICK],
    code: 0,
    first: /^$/,
    notes: 0,
    files: RUN_FOLDER,
  },
];

let dir: string;
/** Each case's result, by its index in CASES. */
let results: Promise<LandportExit>[];
beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('adversarial-docs');
  // The cases run one after another in one process (see landportCommands), each in its folder.
  const commands = CASES.map((c, i) => {
    const cwd = join(dir, String(i));
    mkdirSync(cwd);
    return { args: c.args, cwd };
  });
  results = landportCommands(commands);
});
afterAll(() => removeFolder(dir));

describe.concurrent('a shortened --horizon: the note, once, and never before an error', () => {
  it.for(CASES)('$name', async (c, { expect }) => {
    const cwd = join(dir, String(CASES.indexOf(c)));
    const result = await results[CASES.indexOf(c)]!;
    expect(result.code, result.stderr).toBe(c.code);
    expect(result.stderr.split('\n')[0]).toMatch(c.first);
    expect(result.stderr.match(new RegExp(NOTE, 'gm'))?.length ?? 0).toBe(c.notes);
    if (c.code !== 0) {
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at |\n\n/);
    }
    if (c.files.length > 0 || c.code !== 0) expect(listTree(cwd)).toEqual(c.files);
  });
});
