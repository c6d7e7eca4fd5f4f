import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Summary } from '@landport/experiment';
import { estimatedEvents, formatSummaryTable, parseShard, stringifyLossless } from '@landport/experiment';
import { withFolderLock } from '../batch/folder-lock.js';
import { MANIFEST_FILE } from '../batch/manifest.js';
import { createProgress } from '../batch/progress.js';
import { borderThreads, runBorderBatch } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { replicationsOption, seedOption } from '../options.js';
import { requireFolderPath } from '../output-folder.js';
import { formatPrecisionOutcome, precisionPlanOption } from '../precision-options.js';
import { REPORT_FILE, writeReport } from '../report/write-report.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';
import { warmupWarning } from '../warmup-check.js';
import type { RunOptions } from './run.js';

/** `landport run`, once commander has parsed its arguments (declared in run.ts). */
export async function runAction(scenarioArg: string, options: RunOptions): Promise<void> {
  const initial = replicationsOption(options.replications);
  const precision = precisionPlanOption(
    options.precision,
    options.maxReplications,
    initial,
    options.shard !== undefined,
  );
  const replications = precision?.maxReplications ?? initial;
  const source = loadScenarioSource(scenarioArg, options);
  const threads = borderThreads(options.workers, replications, estimatedEvents([source.scenario]));
  const seed = seedOption(options.seed);
  const shard = options.shard === undefined ? null : parseShardOption(options.shard);
  const outDir =
    options.out ??
    `results/${source.name}-seed${seed}${shard === null ? '' : `-shard${shard.index}of${shard.count}`}`;
  requireFolderPath(outDir);
  if (options.resume === true && !existsSync(join(outDir, MANIFEST_FILE))) {
    throw new UsageError(
      `--resume: ${outDir} holds no run to resume (it has no ${MANIFEST_FILE}). Give the --out of the interrupted run, or leave out --resume to start a new one.`,
    );
  }
  printScenarioNotes(source);
  const quiet = options.quiet === true || options.json === true;
  const progress = createProgress({ quiet });
  // Locked from the first write to the report, so that no other landport process writes there meanwhile.
  const { result, report } = await withFolderLock(outDir, 'output folder', async () => {
    const result = await withInterrupt((signal) =>
      runBorderBatch({
        outDir,
        source,
        scenarioArg,
        seed,
        replications,
        shard,
        threads,
        resume: options.resume === true,
        precision,
        progress,
        signal,
      }),
    );
    if (result.alreadyComplete) {
      process.stderr.write(
        `landport: ${outDir} already holds the complete results of this run (same scenario, seed, replications and overrides): ` +
          'showing them again without running anything. To run it afresh, delete the folder or choose another --out.\n',
      );
    }
    // A shard is part of a run: its report would be partial; draw it after `landport merge`.
    const drawn = result.alreadyComplete && existsSync(join(outDir, REPORT_FILE));
    const report =
      !options.charts || shard !== null
        ? null
        : drawn
          ? { html: join(outDir, REPORT_FILE) }
          : await writeReport(result.folder);
    return { result, report };
  });
  // A shard holds only part of the replications: the check waits for `landport merge`.
  const warning = shard === null ? warmupWarning(result.folder, source.scenario, scenarioArg) : null;
  if (warning !== null) process.stderr.write(`${warning}\n`);
  if (options.json === true) process.stdout.write(`${stringifyLossless(result.summary)}\n`);
  else
    process.stdout.write(
      `${formatSummaryTable(result.summary, source.scenario.costs.currency)}\n${precisionLine(result.summary, source.scenario.costs.currency)}results in ${result.folder}\n${report === null ? '' : `report: ${report.html}\n`}`,
    );
}

function precisionLine(summary: Summary, currency: string): string {
  return summary.precision === undefined ? '' : `${formatPrecisionOutcome(summary.precision, currency)}\n`;
}

function parseShardOption(text: string) {
  try {
    return parseShard(text);
  } catch (error) {
    // parseShard's message already starts with the option and the text given.
    throw new UsageError((error as Error).message);
  }
}
