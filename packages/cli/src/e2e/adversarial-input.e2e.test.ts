import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/*
 * Hostile and huge inputs that validation used to let through, or that hung, crashed or flooded
 * the terminal: each must end with the exit code given, a first line of stderr saying what is
 * wrong and the way out, and exactly the files listed (nothing written, for a refusal). Each case
 * runs in an empty folder of its own, so "nothing written" is an empty listing; the scenario files
 * the cases read are made once in a folder beside them.
 */

const MMC_TEXT = readFileSync(join(FIXTURES, 'mmc.yaml'), 'utf8');

/** The M/M/c fixture with its service time, arrival rate or horizon replaced. */
function mmcWith(change: { service?: string; arrivals?: string; horizon?: string }): string {
  let text = MMC_TEXT;
  if (change.service !== undefined)
    text = text.replace('service: { exponential: { mean: { minutes: 4 } } }', `service: ${change.service}`);
  if (change.arrivals !== undefined)
    text = text.replace('arrivals: { rate: { perMinute: 1 } }', `arrivals: ${change.arrivals}`);
  if (change.horizon !== undefined) text = text.replace('horizon: { days: 2 }', `horizon: ${change.horizon}`);
  if (text === MMC_TEXT) throw new Error('mmcWith changed nothing: the fixture has changed');
  return text;
}

/** A "billion laughs": nine aliases nested seven deep expand to 9^7 ≈ 4.8 million strings. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [name, prev] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
    ['g', 'f'],
  ]) {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** The scenario files the cases read, by name, made in the shared input folder. */
const INPUTS: Record<string, () => string> = {
  'lognormal-cv.yaml': () => mmcWith({ service: '{ lognormal: { mean: { minutes: 10 }, cv: 1e200 } }' }),
  'weibull-shape.yaml': () => mmcWith({ service: '{ weibull: { shape: 1e-5, scale: { minutes: 4 } } }' }),
  'rate-1e300.yaml': () => mmcWith({ arrivals: '{ rate: { perDay: 1e300 } }' }),
  'rate-1e9.yaml': () => mmcWith({ arrivals: '{ rate: { perDay: 1e9 } }', horizon: '{ days: 366 }' }),
  'horizon-1e15.yaml': () => mmcWith({ horizon: '{ days: 1e15 }' }),
  'zero-gap.yaml': () => mmcWith({ arrivals: '{ interarrival: { deterministic: { minutes: 0 } } }' }),
  'bomb.yaml': aliasBomb,
  'deep.json': () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
  // 1,000 levels of indentation, half a megabyte.
  'deep.yaml': () => `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
  // About 1 MB (under the limit) of 50,000 unknown keys: it printed one line per key.
  'keys.yaml': () =>
    `${MMC_TEXT}${Array.from({ length: 50_000 }, (_, i) => `unknown${i}: ${i}`).join('\n')}\n`,
  'big.yaml': () => `${MMC_TEXT}# ${'x'.repeat(2_000_000)}\n`,
};

let dir: string;
let inputs: string;
/** Each case's result, by index: the commands run one after another in one process. */
let results: Promise<LandportExit>[];
const input = (name: keyof typeof INPUTS | 'fifo') => join(inputs, name);

beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('adversarial-input');
  inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  for (const [name, make] of Object.entries(INPUTS)) writeFileSync(join(inputs, name), make());
  execFileSync('mkfifo', [join(inputs, 'fifo')]);
  const commands = CASES.map((c, i) => {
    const cwd = join(dir, String(i));
    mkdirSync(cwd);
    return { args: c.args(), cwd };
  });
  results = landportCommands(commands);
});
afterAll(() => removeFolder(dir));

const MMC = join(FIXTURES, 'mmc.yaml');
const QUEUE = ['--queue', 'redis://127.0.0.1:1'];

interface Case {
  readonly name: string;
  readonly args: () => string[];
  readonly code: number;
  /** The first line of stderr. */
  readonly first: RegExp;
  /** Further lines stderr must hold, if any. */
  readonly rest?: RegExp;
  /** The files the case's folder holds at the end, sorted (folders end in '/'). */
  readonly files?: readonly string[];
}

const CASES: Case[] = [
  {
    name: 'validate /dev/zero is refused at once instead of read for ever',
    args: () => ['validate', '/dev/zero'],
    code: 2,
    first:
      /^landport: \/dev\/zero is a character device, not a scenario file\. Give the path of a JSON or YAML scenario file\.$/,
  },
  {
    name: 'a FIFO is refused without waiting for a writer',
    args: () => ['run', input('fifo'), '-r', '2', '-o', 'out'],
    code: 2,
    first: /^landport: .*fifo is a named pipe \(FIFO\), not a scenario file\./,
  },
  {
    name: 'a folder as the scenario',
    args: () => ['validate', inputs],
    code: 2,
    first: /^landport: .*inputs is a folder, not a scenario file\./,
  },
  {
    name: 'a 2 MB scenario file is over the 1 MB limit, with the flag that raises it',
    args: () => ['run', input('big.yaml'), '-r', '2', '-o', 'out'],
    code: 2,
    first:
      /^landport: .*big\.yaml is 2 MB, above the 1 MB limit for scenario files \(the shipped scenarios are under 20 KB\)\. If it really is a scenario, raise the limit, e.g\. --max-scenario-size 3MB\.$/,
  },
  {
    name: '--max-scenario-size 3MB reads the 2 MB file (a valid scenario with a long comment)',
    args: () => ['validate', input('big.yaml'), '--max-scenario-size', '3MB'],
    code: 0,
    first: /^$/,
  },
  {
    name: '--max-scenario-size with no unit it knows',
    args: () => ['validate', MMC, '--max-scenario-size', 'huge'],
    code: 2,
    first:
      /^landport: --max-scenario-size "huge": expected a size from 1 byte to 2GiB, such as 5MB, 500KB or 2000000 \(bytes\)\.$/,
  },
  {
    name: '50,000 unknown keys print the first 20 problems and a count, not 50,000 lines',
    args: () => ['validate', input('keys.yaml')],
    code: 2,
    first: /^landport: .*keys\.yaml is not a valid scenario:$/,
    rest: /^( {2}line \d+:1: unknown\d+: unknown key "unknown\d+"; [^\n]+\n){20} {2}… and 49980 more problems\n$/,
  },
  {
    name: 'a YAML alias bomb is too many aliases, not an internal ReferenceError',
    args: () => ['validate', input('bomb.yaml')],
    code: 2,
    first: /^landport: .*bomb\.yaml is not a valid scenario:$/,
    rest: /^ {2}the file uses too many YAML aliases: their expansion passes 1000 nodes/,
  },
  {
    name: 'JSON nested 200,000 deep is too deep, not "Maximum call stack size exceeded"',
    args: () => ['run', input('deep.json'), '-o', 'out'],
    code: 2,
    first: /^landport: .*deep\.json is not a valid scenario:$/,
    rest: /^ {2}line 1:65: the file is nested too deeply to read: brackets open more than 64 levels deep/,
  },
  {
    name: 'YAML nested 1,000 deep by indentation is too deep',
    args: () => ['validate', input('deep.yaml')],
    code: 2,
    first: /^landport: .*deep\.yaml is not a valid scenario:$/,
    rest: /^ {2}(line \d+:\d+: )?the file is nested too deeply to read/,
  },
  {
    name: 'a lognormal with cv 1e200 is invalid before anything runs, and leaves no manifest',
    args: () => ['run', input('lognormal-cv.yaml'), '-r', '2', '-o', 'out'],
    code: 2,
    first: /^landport: .*lognormal-cv\.yaml is not a valid scenario:$/,
    rest: /stations\[0\]\.service\.lognormal\.cv: expected a finite number in \(0, 1e\+153\] \(for mean 10; above that the variance \(cv·mean\)² or cv² overflows double precision\), found 1e\+200/,
  },
  {
    name: 'a Weibull with shape 1e-5 is invalid',
    args: () => ['validate', input('weibull-shape.yaml')],
    code: 2,
    first: /^landport: .*weibull-shape\.yaml is not a valid scenario:$/,
    rest: /stations\[0\]\.service\.weibull\.shape: expected a finite number >= 0\.012 /,
  },
  {
    name: 'a rate of 1e300 a day, which never ended, is invalid',
    args: () => ['run', input('rate-1e300.yaml'), '-r', '2', '-o', 'out'],
    code: 2,
    first: /^landport: .*rate-1e300\.yaml is not a valid scenario:$/,
    rest: /classes\[0\]\.arrivals\.rate: expected a rate of at most 1,000,000 arrivals a minute \(1\.44e\+9 a day\)/,
  },
  {
    name: 'a deterministic gap of 0 between arrivals is invalid',
    args: () => ['validate', input('zero-gap.yaml')],
    code: 2,
    first: /^landport: .*zero-gap\.yaml is not a valid scenario:$/,
    rest: /classes\[0\]\.arrivals\.interarrival: expected times between arrivals with a mean of at least 0\.000001 minutes/,
  },
  {
    name: 'a rate of 1e9 a day for a year, which ran out of memory, is refused by the cost guard',
    args: () => ['run', input('rate-1e9.yaml'), '-r', '2', '-o', 'out'],
    code: 2,
    first:
      /^landport: the scenario rate-1e9 would take about 7\.32e\+11 events per replication \(3\.66e\+11 arrivals in 366 days\), above the limit of 100 million .* or pass --allow-large-run to run it anyway\.$/,
  },
  {
    name: 'validate applies the same cost guard',
    args: () => ['validate', input('rate-1e9.yaml')],
    code: 2,
    first: /^landport: .*rate-1e9\.yaml would take about 7\.32e\+11 events per replication/,
  },
  {
    name: 'validate --allow-large-run accepts it',
    args: () => ['validate', input('rate-1e9.yaml'), '--allow-large-run'],
    code: 0,
    first: /^$/,
  },
  {
    name: 'compare applies the cost guard to a --set that makes a run too large',
    args: () => [
      'compare',
      MMC,
      MMC,
      '--set-b',
      'stations.server.lanes=1',
      '--horizon',
      '3000d',
      '-r',
      '2',
      '-o',
      'out',
    ],
    code: 2,
    first:
      /^landport: the scenario mmc after stations\.server\.lanes=1, calendar\.horizon=3000d would leave at least 3\.24 million vehicles queued at station server by the end of each replication/,
  },
  {
    name: 'a horizon of 1e15 days is invalid',
    args: () => ['validate', input('horizon-1e15.yaml')],
    code: 2,
    first: /^landport: .*horizon-1e15\.yaml is not a valid scenario:$/,
    rest: /calendar\.horizon: expected a duration of at most 36525 days \(100 years\), found \{"days":1000000000000000\}/,
  },
  {
    name: '--horizon 40000d is beyond the 100 years a horizon may last',
    args: () => ['run', MMC, '--horizon', '40000d', '-o', 'out'],
    code: 2,
    first: /^landport: the scenario mmc is invalid after calendar\.horizon=40000d:$/,
    rest: /calendar\.horizon: expected a duration of at most 36525 days \(100 years\)/,
  },
  {
    name: 'submit --chunk 21: the documented range is 1 to 20',
    args: () => ['submit', MMC, ...QUEUE, '--chunk', '21'],
    code: 2,
    first: /^landport: --chunk "21": expected a whole number from 1 to 20\.$/,
  },
  {
    name: '--replications 1e3 is not written as a whole number',
    args: () => ['run', MMC, '--replications', '1e3', '-o', 'out'],
    code: 2,
    first: /^landport: --replications "1e3": expected a whole number from 1 to 1,000,000\.$/,
  },
  {
    name: '--replications 2.5 is a fraction',
    args: () => ['sweep', MMC, '-p', 'stations.server.lanes=5,6', '-r', '2.5', '-o', 'out'],
    code: 2,
    first: /^landport: --replications "2\.5": expected a whole number from 1 to 1,000,000\.$/,
  },
  {
    name: '--shard with a count beyond safe integers says so, once',
    args: () => ['run', MMC, '--shard', '0/99999999999999999999', '-r', '2', '-o', 'out'],
    code: 2,
    first:
      /^landport: --shard "0\/99999999999999999999": the shard count n must be a whole number from 1 to 9007199254740991; expected "i\/n"/,
  },
  {
    name: '--workers 0x10 is not decimal',
    args: () => ['run', MMC, '-w', '0x10', '-o', 'out'],
    code: 2,
    first: /^landport: --workers "0x10": expected a whole number from 1 to 256\.$/,
  },
  {
    name: 'size --level 1 is not a confidence level',
    args: () => [
      'size',
      MMC,
      '--station',
      'server',
      '--target',
      'mean wait < 1min',
      '--level',
      '1',
      '-o',
      'out',
    ],
    code: 2,
    first: /^landport: --level "1": expected a probability between 0\.5 and 1 \(exclusive\), e\.g\. 0\.95\.$/,
  },
  {
    name: 'size --max-lanes 100000 is beyond 10,000',
    args: () => ['size', MMC, '--station', 'server', '--target', 'mean wait < 1min', '--max-lanes', '100000'],
    code: 2,
    first: /^landport: --max-lanes "100000": expected a whole number from 1 to 10,000\.$/,
  },
  {
    name: 'worker --lock-duration beyond a day (JavaScript timers fire at once past 24.8 days)',
    args: () => ['worker', ...QUEUE, '--lock-duration', '99999999999'],
    code: 2,
    first:
      /^landport: --lock-duration "99999999999": expected a whole number of milliseconds from 100 to 86,400,000 \(one day\)\.$/,
  },
  {
    name: '-w 256 for two replications starts two threads and finishes, with complete results',
    args: () => ['run', MMC, '-w', '256', '-r', '2', '--horizon', '1d', '--no-charts', '-q', '-o', 'out'],
    code: 0,
    first: /^$/,
    files: ['out/', ...RESULT_FILES.map((f) => `out/${f}`), 'out/scenario.json'].sort(),
  },
];

describe.concurrent('adversarial input: the exit code, the first line of the message, the files written', () => {
  // it.for, not it.each: concurrent tests must assert with their own context's expect.
  it.for(CASES.map((c, i) => [c.name, c, i] as const))('%s', async ([, c, i], { expect }) => {
    const cwd = join(dir, String(i));
    // A case that hangs (a FIFO, /dev/zero) fails by the test time-out, and so do those after it.
    const result = await results[i]!;
    expect(result.code, result.stderr).toBe(c.code);
    const [first, ...rest] = result.stderr.split('\n');
    expect(first).toMatch(c.first);
    if (c.rest !== undefined) expect(rest.join('\n')).toMatch(c.rest);
    // One paragraph: no stack trace, no internal error.
    expect(result.stderr).not.toMatch(/internal error|\n\s+at |Maximum call stack|ReferenceError/);
    if (c.code !== 0) expect(result.stdout).toBe('');
    expect(listTree(cwd)).toEqual(c.files ?? []);
  });
});
