import type { Scenario } from '@landport/sim-core/border';
import type { Command } from 'commander';
import { withFolderLock } from '../batch/folder-lock.js';
import { stringifyLossless } from '../batch/lossless-number.js';
import { createProgress } from '../batch/progress.js';
import { borderOutputUnits, scenarioCurrency } from '../border-output-units.js';
import { withInterrupt } from '../interrupt-signal.js';
import { parseBatchId } from '../queue/batch-id.js';
import { queueOption } from '../queue/queue-options.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import { SCENARIO_RECORD_SCHEMA_VERSION, writeScenarioRecord } from '../report/scenario-record.js';
import { writeReport } from '../report/write-report.js';
import { formatSummaryTable } from '../summary-table.js';

/** Options of `landport collect`. */
interface CollectOptions {
  queue: string;
  out?: string;
  wait: boolean;
  retryFailed?: boolean;
  purge?: boolean;
  quiet?: boolean;
  json?: boolean;
  /** False with --no-charts. */
  charts: boolean;
}

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description(
      'Wait for a batch on the work queue to finish, then write the same results folder as `landport run`.',
    )
    .argument('<batch-id>', 'the id `landport submit` printed')
    .addOption(queueOption())
    .option('-o, --out <dir>', 'results folder (default results/<scenario>-seed<seed>)')
    .option('--no-wait', 'do not wait: write the results if the batch is finished, else report its progress')
    .option('--retry-failed', "put the batch's failed jobs back on the queue first (after fixing the cause)")
    .option('--purge', 'delete the batch from Redis once its results are written')
    .option('-q, --quiet', 'no progress output')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--no-charts', 'skip the charts and report.html (draw them later with `landport report`)')
    .addHelpText(
      'after',
      '\nExample:\n  landport collect horgos-2024-3f9a2c1b --queue redis://10.0.0.5:6379 --out results/h24\n\n' +
        'Exit code 2 if the batch cannot be completed (jobs failed after all their tries: each is listed\n' +
        'with its error), is unknown, or the queue is unreachable; nothing is written then.',
    )
    .action(async (batchArg: string, options: CollectOptions) => {
      const batchId = parseBatchId(batchArg);
      const url = parseRedisUrl(options.queue);
      const quiet = options.quiet === true || options.json === true;
      // Loaded here, not above: BullMQ and ioredis would slow every other command's start.
      const { withRedis } = await import('../queue/with-redis.js');
      const { collectBatch } = await import('../queue/collect-batch.js');
      const log = (line: string) => {
        if (!quiet) process.stderr.write(`landport: ${line}\n`);
      };
      await withRedis(url, {}, async (redis) => {
        // Commands wait while the connection is down; say so once, rather than look hung.
        let down = false;
        redis.on('reconnecting', () => {
          if (!down) log(`lost the connection to ${url.display}; reconnecting (Ctrl-C stops waiting)`);
          down = true;
        });
        redis.on('ready', () => {
          if (down) log(`reconnected to ${url.display}`);
          down = false;
        });
        const result = await withInterrupt(
          (signal) =>
            collectBatch({
              redis,
              server: url.display,
              batchId,
              wait: options.wait,
              retryFailed: options.retryFailed === true,
              purge: options.purge === true,
              progress: createProgress({ quiet: quiet || !options.wait }),
              log,
              signal,
              units: (scenario) => borderOutputUnits(scenarioCurrency(scenario)),
              ...(options.out === undefined ? {} : { outDir: options.out }),
            }),
          'stopped waiting; the batch goes on, collect it again later',
        );
        // The files `landport run` writes beside the results: the scenario record and the report.
        const { spec } = result;
        const report = await withFolderLock(result.folder, 'output folder', async () => {
          writeScenarioRecord(result.folder, {
            schemaVersion: SCENARIO_RECORD_SCHEMA_VERSION,
            name: spec.manifest.scenario.name,
            scenario: spec.scenario as Scenario,
            sources: spec.sources,
          });
          return options.charts ? await writeReport(result.folder) : null;
        });
        if (options.json === true) process.stdout.write(`${stringifyLossless(result.summary)}\n`);
        else
          process.stdout.write(
            `${formatSummaryTable(result.summary, scenarioCurrency(spec.scenario))}\nresults in ${result.folder}\n${report === null ? '' : `report: ${report.html}\n`}`,
          );
      });
    });
}
