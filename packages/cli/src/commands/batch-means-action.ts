import { join } from 'node:path';
import { batchMeans, estimatedEvents, MIN_BATCHES } from '@landport/experiment';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { LogIndex } from '../batch/log-index.js';
import { OrderedResults } from '../batch/ordered-results.js';
import { createProgress } from '../batch/progress.js';
import { LOG_FILE } from '../batch/results-log.js';
import { borderThreads, runBorderBatch } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { seedOption, wholeNumber } from '../options.js';
import { requireFolderPath } from '../output-folder.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';
import type { BatchMeansOptions } from './batch-means.js';

/** File of the batch-means result in the results folder. */
export const BATCH_MEANS_FILE = 'batch-means.json';

/**
 * `landport batch-means`: the steady-state mean of a time-average from one long replication
 * (replication 0), by non-overlapping batch means (see analysis/batch-means.ts). Only for a
 * scenario without dated shocks: batch means assume a stationary process after the warm-up.
 */
/** `landport batch-means`, once commander has parsed its arguments (declared in batch-means.ts). */
export async function batchMeansAction(scenarioArg: string, options: BatchMeansOptions): Promise<void> {
  const batches = wholeNumber('--batches', options.batches, MIN_BATCHES, 1000);
  const source = loadScenarioSource(scenarioArg, options);
  const dated = source.scenario.shocks.filter((s) => s.at > 0);
  if (dated.length > 0)
    throw new UsageError(
      `batch-means: the scenario ${source.name} has ${dated.length} dated shock(s) (first: "${dated[0]!.label}"), so one long run is not stationary and batch means do not apply. ` +
        'Use independent replications (`landport run`), or remove the shocks with --set shocks=[] to study one configuration.',
    );
  const seed = seedOption(options.seed);
  const outDir = options.out ?? `results/${source.name}-batch-means-seed${seed}`;
  requireFolderPath(outDir);
  printScenarioNotes(source);
  const result = await withInterrupt((signal) =>
    runBorderBatch({
      outDir,
      source,
      scenarioArg,
      seed,
      replications: 1,
      // One thread; a replication long enough to repay it compiles as a long batch's threads do.
      threads: borderThreads('1', 1, estimatedEvents([source.scenario])),
      progress: createProgress({ quiet: options.quiet === true || options.json === true }),
      signal,
    }),
  );
  const output = [...new OrderedResults([LogIndex.scan(join(result.folder, LOG_FILE))]).outputs()][0]!;
  const series = (output.series ?? []).find((s) => s.name === options.series);
  if (series === undefined)
    throw new UsageError(
      `--series ${JSON.stringify(options.series)}: the run recorded no such series; it has ${(output.series ?? []).map((s) => s.name).join(', ')}.`,
    );
  if (series.values.length < batches)
    throw new UsageError(
      `--batches ${batches}: the run recorded only ${series.values.length} values of ${series.name} after the warm-up; give fewer batches or a longer --horizon.`,
    );
  const r = batchMeans(series.values, batches);
  const hours = r.batchSize * series.interval;
  writeFileAtomic(
    join(result.folder, BATCH_MEANS_FILE),
    `${JSON.stringify({ method: 'non-overlapping batch means (Law & Kelton §9.5.3)', series: series.name, unit: 'vehicles', intervalHours: series.interval, ...r }, null, 2)}\n`,
  );
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify({ series: series.name, unit: 'vehicles', ...r })}\n`);
    return;
  }
  const f = (x: number) => Number(x.toPrecision(4));
  const days = Number((hours / 24).toFixed(2));
  process.stdout.write(
    `${series.name} (time-average, vehicles) from one replication after a warm-up of ${source.scenario.calendar.warmUp / 60} h:\n` +
      `  ${r.batches} batches of ${r.batchSize} values (${f(hours)} h = ${days} days each)${r.dropped > 0 ? `, ${r.dropped} values at the end left out` : ''}\n` +
      `  mean ${f(r.mean)} vehicles, ${Math.round(r.level * 100)}% CI [${f(r.lower)}, ${f(r.upper)}] (± ${f(r.halfWidth)})\n` +
      `  lag-1 autocorrelation of the batch means ${f(r.lag1)} (5% one-sided limit ${f(r.lag1Critical)})\n` +
      `results in ${result.folder} (${BATCH_MEANS_FILE})\n`,
  );
  if (r.correlated)
    process.stderr.write(
      `landport: warning: the batch means are correlated (lag-1 ${f(r.lag1)} > ${f(r.lag1Critical)}): the interval is too narrow. ` +
        `${r.suggestedBatches === null ? 'Run longer (--horizon).' : `Use fewer, longer batches (--batches ${r.suggestedBatches}) or run longer (--horizon).`}\n`,
    );
}
