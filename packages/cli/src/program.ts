import { Command } from 'commander';
import { landportVersion } from './batch/manifest.js';
import { registerBatchMeans } from './commands/batch-means.js';
import { registerCollect } from './commands/collect.js';
import { registerCompare } from './commands/compare.js';
import { registerMerge } from './commands/merge.js';
import { registerReport } from './commands/report.js';
import { registerRun } from './commands/run.js';
import { registerScenarios } from './commands/scenarios.js';
import { registerSize } from './commands/size.js';
import { registerSubmit } from './commands/submit.js';
import { registerSweep } from './commands/sweep.js';
import { registerValidate } from './commands/validate.js';
import { registerWarmup } from './commands/warmup.js';
import { registerWorker } from './commands/worker.js';

/** The `landport` command line: one thin command per file, each calling the library. */
export function createProgram(): Command {
  const program = new Command('landport')
    .description(
      'Discrete-event simulation of land border crossings: Monte Carlo batches, comparisons, sweeps and lane sizing.',
    )
    .version(landportVersion())
    .showHelpAfterError('(run with --help for usage)');
  registerRun(program);
  registerCompare(program);
  registerSweep(program);
  registerSize(program);
  registerWarmup(program);
  registerBatchMeans(program);
  registerScenarios(program);
  registerValidate(program);
  registerMerge(program);
  registerReport(program);
  registerSubmit(program);
  registerWorker(program);
  registerCollect(program);
  return program;
}
