import { constants, gunzipSync, gzipSync } from 'node:zlib';
import type { ReplicationOutput } from '@landport/experiment';
import { encodeReplicationLine } from '../batch/replication-line.js';

/**
 * One replication's output as stored in Redis: its results-log line (`encodeReplicationLine`,
 * the very text `landport run` appends to replications.jsonl, so every number reads back bit for
 * bit), gzip-compressed.
 *
 * Why compress: Redis holds every output of a batch in memory until it is collected. The line
 * already carries its numbers brotli-compressed (record format 2 and later), but as text (base85 in
 * format 4, a quarter larger than the bytes it encodes; base64 before, a third); gzip level 1 wins
 * part of that back (measured on format 2, a year of horgos-2024: ~124 kB of line, ~93 kB stored)
 * for a few ms per year-long replication that itself takes ~2 s.
 * gzip rather than raw deflate: its magic bytes make a stored value recognisable with redis-cli.
 */
export function packOutput(output: ReplicationOutput): Buffer {
  return gzipSync(Buffer.from(encodeReplicationLine(output), 'utf8'), { level: constants.Z_BEST_SPEED });
}

/** The results-log line (without newline) of a value written by {@link packOutput}. */
export function unpackLine(packed: Buffer): string {
  return gunzipSync(packed).toString('utf8');
}
