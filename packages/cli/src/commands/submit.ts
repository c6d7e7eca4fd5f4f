import type { Command } from 'commander';
import {
  allowLargeRunOption,
  maxScenarioSizeOption,
  positiveInteger,
  replicationsOption,
  seedOption,
  wholeNumber,
} from '../options.js';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS } from '../queue/queue-defaults.js';
import { millisecondsOption, queueOption } from '../queue/queue-options.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import { scenarioRecord } from '../report/scenario-record.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { collect } from './run.js';

/** Options of `landport submit`. */
interface SubmitOptions {
  queue: string;
  replications: string;
  seed: string;
  horizon?: string;
  warmup?: string;
  set: string[];
  chunk?: string;
  attempts: string;
  backoff: string;
  quiet?: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
}

/** Most replications per job, as the docs state: larger jobs only unbalance the end of a batch. */
const MAX_CHUNK = 20;

export function registerSubmit(program: Command): void {
  program
    .command('submit')
    .description(
      'Put a batch of replications on a Redis work queue for `landport worker`s to run; prints the batch id for `landport collect`.',
    )
    .argument('<scenario>', 'a built-in scenario name (see `landport scenarios`) or a JSON/YAML file')
    .addOption(queueOption())
    .option('-r, --replications <n>', 'replications', '50')
    .option('-s, --seed <seed>', 'master seed: replication i uses the streams of (seed, i)', '1')
    .option('--horizon <duration>', 'override the horizon, e.g. 30d, 12h')
    .option('--warmup <duration>', 'override the warm-up, e.g. 7d')
    .option('--set <path=value>', 'override a scenario field (repeatable)', collect, [])
    .option('--chunk <k>', `replications per job, 1 to ${MAX_CHUNK} (default ⌈n/100⌉)`)
    .option('--attempts <n>', 'tries of a failing job before it counts as failed', String(DEFAULT_ATTEMPTS))
    .option(
      '--backoff <ms>',
      'delay before the first retry; it doubles at each retry',
      String(DEFAULT_BACKOFF_MS),
    )
    .option('-q, --quiet', 'print only the batch id')
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      '\nExample:\n  BATCH=$(landport submit horgos-2024 -r 10000 --seed 7 --queue redis://10.0.0.5:6379)\n' +
        '  landport worker --queue redis://10.0.0.5:6379        # on each core of each machine\n' +
        '  landport collect "$BATCH" --queue redis://10.0.0.5:6379 --out results/h24',
    )
    .action(async (scenarioArg: string, options: SubmitOptions) => {
      const url = parseRedisUrl(options.queue);
      const replications = replicationsOption(options.replications);
      const seed = seedOption(options.seed);
      const chunk =
        options.chunk === undefined ? undefined : wholeNumber('--chunk', options.chunk, 1, MAX_CHUNK);
      const attempts = positiveInteger('--attempts', options.attempts, 100);
      const backoffMs = millisecondsOption('--backoff', options.backoff, 0);
      const source = loadScenarioSource(scenarioArg, options);
      // Loaded here, not above: BullMQ and ioredis would slow every other command's start.
      const { withRedis } = await import('../queue/with-redis.js');
      const { submitBatch } = await import('../queue/submit-batch.js');
      // No reconnection: a submission cut short by a lost connection fails at once (collect
      // recognises an incomplete batch); submit again.
      await withRedis(url, { reconnect: false }, async (redis) => {
        const { id, spec } = await submitBatch({
          redis,
          scenario: source.scenario,
          scenarioName: source.name,
          seed,
          replications,
          overrides: source.overrides,
          sources: scenarioRecord(source, scenarioArg).sources,
          attempts,
          backoffMs,
          ...(chunk === undefined ? {} : { chunk }),
        });
        printScenarioNotes(source);
        process.stdout.write(`${id}\n`);
        if (options.quiet !== true) {
          process.stderr.write(
            `submitted batch ${id}: ${replications} replications of ${source.name} in ${spec.jobs} jobs of up to ${spec.chunk}, to ${url.display}\n` +
              `run workers: landport worker --queue ${url.display}\n` +
              `then:        landport collect ${id} --queue ${url.display}\n`,
          );
        }
      });
    });
}
