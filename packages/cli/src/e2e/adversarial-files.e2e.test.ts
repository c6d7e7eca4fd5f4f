/**
 * Adversarial cases for files, folders, locks and exit codes: paths that cannot be folders, a
 * damaged results log, the same run started twice, two processes on one folder, a stale lock, a
 * full and a read-only disk. Each asserts the exit code, the first line of stderr, and that
 * nothing is written or that what is written is complete (and completes with --resume).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeLines,
  differingFiles,
  ensureBuilt,
  FIXTURES,
  type LandportExit,
  landport,
  landportCommands,
  listTree,
  REPRODUCIBLE_FILES,
  removeFolder,
  scratchFolder,
  startLandport,
  waitForLines,
} from './landport-process.js';
import {
  mountReadOnlyDisk,
  mountSmallDisk,
  resizeSmallDisk,
  tmpfsUnavailable,
  unmountSmallDisk,
} from './small-disk.js';

const MMC = join(FIXTURES, 'mmc.yaml');
/** A small run: 4 replications of one day, on one worker, no charts: a second or two. */
const SMALL = ['run', MMC, '-r', '4', '--horizon', '1d', '-w', '1', '--no-charts', '-q'];
const LOCK = '.landport.lock';

let dir: string;
/** A finished SMALL run, and shards 0/2 and 1/2 of it. */
let reference: string;
const shard = (i: number) => join(dir, `shard-${i}`);

beforeAll(async () => {
  ensureBuilt();
  dir = scratchFolder('adversarial-files');
  reference = join(dir, 'reference');
  const runs = await Promise.all([
    landport([...SMALL, '--out', reference], dir),
    landport([...SMALL, '--shard', '0/2', '--out', shard(0)], dir),
    landport([...SMALL, '--shard', '1/2', '--out', shard(1)], dir),
  ]);
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
});
afterAll(() => removeFolder(dir));

/** Asserts a refusal: exit 2, nothing on stdout, one paragraph on stderr starting as `first` says. */
function expectRefusal(result: LandportExit, first: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^landport: [^\n]+\n$/);
  expect(result.stderr.split('\n')[0]).toMatch(first);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

/** A copy of the reference folder, to damage. */
function copyOfReference(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const file of readdirSync(reference))
    writeFileSync(join(folder, file), readFileSync(join(reference, file)));
  return folder;
}

/** Writes a lock held by `pid` on this machine into `folder`. */
function writeLock(folder: string, pid: number, host = hostname()): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, LOCK),
    `${JSON.stringify({ pid, hostname: host, processStart: null, since: 'then' })}\n`,
  );
}

/** Every file under `folder` whose name marks a temporary file (`.NAME.PID.N.tmp`) or a lock. */
function leftovers(folder: string): string[] {
  return listTree(folder).filter((path) => /\.tmp$|\.landport\.lock/.test(path));
}

interface PathCase {
  name: string;
  args: string[];
  first: RegExp;
  /** Prepares the case's folder (which holds a regular file `file`) before the command. */
  setup?: (cwd: string) => void;
  skip?: boolean;
}

/**
 * Output paths that cannot work: each runs in an empty folder of its own holding only a regular
 * file `file`, and must leave that folder exactly as it was.
 */
const PATH_CASES: PathCase[] = [
  {
    name: 'run -o /proc/self/x fails at once instead of spinning',
    args: [...SMALL, '-o', '/proc/self/x'],
    first: /Cannot create the output folder \/proc\/self\/x: ENOENT/,
    skip: !existsSync('/proc/self'),
  },
  { name: "run -o ''", args: [...SMALL, '-o', ''], first: /--out "": the folder path is empty/ },
  {
    name: "compare -o '' (would otherwise write ./a and ./b)",
    args: ['compare', MMC, MMC, '-r', '2', '--horizon', '1d', '-w', '1', '-o', ''],
    first: /--out "": the folder path is empty/,
  },
  {
    name: "sweep -o ''",
    args: ['sweep', MMC, '-p', 'stations.server.lanes=6,7', '-r', '2', '--horizon', '1d', '-o', ''],
    first: /--out "": the folder path is empty/,
  },
  {
    name: "size -o ''",
    args: ['size', MMC, '--station', 'server', '--target', 'mean wait < 1min', '-o', ''],
    first: /--out "": the folder path is empty/,
  },
  { name: "report ''", args: ['report', ''], first: /report "": the folder path is empty/ },
  {
    name: 'report of a regular file',
    args: ['report', 'file'],
    first: /report: no folder file\. Give the --out folder/,
  },
  {
    name: 'run -o under a regular file names the file as given',
    args: [...SMALL, '-o', 'file/out'],
    first: /Cannot create the output folder file\/out: ENOTDIR: file is a file, not a folder/,
  },
  {
    name: 'merge of an incomplete set of shards creates no --out folder',
    args: ['merge', join('..', 'shard-0'), '-o', 'merged'],
    first: /Cannot merge 1 folders of 4 replications\. Replications 2.3 \(2 replications\) are missing/,
  },
  {
    name: 'merge into a folder another process is writing to',
    args: ['merge', join('..', 'shard-0'), join('..', 'shard-1'), '-o', 'locked'],
    first: /Another landport process \(pid \d+\) is writing to locked/,
    setup: (cwd) => writeLock(join(cwd, 'locked'), process.pid),
  },
  {
    name: 'a lock from another machine counts as held (its pid cannot be checked)',
    args: [...SMALL, '-o', 'locked'],
    first: /Another landport process \(pid 1 on elsewhere\.example\) is writing to locked/,
    setup: (cwd) => writeLock(join(cwd, 'locked'), 1, 'elsewhere.example'),
  },
];

describe.concurrent('paths that cannot be results folders: exit 2, one sentence, nothing written', () => {
  /** Each case's folder as it was before the command, and the command's result. */
  let results: { before: string[]; result: Promise<LandportExit> }[];
  beforeAll(() => {
    const cases = PATH_CASES.map((c, i) => {
      const cwd = join(dir, `path-${i}`);
      mkdirSync(cwd);
      writeFileSync(join(cwd, 'file'), 'a regular file\n');
      c.setup?.(cwd);
      return { cwd, before: listTree(cwd), args: c.args, skip: c.skip === true };
    });
    // The commands run one after another in one process; one that spins fails by the test
    // time-out, and so do those after it.
    const run = cases.filter((c) => !c.skip);
    const exits = landportCommands(run);
    results = cases.map((c) => ({ before: c.before, result: exits[run.indexOf(c)]! }));
  });
  it.for(PATH_CASES.map((c, i) => ({ ...c, i })))('$name', async (c, { expect, skip }) => {
    const { i } = c;
    if (c.skip) skip();
    const cwd = join(dir, `path-${i}`);
    const result = await results[i]!.result;
    expect(result.signal).toBeNull();
    expectRefusal(result, c.first);
    expect(listTree(cwd)).toEqual(results[i]!.before);
  });
});

describe('a damaged results log', () => {
  it('a damaged line in the middle: --resume exits 2 naming the file, the line and what to do, and changes nothing', async () => {
    const folder = copyOfReference('damaged-middle');
    const log = join(folder, 'replications.jsonl');
    const lines = readFileSync(log, 'utf8').split('\n');
    lines[2] = lines[2]!.slice(0, 40); // line 3 cut short, lines 4 and 5 after it
    writeFileSync(log, lines.join('\n'));
    const damaged = readFileSync(log);
    const result = await landport([...SMALL, '--resume', '-o', folder], dir);
    expectRefusal(result, /replications\.jsonl line 3 is not a valid replication record .* Delete that line/);
    expect(readFileSync(log).equals(damaged)).toBe(true);
  });

  it('a torn last line (a kill mid-append): --resume cuts it off, reruns its replication and ends byte-identical', async () => {
    const folder = copyOfReference('torn-last');
    const log = join(folder, 'replications.jsonl');
    const lines = readFileSync(log, 'utf8').split('\n');
    writeFileSync(log, `${lines.slice(0, 2).join('\n')}\n${lines[2]!.slice(0, 100)}`);
    for (const file of ['summary.json', 'series.csv', 'replications.csv'])
      writeFileSync(join(folder, file), 'x');
    const result = await landport([...SMALL, '--resume', '-o', folder], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(differingFiles(folder, reference, REPRODUCIBLE_FILES)).toEqual([]);
    expect(completeLines(log)).toBe(4);
  });
});

describe('the same run started again (the README main job, twice)', () => {
  it('on its complete folder: exit 0, says so, prints the same summary, rewrites nothing', async () => {
    const folder = copyOfReference('twice');
    const first = await landport([...SMALL.filter((a) => a !== '-q'), '-o', join(dir, 'twice-first')], dir);
    const again = await landport([...SMALL.filter((a) => a !== '-q'), '-o', folder], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr.split('\n')[0]).toMatch(
      /^landport: .*twice already holds the complete results of this run .*showing them again without running anything/,
    );
    expect(again.stdout.replace(folder, 'OUT')).toBe(first.stdout.replace(join(dir, 'twice-first'), 'OUT'));
    expect(differingFiles(folder, reference, [...REPRODUCIBLE_FILES, 'replications.jsonl'])).toEqual([]);
    expect(leftovers(folder)).toEqual([]);
  });

  it('on its unfinished folder (no summary yet): exit 0, runs the rest, byte-identical', async () => {
    const folder = copyOfReference('twice-unfinished');
    const log = join(folder, 'replications.jsonl');
    writeFileSync(log, `${readFileSync(log, 'utf8').split('\n').slice(0, 2).join('\n')}\n`);
    for (const file of ['summary.json', 'series.csv', 'replications.csv'])
      writeFileSync(join(folder, file), '');
    const result = await landport([...SMALL.filter((a) => a !== '-q'), '-o', folder], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('4 to run (2 already done)');
    expect(differingFiles(folder, reference, REPRODUCIBLE_FILES)).toEqual([]);
  });

  it('on the folder of a different run: exit 2, "already holds results", the difference, the folder unchanged', async () => {
    const folder = copyOfReference('twice-other');
    const result = await landport([...SMALL, '--seed', '2', '-o', folder], dir);
    expectRefusal(
      result,
      /The folder .*twice-other already holds results \(manifest\.json, replications\.jsonl, summary\.json\) of another run \(seed: 1 vs 2\)\. Choose another --out/,
    );
    expect(differingFiles(folder, reference, [...REPRODUCIBLE_FILES, 'replications.jsonl'])).toEqual([]);
  });
});

// 20 replications of 120 days: seconds on one worker, long enough to overlap another run.
const LONG = ['run', MMC, '-r', '20', '--seed', '5', '--horizon', '120d', '-w', '1', '--no-charts', '-q'];

describe('two processes and one folder', () => {
  it('two concurrent --resume runs: one exits 2 naming the other, which completes the folder byte-correct', async () => {
    const folder = join(dir, 'concurrent');
    const longReference = join(dir, 'concurrent-reference');
    const referenceRun = landport([...LONG, '-o', longReference], dir);
    // A run killed part-way: it leaves its lock behind, with a pid that is gone.
    const killed = startLandport([...LONG, '-o', folder], dir);
    await waitForLines(join(folder, 'replications.jsonl'), 2, killed);
    killed.child.kill('SIGKILL');
    await killed.exit;
    expect(JSON.parse(readFileSync(join(folder, LOCK), 'utf8')).pid).toBe(killed.child.pid);

    const first = startLandport([...LONG, '--resume', '-o', folder], dir);
    await waitForLock(folder, first.child.pid!);
    const second = await landport([...LONG, '--resume', '-o', folder], dir);
    expectRefusal(
      second,
      new RegExp(`^landport: Another landport process \\(pid ${first.child.pid}\\) is writing to `),
    );
    const completed = await first.exit;
    expect(completed.code, completed.stderr).toBe(0);
    expect((await referenceRun).code).toBe(0);
    expect(differingFiles(folder, longReference, REPRODUCIBLE_FILES)).toEqual([]);
    expect(completeLines(join(folder, 'replications.jsonl'))).toBe(20);
    expect(leftovers(folder)).toEqual([]);
  });

  it('a lock left with a dead pid is taken over: the run completes and removes it', async () => {
    const folder = copyOfReference('stale-lock');
    const log = join(folder, 'replications.jsonl');
    writeFileSync(log, `${readFileSync(log, 'utf8').split('\n').slice(0, 2).join('\n')}\n`);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeLock(folder, dead);
    const result = await landport([...SMALL, '--resume', '-o', folder], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(differingFiles(folder, reference, REPRODUCIBLE_FILES)).toEqual([]);
    expect(leftovers(folder)).toEqual([]);
  });

  it('report on a folder a live process holds: exit 2, no chart drawn', async () => {
    const folder = copyOfReference('report-locked');
    writeLock(folder, process.pid);
    const before = listTree(folder);
    const result = await landport(['report', folder], dir);
    expectRefusal(result, new RegExp(`Another landport process \\(pid ${process.pid}\\) is writing to `));
    expect(listTree(folder)).toEqual(before);
  });
});

/** Resolves once `folder`'s lock names `pid`. */
async function waitForLock(folder: string, pid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if (JSON.parse(readFileSync(join(folder, LOCK), 'utf8')).pid === pid) return;
    } catch {
      // Not there yet, or still the stale one.
    }
    if (Date.now() > deadline) throw new Error(`process ${pid} did not take the lock of ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const noTmpfs = tmpfsUnavailable();
if (noTmpfs !== null && process.env.CI !== 'true') {
  process.stderr.write(
    `\nadversarial-files: SKIPPING the full-disk tests: cannot mount a tmpfs here (${noTmpfs}). They need root; CI runs them.\n\n`,
  );
}

describe.skipIf(noTmpfs !== null && process.env.CI !== 'true')(
  'a full or read-only disk (a small tmpfs)',
  () => {
    const mounts: string[] = [];
    const mount = (name: string, kilobytes: number | 'ro') => {
      const folder = join(dir, name);
      if (kilobytes === 'ro') mountReadOnlyDisk(folder);
      else mountSmallDisk(folder, kilobytes);
      mounts.push(folder);
      return folder;
    };
    beforeAll(() => {
      if (noTmpfs !== null) throw new Error(`CI=true, but a tmpfs cannot be mounted: ${noTmpfs}`);
    });
    afterAll(() => {
      for (const folder of mounts) unmountSmallDisk(folder);
    });

    /** Asserts that every line of the log is a complete record and no temporary file is left. */
    function expectIntact(folder: string): void {
      const log = readFileSync(join(folder, 'replications.jsonl'), 'utf8');
      expect(log.endsWith('\n')).toBe(true);
      for (const line of log.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      expect(existsSync(join(folder, 'summary.json'))).toBe(false);
      expect(leftovers(folder)).toEqual([]);
    }

    it('the log fills the disk: exit 2 naming the folder and "no space left"; --resume completes it once space is freed', async () => {
      const disk = mount('full-log', 40);
      const out = join(disk, 'out');
      // Enough replications that the log outgrows the 40 kB disk (~1.4 kB a record) before the outputs.
      const run = [...SMALL.slice(0, 2), '-r', '60', ...SMALL.slice(4)];
      const [full, reference60] = await Promise.all([
        landport([...run, '-o', out], dir),
        landport([...run, '-o', join(dir, 'reference-60')], dir),
      ]);
      expectRefusal(
        full,
        /Cannot append to .*out\/replications\.jsonl: no space left on the device \(ENOSPC\)\. Free some space on that disk, then run the same command again \(or with --resume\) to complete the folder: the replications finished so far are saved in .*out\./,
      );
      expectIntact(out);
      resizeSmallDisk(disk, 4096);
      const resumed = await landport([...run, '--resume', '-o', out], dir);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(reference60.code).toBe(0);
      expect(differingFiles(out, join(dir, 'reference-60'), REPRODUCIBLE_FILES)).toEqual([]);
    });

    it('the outputs fill the disk after the log: exit 2, no summary, and the same command completes it', async () => {
      // Room for the log, the manifest, the lock and one page more: the first output cannot fit.
      const pages = (file: string) => Math.ceil(readFileSync(join(reference, file)).length / 4096);
      const disk = mount('full-outputs', 4 * (pages('replications.jsonl') + pages('manifest.json') + 2));
      const out = join(disk, 'out');
      const full = await landport([...SMALL, '-o', out], dir);
      expectRefusal(
        full,
        /Cannot write .*out\/(replications|series)\.csv: no space left on the device \(ENOSPC\)/,
      );
      expectIntact(out);
      expect(completeLines(join(out, 'replications.jsonl'))).toBe(4);
      resizeSmallDisk(disk, 4096);
      const again = await landport([...SMALL, '-o', out], dir);
      expect(again.code, again.stderr).toBe(0);
      expect(differingFiles(out, reference, REPRODUCIBLE_FILES)).toEqual([]);
    });

    it('report on a full disk: exit 2, no report.html, every chart file written is complete', async () => {
      const disk = mount('full-report', 256);
      const folder = join(disk, 'run');
      const done = await landport([...SMALL, '-o', folder], dir);
      expect(done.code, done.stderr).toBe(0);
      const results = listTree(folder);
      const result = await landport(['report', folder], dir);
      expectRefusal(
        result,
        /Cannot write .*run\/(charts\/.*|report\.html): no space left on the device \(ENOSPC\)/,
      );
      expect(existsSync(join(folder, 'report.html'))).toBe(false);
      expect(leftovers(folder)).toEqual([]);
      expect(differingFiles(folder, reference, REPRODUCIBLE_FILES)).toEqual([]);
      for (const file of listTree(folder).filter((f) => !results.includes(f) && !f.endsWith('/'))) {
        const bytes = readFileSync(join(folder, file));
        if (file.endsWith('.png')) expect(bytes.subarray(-8).toString('latin1'), file).toMatch(/^IEND/);
        if (file.endsWith('.svg')) expect(bytes.toString('utf8').trimEnd(), file).toMatch(/<\/svg>$/);
        if (file.endsWith('.json')) expect(() => JSON.parse(bytes.toString('utf8')), file).not.toThrow();
      }
    });

    it('merge into a full disk: exit 2, and the half-merged folder is removed, so the merge can simply be rerun', async () => {
      const disk = mount('full-merge', 16);
      const out = join(disk, 'merged');
      const result = await landport(['merge', shard(0), shard(1), '-o', out], dir);
      expectRefusal(result, /Cannot write .*merged\/[a-z.]+: no space left on the device \(ENOSPC\)/);
      expect(listTree(disk)).toEqual([]);
    });

    it('a read-only disk: exit 2 naming the folder, nothing written', async () => {
      const disk = mount('read-only', 'ro');
      const result = await landport([...SMALL, '-o', join(disk, 'out')], dir);
      expectRefusal(result, /Cannot create the output folder .*read-only\/out: EROFS/);
      expect(listTree(disk)).toEqual([]);
    });
  },
);
