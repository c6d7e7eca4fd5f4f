import { positiveInteger, replicationsOption, seedOption, wholeNumber } from '../options.js';
import { millisecondsOption } from '../queue/queue-options.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import { scenarioRecord } from '../report/scenario-record.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { MAX_CHUNK, type SubmitOptions } from './submit.js';

/** `landport submit`, once commander has parsed its arguments (declared in submit.ts). */
export async function submitAction(scenarioArg: string, options: SubmitOptions): Promise<void> {
  const url = parseRedisUrl(options.queue);
  const replications = replicationsOption(options.replications);
  const seed = seedOption(options.seed);
  const chunk = options.chunk === undefined ? undefined : wholeNumber('--chunk', options.chunk, 1, MAX_CHUNK);
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
}
