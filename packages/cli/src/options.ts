import { UsageError } from './usage-error.js';

/** Reads an integer >= 1 option. */
export function positiveInteger(option: string, text: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new UsageError(`${option} ${JSON.stringify(text)}: expected a whole number from 1 to ${max}.`);
  }
  return n;
}

/** A seed: an integer if it reads as one, else the text itself (seeds may be words). */
export function seedOption(text: string): number | string {
  if (text.trim() === '') throw new UsageError('--seed: expected a number or a word, got an empty string.');
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
}

/** `--workers` as runBatch options (absent: one per core). */
export function workersOption(text: string | undefined): { workers?: number } {
  return text === undefined ? {} : { workers: positiveInteger('--workers', text, 256) };
}
