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

/** Reads a whole number of milliseconds >= `min` (a UsageError names the option and the value). */
export function millisecondsOption(option: string, text: string, min: number): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(
      `${option} ${JSON.stringify(text)}: expected a whole number of milliseconds >= ${min}.`,
    );
  }
  return n;
}
