import { Option } from 'commander';
import { UsageError } from './usage-error.js';

/*
 * Options shared by the commands, and the readers of numeric options. Every reader refuses, with a
 * UsageError naming the option, the value and the range, whatever is not a plain number in range:
 * empty, words, hexadecimal or exponent forms (`0x10`, `1e3`), fractions where a whole number is
 * meant, and values outside the range.
 */

/** Most replications a command runs per scenario or point: a million takes hours already. */
export const MAX_REPLICATIONS = 1_000_000;

/** Most worker threads `--workers` accepts; the threads started are fewer (see `workerCount` in worker-count.ts). */
export const MAX_WORKERS_OPTION = 256;

const WHOLE_NUMBER = /^\d+$/;

/** Reads a whole number from `min` to `max` written in plain digits. */
export function wholeNumber(option: string, text: string, min: number, max: number): number {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (!WHOLE_NUMBER.test(trimmed) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `${option} ${JSON.stringify(text)}: expected a whole number from ${min} to ${max.toLocaleString('en')}.`,
    );
  }
  return n;
}

/** Reads an integer >= 1 option (at most `max`). */
export function positiveInteger(option: string, text: string, max = Number.MAX_SAFE_INTEGER): number {
  return wholeNumber(option, text, 1, max);
}

/** `--replications`: 1 to {@link MAX_REPLICATIONS}. */
export function replicationsOption(text: string, option = '--replications'): number {
  return wholeNumber(option, text, 1, MAX_REPLICATIONS);
}

/** A seed: an integer if it reads as one, else the text itself (seeds may be words). */
export function seedOption(text: string): number | string {
  if (text.trim() === '') throw new UsageError('--seed: expected a number or a word, got an empty string.');
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
}

/** The help text of `--workers`, with the clamp of `workerCount` (worker-count.ts). */
export const WORKERS_HELP =
  'worker threads, 1 to 256 (default: one per core, but no more than one per million events the run is estimated at); never more are started than the replications or 4 × the cores';

/**
 * `--allow-large-run`: runs a scenario the cost guard refuses (see run-cost-guard.ts). Shared by
 * every command that loads a scenario.
 */
export function allowLargeRunOption(): Option {
  return new Option(
    '--allow-large-run',
    'run even a scenario estimated above 10^8 events or 2 million queued vehicles per replication',
  );
}

/** `--max-scenario-size`: the size limit of a scenario file (see scenario-file.ts). */
export function maxScenarioSizeOption(): Option {
  return new Option(
    '--max-scenario-size <size>',
    'largest scenario file read, e.g. 5MB (default 1MB; the shipped ones are under 20 KB)',
  );
}

/** Commander collector for repeatable options. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
