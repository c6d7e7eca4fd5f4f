import { join } from 'node:path';
import { estimatedEvents, formatComparisonTable, stringifyLossless } from '@landport/experiment';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { withFolderLock } from '../batch/folder-lock.js';
import { compareResults } from '../batch/paired-comparison.js';
import { createProgress } from '../batch/progress.js';
import { borderPool, runBorderBatch } from '../border-batch.js';
import { withInterrupt } from '../interrupt-signal.js';
import { replicationsOption, seedOption } from '../options.js';
import { requireFolderPath } from '../output-folder.js';
import { writeReport } from '../report/write-report.js';
import { loadScenarioSource, printScenarioNotes } from '../scenario-source.js';
import type { CompareOptions } from './compare.js';
import { compareMany, isManyWay } from './compare-many-command.js';

/** `landport compare`, once commander has parsed its arguments (declared in compare.ts). */
export async function compareAction(aArg: string, others: string[], options: CompareOptions): Promise<void> {
  const replications = replicationsOption(options.replications);
  if (isManyWay(others, options)) return compareMany(aArg, others, options, replications);
  const bArg = others[0]!;
  const common = {
    horizon: options.horizon,
    warmup: options.warmup,
    allowLargeRun: options.allowLargeRun,
    maxScenarioSize: options.maxScenarioSize,
  };
  const a = loadScenarioSource(aArg, { ...common, set: [...options.set, ...options.setA] });
  const b = loadScenarioSource(bArg, { ...common, set: [...options.set, ...options.setB] });
  const seed = seedOption(options.seed);
  const outDir = options.out ?? `results/compare-${a.name}-${b.name}`;
  requireFolderPath(outDir);
  const quiet = options.quiet === true || options.json === true;
  printScenarioNotes(a, b);
  const pool = borderPool(options.workers, replications, estimatedEvents([a.scenario, b.scenario]));
  try {
    await withInterrupt(async (signal) => {
      for (const [label, source, arg] of [
        ['a', a, aArg],
        ['b', b, bArg],
      ] as const) {
        await runBorderBatch({
          outDir: join(outDir, label),
          source,
          scenarioArg: arg,
          seed,
          replications,
          pool,
          progress: createProgress({ quiet, label: `${label}: ${source.name}` }),
          signal,
        });
      }
    });
  } finally {
    await pool.destroy();
  }
  const { comparison, report } = await withFolderLock(outDir, 'output folder', async () => {
    const comparison = compareResults(join(outDir, 'a'), join(outDir, 'b'));
    writeFileAtomic(join(outDir, 'comparison.json'), `${stringifyLossless(comparison)}\n`);
    return { comparison, report: options.charts ? await writeReport(outDir) : null };
  });
  if (options.json === true) process.stdout.write(`${stringifyLossless(comparison)}\n`);
  else
    process.stdout.write(
      `${formatComparisonTable(comparison, a.name, b.name)}\nresults in ${outDir}\n${report === null ? '' : `report: ${report.html}\n`}`,
    );
}
