import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  ensureBuilt,
  FIXTURES,
  type LandportExit,
  landportCommands,
  listTree,
  removeFolder,
  scratchFolder,
} from './landport-process.js';

const MMC = join(FIXTURES, 'mmc.yaml');
const BAD = join(FIXTURES, 'bad-scenario.yaml');
const TARGET = ['--station', 'server', '--target', 'mean wait < 1min'];

/**
 * Each case: the arguments, and what the message must say (the problem and the way out). Output
 * paths are relative, and each case runs in an empty folder of its own holding only a regular
 * file `file`, so "nothing written" means that folder still holds `file` and nothing else.
 */
const CASES: [string, string[], RegExp[]][] = [
  [
    'a scenario file with four errors reports all four',
    ['run', BAD, '--out', 'out'],
    [
      /bad-scenario\.yaml is not a valid scenario/,
      /line 3:\d+: calendar\.start: expected an ISO 8601 date-time with its UTC offset/,
      /line 3:\d+: calendar\.horizon\.days: expected a finite number > 0, found -2/,
      /line 5:\d+: stations\[0\]\.lanes: expected an integer >= 1 or 'infinite', found 0/,
      /line 7:\d+: classes\[0\]\.route\[0\]: expected the id of a station \("server"\), found "serverx"/,
    ],
  ],
  ['validate reports the same four errors', ['validate', BAD], [/(\n {2}line \d+:\d+: [^\n]+){4}\n$/]],
  [
    'a quota counted at booking that names a class without an e-queue',
    ['validate', join(FIXTURES, 'booking-quota-walk-in.yaml')],
    [
      /line 7:\d+: sides\[0\]\.quotas\[0\]\.classes\[1\]: expected a class that books through an electronic queue \(its `equeue` field\): quota "bookings" counts bookings, found "walk-in"/,
    ],
  ],
  [
    'a road storage of negative length and a vehicle of no length',
    ['validate', join(FIXTURES, 'bad-storage.yaml')],
    [
      /line 7:\d+: stations\[0\]\.buffer\.capacity\.km: expected a finite number >= 0, found -1\.5/,
      /line 9:\d+: classes\[0\]\.lengthMetres: expected a finite number > 0, found 0/,
    ],
  ],
  [
    'ports: an unknown port, a route across two ports, shares that do not sum to 1',
    ['validate', join(FIXTURES, 'bad-ports.yaml')],
    [
      /line 7:\d+: stations\[1\]\.port: expected the id of a port \("north", "south"\), found "sout"/,
      /line 12:\d+: classes\[0\]\.route\[1\]: expected a station of port "north" \(a route stays in one port; "south-exit" is in "south"\), found "south-exit"/,
      /line 14:\d+: classes\[0\]\.portChoice\.shares: expected probabilities that sum to 1, found \{"north":0\.5,"south":0\.6\} \(they sum to 1\.1\)/,
    ],
  ],
  ['validate of a missing file', ['validate', 'nothing.yaml'], [/cannot read nothing\.yaml: ENOENT/]],
  [
    'an unknown built-in scenario name lists the built-in ones',
    ['run', 'horgos-2026', '--out', 'out'],
    [/no built-in scenario or file named "horgos-2026"/, /horgos-2024/, /path of a JSON or YAML/],
  ],
  [
    'an unknown --set field lists the fields there',
    ['run', MMC, '--set', 'stations.server.lanez=3', '--out', 'out'],
    [/--set stations\.server\.lanez=3: stations\.server has no field "lanez"; it has id, lanes, service/],
  ],
  [
    'an unknown --set list element lists the ids there',
    ['run', MMC, '--set', 'stations.kz-customs.lanes=3', '--out', 'out'],
    [/stations has no element "kz-customs"; it has server/],
  ],
  [
    'a --set value of the wrong type says what is expected',
    ['run', MMC, '--set', 'stations.server.lanes=many', '--out', 'out'],
    [/invalid after stations\.server\.lanes=many/, /expected an integer >= 1 or 'infinite', found "many"/],
  ],
  ['a --set without a value', ['run', MMC, '--set', 'lanes', '--out', 'out'], [/expected path=value/]],
  [
    'a bad target expression lists the accepted forms',
    ['size', MMC, '--station', 'server', '--target', 'p95 wiat < 4h', '--out', 'out'],
    [/--target "p95 wiat < 4h": expected '<stat> wait < <value>h'/, /e\.g\. --target 'p95 wait < 4h'/],
  ],
  [
    'a target on a metric that does not exist (found after the first replications)',
    ['size', MMC, '--station', 'server', '--target', 'station.server.nothing < 3', '-q', '--out', 'out'],
    [/the metric station\.server\.nothing does not exist/],
  ],
  [
    'an unknown --station',
    ['size', MMC, '--station', 'kz-customs', '--target', 'p95 wait < 4h', '--out', 'out'],
    [/--station kz-customs: no such station; the scenario has server/],
  ],
  [
    'run: an --out folder under a regular file',
    ['run', MMC, '--out', 'file/out'],
    [/Cannot create the output folder file\/out: ENOTDIR/, /Choose a folder you can write to/],
  ],
  [
    'size: an --out folder under a regular file fails before running',
    ['size', MMC, ...TARGET, '--out', 'file/out'],
    [/--out file\/out: cannot create or write the results folder there/, /is a file, not a folder/],
  ],
  [
    'compare: an --out folder under a regular file',
    ['compare', MMC, MMC, '--out', 'file/out'],
    [/Cannot create the output folder file\/out\/a/],
  ],
  [
    'sweep: an --out folder under a regular file',
    ['sweep', MMC, '--param', 'stations.server.lanes=5,6', '--out', 'file/out'],
    [/Cannot create the output folder file\/out\/server\.lanes=5/],
  ],
  [
    'merge: a folder that is not a results folder',
    ['merge', FIXTURES, '--out', 'out'],
    [/Cannot read the manifest .*manifest\.json: it does not exist\. Is .* a Landport results folder\?/],
  ],
  [
    '--resume with no previous run',
    ['run', MMC, '--resume', '--out', 'out'],
    [/--resume: out holds no run to resume \(it has no manifest\.json\)/, /leave out --resume/],
  ],
  [
    '--shard 3/3',
    ['run', MMC, '--shard', '3/3', '--out', 'out'],
    [/--shard "3\/3": the shard index i must be below n = 3 \(shards are numbered from 0\)/],
  ],
  ['--shard 1of3', ['run', MMC, '--shard', '1of3'], [/--shard "1of3" is not valid: expected "i\/n"/]],
  ['--replications 0', ['run', MMC, '-r', '0'], [/--replications "0": expected a whole number from 1/]],
  ['--workers 0', ['run', MMC, '--workers', '0'], [/--workers "0": expected a whole number from 1 to 256/]],
  ['--horizon 3x', ['run', MMC, '--horizon', '3x'], [/--horizon "3x": expected a duration such as 30d/]],
  [
    'a --warmup longer than the horizon',
    ['run', MMC, '--warmup', '3d'],
    [/invalid after calendar\.warmUp=3d/, /calendar\.warmUp: expected a warm-up shorter than the horizon/],
  ],
  [
    'sweep: three parameters',
    ['sweep', MMC, '-p', 'stations.server.lanes=5', '-p', 'calendar.horizon=1', '-p', 'name=x'],
    [/--param: give one or two parameters to sweep, got 3/],
  ],
  [
    'sweep: a bad value at one point, before any point runs',
    ['sweep', MMC, '--param', 'stations.server.lanes=5,0', '--out', 'out'],
    [/invalid after stations\.server\.lanes=0/],
  ],
  [
    'compare: an unknown scenario B',
    ['compare', MMC, 'nowhere.yaml', '--out', 'out'],
    [/no built-in scenario or file named "nowhere\.yaml"/],
  ],
  [
    'size: --max-lanes below --min-lanes',
    ['size', MMC, ...TARGET, '--min-lanes', '5', '--max-lanes', '4'],
    [/--max-lanes must be >= --min-lanes/],
  ],
  ['an unknown option', ['run', MMC, '--replication', '3'], [/unknown option '--replication'/, /--help/]],
  ['a missing argument', ['run'], [/missing required argument 'scenario'/, /--help/]],
  ['an unknown command', ['rnu', MMC], [/unknown command 'rnu'/, /Did you mean run\?/]],
  [
    'scenarios: an unknown name',
    ['scenarios', 'horgos-2026'],
    [/no built-in scenario named "horgos-2026"; there are horgos-2023/],
  ],
];

let dir: string;
/** Each case's result, by index: the commands run one after another in one process. */
let results: Promise<LandportExit>[];
beforeAll(() => {
  ensureBuilt();
  dir = scratchFolder('bad-input');
  const commands = CASES.map(([, args], i) => {
    const cwd = join(dir, String(i));
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'file'), 'a regular file where a folder is expected\n');
    return { args, cwd };
  });
  results = landportCommands(commands);
});
afterAll(() => removeFolder(dir));

describe.concurrent('bad input: exit code 2, a message naming the problem and the fix, nothing written', () => {
  // it.for, not it.each: concurrent tests must assert with their own context's expect.
  it.for(CASES.map((c, i) => [...c, i] as const))('%s', async ([, , messages, i], { expect }) => {
    const cwd = join(dir, String(i));
    const result = await results[i]!;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    for (const message of messages) expect(result.stderr).toMatch(message);
    // One paragraph: a single message, no stack trace, no blank line.
    expect(result.stderr).toMatch(/^(landport|error): /);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at |\n\n/);
    expect(listTree(cwd)).toEqual(['file']);
  });
});
