import { Option } from 'commander';
import { UsageError } from '../usage-error.js';

/**
 * `--queue <url>`, shared by submit, worker and collect. The LANDPORT_QUEUE environment variable
 * stands in for it, which suits containers and job scripts that start many commands.
 */
export function queueOption(): Option {
  return new Option('--queue <url>', 'the Redis server of the work queue: redis://HOST:PORT[/DB]')
    .env('LANDPORT_QUEUE')
    .makeOptionMandatory();
}

/**
 * Longest time a millisecond option accepts: one day. The queue's timers are JavaScript timers,
 * which fire at once, with a warning, beyond 2^31 - 1 ms (24.8 days).
 */
export const MAX_MILLISECONDS = 86_400_000;

/**
 * Reads a whole number of milliseconds from `min` to {@link MAX_MILLISECONDS}, in plain digits (a
 * UsageError names the option, the value and the range).
 */
export function millisecondsOption(option: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < min || n > MAX_MILLISECONDS) {
    throw new UsageError(
      `${option} ${JSON.stringify(text)}: expected a whole number of milliseconds from ${min} to ${MAX_MILLISECONDS.toLocaleString('en')} (one day).`,
    );
  }
  return n;
}
