import {
  closeSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { BatchError } from './batch-error.js';
import { asFileSystemError } from './file-system-error.js';
import { ensureFolder } from './results-folder.js';
import { writeFully } from './write-fully.js';

/** File name of the lock inside a folder being written. */
export const LOCK_FILE = '.landport.lock';

/** Who holds a lock: enough to tell, on the same machine, whether that process is still alive. */
export interface LockOwner {
  /** Process id of the holder. */
  pid: number;
  /** Host name of the holder's machine (a pid means nothing on another machine). */
  hostname: string;
  /**
   * When the holder process started, as the kernel counts it (field 22 of /proc/PID/stat), or null
   * where there is no /proc. Tells a live holder from an unrelated process that reuses its pid.
   */
  processStart: string | null;
  /** When the lock was taken (ISO 8601), for people. */
  since: string;
}

/** Locks this process holds, by absolute folder path: taking a held one again only counts it. */
const held = new Map<string, { text: string; path: string }>();

/**
 * Runs `work` holding the lock on `folder`, a results folder this process is about to write: no
 * other landport process may write there meanwhile. Creates the folder (and its parents) if
 * needed, since the lock lives inside it; if `work` fails and the folders created here hold
 * nothing, they are removed again, so a failed command leaves no empty folder behind.
 *
 * The lock is the file `.landport.lock`, made with link(2) (atomic: it exists complete or not at
 * all) and holding the {@link LockOwner}. A second process finds it and fails with a BatchError
 * naming the holder's pid. A lock whose holder is gone (on this machine: no process with that pid,
 * or one that started at another time) was left by a killed process and is taken over. A lock from
 * another machine cannot be checked and counts as held. Locks are re-entrant within a process, and
 * are removed on release and, should the process exit in between, on exit.
 *
 * `purpose` names the folder in messages ("output folder").
 */
export async function withFolderLock<T>(
  folder: string,
  purpose: string,
  work: () => Promise<T> | T,
): Promise<T> {
  const key = resolve(folder);
  if (held.has(key)) return await work(); // the caller's lock covers it, and releases it
  const created = ensureFolder(folder, purpose);
  const lock = acquire(folder, key, created);
  let succeeded = false;
  try {
    const result = await work();
    succeeded = true;
    return result;
  } finally {
    release(key, lock);
    if (!succeeded) removeIfEmpty(created);
  }
}

function acquire(folder: string, key: string, created: readonly string[]) {
  const path = join(folder, LOCK_FILE);
  const text = `${JSON.stringify(currentOwner())}\n`;
  // Written in full under a name of our own, then linked to the lock's name: link fails if the
  // lock exists, and a lock never exists half-written.
  const draft = join(folder, `${LOCK_FILE}.${process.pid}.tmp`);
  try {
    const fd = openSync(draft, 'w');
    try {
      writeFully(fd, Buffer.from(text, 'utf8'));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(draft, { force: true });
    removeIfEmpty(created);
    throw asFileSystemError(error, folder, 'write into');
  }
  try {
    // A few rounds: each either takes the lock, finds it held, or removes a stale one and retries.
    for (let round = 0; round < 5; round++) {
      try {
        linkSync(draft, path);
        const entry = { text, path };
        held.set(key, entry);
        return entry;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
          throw asFileSystemError(error, folder, 'lock');
      }
      const existing = readLock(path);
      if (existing === null) continue; // released meanwhile
      if (isAlive(existing.owner)) throw heldError(folder, path, existing.owner);
      takeOver(path, existing.text);
    }
    throw new BatchError(
      `Cannot lock ${folder}: its lock ${path} keeps changing hands. Is another landport process starting there? Try again.`,
    );
  } catch (error) {
    rmSync(draft, { force: true });
    removeIfEmpty(created);
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

function release(key: string, lock: { text: string; path: string }): void {
  held.delete(key);
  removeIfOurs(lock.path, lock.text);
}

/** Removes the lock at `path` if it still holds `text`: never a lock another process took over. */
function removeIfOurs(path: string, text: string): void {
  try {
    if (readFileSync(path, 'utf8') === text) rmSync(path, { force: true });
  } catch {
    // Gone already, or the folder was removed: nothing to release.
  }
}

process.on('exit', () => {
  for (const lock of held.values()) removeIfOurs(lock.path, lock.text);
});

function heldError(folder: string, path: string, owner: LockOwner): BatchError {
  const where = owner.hostname === hostname() ? '' : ` on ${owner.hostname}`;
  return new BatchError(
    `Another landport process (pid ${owner.pid}${where}) is writing to ${folder} (since ${owner.since}). ` +
      `Wait for it to finish, or choose another folder; if no such process is running any more, delete ${path}.`,
  );
}

/** The lock at `path` and its text, or null if there is none; a lock that does not parse has owner pid 0 (stale). */
function readLock(path: string): { owner: LockOwner; text: string } | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw asFileSystemError(error, path, 'read');
  }
  let owner: Partial<LockOwner> | null = null;
  try {
    owner = JSON.parse(text) as Partial<LockOwner>;
  } catch {
    // A lock is never written half (see acquire): one that does not parse was damaged; stale.
  }
  const valid =
    owner !== null &&
    Number.isSafeInteger(owner.pid) &&
    typeof owner.hostname === 'string' &&
    (typeof owner.processStart === 'string' || owner.processStart === null) &&
    typeof owner.since === 'string';
  return {
    owner: valid ? (owner as LockOwner) : { pid: 0, hostname: hostname(), processStart: null, since: '' },
    text,
  };
}

/**
 * Moves the stale lock at `path` aside, then removes it; if what was moved is not the lock judged
 * stale (another process took it over in between), puts it back.
 */
function takeOver(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // taken over by another process
    throw asFileSystemError(error, path, 'remove the stale lock');
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleText) linkSync(aside, path);
  } catch {
    // The lock was taken again meanwhile: the next round finds it.
  } finally {
    rmSync(aside, { force: true });
  }
}

/** Whether the owner of a lock may still be running. */
function isAlive(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true; // cannot tell: better refuse than write together
  if (owner.pid <= 0 || owner.pid === process.pid) return false; // not a lock we hold (see `held`)
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStart(owner.pid);
  return owner.processStart === null || start === null || start === owner.processStart;
}

function currentOwner(): LockOwner {
  return {
    pid: process.pid,
    hostname: hostname(),
    processStart: processStart(process.pid),
    since: new Date().toISOString(),
  };
}

/** Start time of process `pid` in clock ticks since boot (Linux /proc), or null where unknown. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Removes `folders` (outermost first, as `ensureFolder` returns them) that hold nothing, innermost first. */
function removeIfEmpty(folders: readonly string[]): void {
  for (const folder of [...folders].reverse()) {
    try {
      if (readdirSync(folder).length > 0) return;
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}
