import { randomBytes } from 'node:crypto';
import { UsageError } from '../usage-error.js';

/** Batch ids: lower-case letters, digits and dashes (they go into Redis keys and job ids). */
const BATCH_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * A new batch id, `<scenario>-<8 hex digits>` (e.g. `horgos-2024-3f9a2c1b`): the scenario's name
 * for the people who list batches, random digits so that two submissions of the same scenario
 * never share results. The id names the batch only; nothing computed depends on it.
 */
export function newBatchId(scenarioName: string): string {
  const slug = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const suffix = randomBytes(4).toString('hex');
  return slug === '' ? suffix : `${slug}-${suffix}`;
}

/** Checks a batch id given on the command line; a UsageError says what an id looks like. */
export function parseBatchId(text: string): string {
  if (!BATCH_ID.test(text)) {
    throw new UsageError(
      `batch id ${JSON.stringify(text)} is not valid: expected the id \`landport submit\` printed, such as horgos-2024-3f9a2c1b.`,
    );
  }
  return text;
}
