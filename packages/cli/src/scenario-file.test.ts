import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBytes, parseByteSize, readScenarioFile } from './scenario-file.js';
import { UsageError } from './usage-error.js';

const dir = mkdtempSync(join(tmpdir(), 'landport-scenario-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function messageOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('readScenarioFile', () => {
  it('reads a regular file, and one through a symbolic link', () => {
    writeFileSync(join(dir, 'a.yaml'), 'name: é\n');
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'link.yaml'));
    expect(readScenarioFile(join(dir, 'a.yaml'))).toBe('name: é\n');
    expect(readScenarioFile(join(dir, 'link.yaml'))).toBe('name: é\n');
  });

  it('reads a file of exactly the limit, and refuses one byte more with the size and the flag', () => {
    writeFileSync(join(dir, 'limit.yaml'), 'a'.repeat(1000));
    expect(readScenarioFile(join(dir, 'limit.yaml'), 1000)).toHaveLength(1000);
    expect(messageOf(() => readScenarioFile(join(dir, 'limit.yaml'), 999))).toBe(
      `${join(dir, 'limit.yaml')} is 1 KB, above the 999 bytes limit for scenario files (the shipped scenarios are under 20 KB). If it really is a scenario, raise the limit, e.g. --max-scenario-size 1MB.`,
    );
  });

  it('refuses /dev/zero at once rather than reading it for ever', () => {
    expect(messageOf(() => readScenarioFile('/dev/zero'))).toBe(
      '/dev/zero is a character device, not a scenario file. Give the path of a JSON or YAML scenario file.',
    );
  });

  it('refuses a FIFO without opening it (opening would wait for a writer)', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(messageOf(() => readScenarioFile(fifo))).toMatch(
      /fifo is a named pipe \(FIFO\), not a scenario file/,
    );
  });

  it('refuses a folder, and names a missing file', () => {
    expect(messageOf(() => readScenarioFile(dir))).toMatch(/ is a folder, not a scenario file\./);
    expect(messageOf(() => readScenarioFile(join(dir, 'nothing.yaml')))).toMatch(
      /^cannot read .*nothing\.yaml: ENOENT\. Give the path of a JSON or YAML scenario file\.$/,
    );
  });

  it('stops reading past the limit even where the size reported is 0 (/proc)', () => {
    expect(messageOf(() => readScenarioFile('/proc/self/maps', 10))).toMatch(
      /^\/proc\/self\/maps is over 10 bytes, above the 10 bytes limit/,
    );
  });
});

describe('parseByteSize', () => {
  it.each([
    ['50MB', 50e6],
    ['500kb', 5e5],
    ['1.5MB', 1.5e6],
    ['2MiB', 2 * 2 ** 20],
    ['123', 123],
    [' 1 GB ', 1e9],
  ])('reads %j as %d bytes', (text, bytes) => {
    expect(parseByteSize('--max-scenario-size', text)).toBe(bytes);
  });

  it.each(['', 'big', '0', '-1MB', '5TB', '3GB', '1e6'])('refuses %j with the form expected', (text) => {
    expect(messageOf(() => parseByteSize('--max-scenario-size', text))).toBe(
      `--max-scenario-size ${JSON.stringify(text)}: expected a size from 1 byte to 2GiB, such as 5MB, 500KB or 2000000 (bytes).`,
    );
  });

  it('formatBytes rounds to 3 digits in the largest unit', () => {
    expect([999, 1000, 52_428_800, 2e9].map(formatBytes)).toEqual(['999 bytes', '1 KB', '52.4 MB', '2 GB']);
  });
});
