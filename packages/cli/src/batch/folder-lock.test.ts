import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchError } from './batch-error.js';
import { LOCK_FILE, type LockOwner, withFolderLock } from './folder-lock.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'landport-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeLock(folder: string, owner: Partial<LockOwner>): void {
  mkdirSync(folder, { recursive: true });
  const full = {
    pid: 1,
    hostname: hostname(),
    processStart: null,
    since: '2024-01-01T00:00:00.000Z',
    ...owner,
  };
  writeFileSync(join(folder, LOCK_FILE), `${JSON.stringify(full)}\n`);
}

/** The pid of a process that has exited: no process has it (until the system reuses it). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('withFolderLock', () => {
  it('holds a lock file naming this process while the work runs, and removes it after', async () => {
    const folder = join(root, 'out');
    const seen = await withFolderLock(folder, 'output folder', () =>
      JSON.parse(readFileSync(join(folder, LOCK_FILE), 'utf8')),
    );
    expect(seen).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is re-entrant within a process', async () => {
    const folder = join(root, 'out');
    const inner = await withFolderLock(folder, 'output folder', () =>
      withFolderLock(folder, 'output folder', () => existsSync(join(folder, LOCK_FILE))),
    );
    expect(inner).toBe(true);
    expect(existsSync(join(folder, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder whose lock is held by a live process, naming its pid', async () => {
    const folder = join(root, 'out');
    writeLock(folder, { pid: process.ppid });
    let ran = false;
    const attempt = withFolderLock(folder, 'output folder', () => (ran = true));
    await expect(attempt).rejects.toThrow(BatchError);
    await expect(attempt).rejects.toThrow(
      `Another landport process (pid ${process.ppid}) is writing to ${folder} (since 2024-01-01T00:00:00.000Z).`,
    );
    expect(ran).toBe(false);
    expect(JSON.parse(readFileSync(join(folder, LOCK_FILE), 'utf8')).pid).toBe(process.ppid);
  });

  it('refuses a lock from another machine, which it cannot check', async () => {
    const folder = join(root, 'out');
    writeLock(folder, { pid: deadPid(), hostname: `not-${hostname()}` });
    await expect(withFolderLock(folder, 'output folder', () => 0)).rejects.toThrow(
      new RegExp(`\\(pid \\d+ on not-${hostname()}\\) is writing to`),
    );
  });

  it.each([
    ['a dead pid', () => ({ pid: deadPid() })],
    ['a pid reused by a process started at another time', () => ({ pid: process.ppid, processStart: '1' })],
    ['a damaged lock file', () => ({ pid: Number.NaN })],
  ])('takes over a stale lock: %s', async (_name, owner) => {
    const folder = join(root, 'out');
    writeLock(folder, owner());
    const holder = await withFolderLock(folder, 'output folder', () =>
      JSON.parse(readFileSync(join(folder, LOCK_FILE), 'utf8')),
    );
    expect(holder.pid).toBe(process.pid);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('removes the folders it created when the work fails before writing anything', async () => {
    const folder = join(root, 'a', 'b');
    await expect(
      withFolderLock(folder, 'output folder', () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps a created folder the failed work wrote into', async () => {
    const folder = join(root, 'out');
    await expect(
      withFolderLock(folder, 'output folder', () => {
        writeFileSync(join(folder, 'manifest.json'), '{}');
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(readdirSync(folder)).toEqual(['manifest.json']);
  });
});
