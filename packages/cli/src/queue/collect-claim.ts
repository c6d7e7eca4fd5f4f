import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { BatchError } from '../batch/batch-error.js';
import { batchKeys } from './queue-keys.js';

/**
 * How long a claim lives without being renewed. A collect that is killed gives up its claim this
 * long after its last renewal, so that the batch can be collected again without manual clean-up.
 */
export const CLAIM_MS = 30_000;

/** How long the release may take before the collect ends without it. */
const RELEASE_WAIT_MS = 500;

/** How often a live collect renews its claim: three times within its life. */
const RENEW_MS = CLAIM_MS / 3;

// Renew or release only the claim we hold: another process may have taken the key after ours expired.
const RENEW =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0";
const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/** Who holds a claim: stored as the key's value, and read back to name the other process. */
interface Claimant {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/**
 * Runs `work` while this process holds the claim on collecting batch `batchId`: a Redis key
 * (`landport:batch:<id>:collector`) set only if absent, with a time to live that a live collect
 * renews. Two collects of one batch would race (one may `--purge` the batch while the other reads
 * it, or both retry its failed jobs), so the second is refused with exit 2 and names the first. A
 * claim left by a killed collect expires within {@link CLAIM_MS}; the renewal and the release only
 * touch a claim whose value is still ours.
 */
export async function withCollectClaim<T>(
  redis: Redis,
  batchId: string,
  server: string,
  work: () => Promise<T>,
): Promise<T> {
  const key = `${batchKeys(batchId).batch}:collector`;
  const value = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
  } satisfies Claimant);
  const taken = await redis.set(key, value, 'PX', CLAIM_MS, 'NX');
  if (taken !== 'OK') throw claimedError(batchId, server, await redis.get(key));
  const renewal = setInterval(() => {
    redis.eval(RENEW, 1, key, value, CLAIM_MS).catch(() => {
      // A failed renewal is reported by the collect's own next command, which fails the same way.
    });
  }, RENEW_MS);
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    // Bounded: when the server stopped answering (the likely reason `work` failed), waiting for the
    // release's own time-out would delay the report; the claim then expires by itself.
    await Promise.race([
      redis.eval(RELEASE, 1, key, value).catch(() => {}),
      sleep(RELEASE_WAIT_MS, undefined, { ref: false }),
    ]);
  }
}

function claimedError(batchId: string, server: string, held: string | null): BatchError {
  let who = 'another landport collect';
  try {
    const c = JSON.parse(held ?? '') as Claimant;
    who = `another landport collect (pid ${c.pid} on ${c.host}, since ${c.since})`;
  } catch {
    // An unreadable claim still counts; it expires like any other.
  }
  return new BatchError(
    `Batch ${batchId} on ${server} is being collected by ${who}. Wait for it to finish; ` +
      `if that process was killed, its claim expires within ${CLAIM_MS / 1000} s, then collect again.`,
  );
}
