import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplicationOutput } from '@landport/experiment';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchError } from './batch-error.js';
import { LogIndex } from './log-index.js';
import { OrderedResults } from './ordered-results.js';
import { encodeReplicationLine } from './replication-line.js';
import { LOG_FILE, ResultsLog } from './results-log.js';

let folder: string;
const output = (replication: number, x = replication / 2): ReplicationOutput => ({
  replication,
  metrics: { x, [`only${replication % 2}`]: 1 },
});
const line = (o: ReplicationOutput) => `${encodeReplicationLine(o)}\n`;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'landport-log-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('ResultsLog and LogIndex', () => {
  it('appends one line per replication and reads them back in replication order', () => {
    const log = ResultsLog.create(folder, { syncIntervalMs: 0 });
    for (const r of [3, 0, 2, 1]) expect(log.append(output(r))).toBe(true);
    log.close();
    const index = LogIndex.scan(join(folder, LOG_FILE));
    expect([...index.entries.keys()]).toEqual([3, 0, 2, 1]);
    const results = new OrderedResults([index]);
    expect(results.replications).toEqual([0, 1, 2, 3]);
    expect(results.metricNames).toEqual(['only0', 'only1', 'x']);
    expect([...results.outputs()]).toEqual([0, 1, 2, 3].map((r) => output(r)));
  });

  it('refuses to create a log where one exists', () => {
    ResultsLog.create(folder).close();
    expect(() => ResultsLog.create(folder)).toThrow(/EEXIST/);
  });

  it('ignores a torn last line, and resume cuts it off before appending', () => {
    const path = join(folder, LOG_FILE);
    const torn = line(output(2)).slice(0, 17);
    writeFileSync(path, line(output(0)) + line(output(1)) + torn);
    const index = LogIndex.scan(path);
    expect([...index.entries.keys()]).toEqual([0, 1]);
    expect(index.tornBytes).toBe(17);

    const log = ResultsLog.resume(folder);
    log.append(output(2));
    log.close();
    expect(readFileSync(path, 'utf8')).toBe(line(output(0)) + line(output(1)) + line(output(2)));
  });

  it('treats a zero-filled tail (after a power failure) as torn', () => {
    const path = join(folder, LOG_FILE);
    writeFileSync(path, line(output(0)));
    appendFileSync(path, Buffer.alloc(300));
    const index = LogIndex.scan(path);
    expect([...index.entries.keys()]).toEqual([0]);
    expect(index.tornBytes).toBe(300);
  });

  it('counts a duplicated replication once, keeping the first record', () => {
    const path = join(folder, LOG_FILE);
    writeFileSync(path, line(output(0, 1)) + line(output(1)) + line(output(0, 99)));
    const index = LogIndex.scan(path);
    expect(index.duplicates).toBe(1);
    expect([...new OrderedResults([index]).outputs()][0]).toEqual(output(0, 1));
    const log = ResultsLog.resume(folder);
    expect(log.append(output(1, 5))).toBe(false);
    log.close();
  });

  it('refuses a damaged line in the middle of the log, naming the file and line', () => {
    const path = join(folder, LOG_FILE);
    writeFileSync(path, `${line(output(0))}{"replication":1,"metr\n${line(output(2))}`);
    expect(() => LogIndex.scan(path)).toThrow(`${path} line 2 is not a valid replication record`);
    // A problem of the folder, not a bug: the CLI's exit code 2, with what to do.
    expect(() => LogIndex.scan(path)).toThrow(BatchError);
    expect(() => LogIndex.scan(path)).toThrow(/Delete that line and run the same command with --resume/);
  });

  it('reads a log that mixes format-1 lines (an older Landport) with format-2 lines (a resume since)', () => {
    const path = join(folder, LOG_FILE);
    writeFileSync(path, '{"replication":1,"metrics":{"x":0.5,"only1":1}}\n');
    const log = ResultsLog.resume(folder, { syncIntervalMs: 0 });
    expect(log.has(1)).toBe(true);
    log.append(output(0));
    log.close();
    expect([...new OrderedResults([LogIndex.scan(path)]).outputs()]).toEqual([output(0), output(1)]);
  });

  it('refuses a record of a format it does not read, even as the last line, rather than cutting it off', () => {
    const path = join(folder, LOG_FILE);
    const newer = '{"replication":1,"format":5,"packed":""}';
    writeFileSync(path, `${line(output(0))}${newer}\n`);
    expect(() => ResultsLog.resume(folder)).toThrow(BatchError);
    expect(() => ResultsLog.resume(folder)).toThrow(
      /line 2: the record has format 5, and this Landport reads formats 1, 2, 3 and 4/,
    );
    expect(readFileSync(path, 'utf8')).toBe(`${line(output(0))}${newer}\n`);
  });

  it('reads lines longer than one read chunk', () => {
    const long: ReplicationOutput = {
      replication: 0,
      metrics: {},
      series: [
        { name: 's', start: 0, interval: 1, values: Array.from({ length: 200_000 }, (_, k) => k / 7) },
      ],
    };
    const log = ResultsLog.create(folder);
    log.append(long);
    log.append(output(1));
    log.close();
    const results = new OrderedResults([LogIndex.scan(join(folder, LOG_FILE))]);
    expect([...results.outputs()]).toEqual([long, output(1)]);
  });

  it('reads only the requested replications of several disjoint logs, and rejects overlapping logs', () => {
    const a = new LogIndex('a');
    a.add(output(0), 0, 1);
    const b = new LogIndex('b');
    b.add(output(0), 0, 1);
    expect(() => new OrderedResults([a, b])).toThrow(
      'replication 0 is in both a and b; logs to combine must be disjoint',
    );
    expect(new OrderedResults([a, b], new Set([1])).size).toBe(0);
  });
});
