import {
  borderOutputUnits,
  formatSummaryTable,
  SCENARIO_RECORD_SCHEMA_VERSION,
  scenarioCurrency,
  stringifyLossless,
} from '@landport/experiment';
import type { Scenario } from '@landport/sim-core/border';
import { withFolderLock } from '../batch/folder-lock.js';
import { createProgress } from '../batch/progress.js';
import { withInterrupt } from '../interrupt-signal.js';
import { parseBatchId } from '../queue/batch-id.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import { writeScenarioRecord } from '../report/scenario-record.js';
import { writeReport } from '../report/write-report.js';
import type { CollectOptions } from './collect.js';

/** `landport collect`, once commander has parsed its arguments (declared in collect.ts). */
export async function collectAction(batchArg: string, options: CollectOptions): Promise<void> {
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
}
