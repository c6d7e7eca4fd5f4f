/**
 * A small disk for the end-to-end tests: a tmpfs of a few kilobytes mounted on a folder, to see
 * what the CLI does when the disk fills up. Mounting needs root (or CAP_SYS_ADMIN); where it is
 * not permitted the tests that need it skip with a message, except under CI (CI=true), where they
 * must run and fail instead, so that CI never passes them untested.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why a tmpfs cannot be mounted here, or null if it can (tried once, on a scratch folder). */
export function tmpfsUnavailable(): string | null {
  const probe = mkdtempSync(join(tmpdir(), 'landport-tmpfs-probe-'));
  try {
    mountSmallDisk(probe, 8);
    unmountSmallDisk(probe);
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** Mounts a tmpfs of `kilobytes` (a multiple of the 4 kB page) on `folder`, creating the folder. */
export function mountSmallDisk(folder: string, kilobytes: number): void {
  mkdirSync(folder, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', folder], { stdio: 'pipe' });
}

/** Mounts a read-only tmpfs on `folder`. */
export function mountReadOnlyDisk(folder: string): void {
  mkdirSync(folder, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', folder], { stdio: 'pipe' });
}

/** Gives the tmpfs on `folder` a new size, keeping its files: "space was freed". */
export function resizeSmallDisk(folder: string, kilobytes: number): void {
  execFileSync('mount', ['-o', `remount,size=${kilobytes}k`, folder], { stdio: 'pipe' });
}

/** Unmounts `folder` (lazily if still busy); does nothing if nothing is mounted there. */
export function unmountSmallDisk(folder: string): void {
  try {
    execFileSync('umount', [folder], { stdio: 'pipe' });
  } catch {
    try {
      execFileSync('umount', ['-l', folder], { stdio: 'pipe' });
    } catch {
      // Not mounted.
    }
  }
}
