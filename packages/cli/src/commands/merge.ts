import type { Command } from 'commander';
import { DEFAULT_LEVEL } from '../batch/aggregate.js';
import { withFolderLock } from '../batch/folder-lock.js';
import { stringifyLossless } from '../batch/lossless-number.js';
import { mergeShards } from '../batch/merge.js';
import { borderOutputUnits, scenarioCurrency } from '../border-output-units.js';
import { requireFolderPath } from '../output-folder.js';
import { readScenarioRecord, writeScenarioRecord } from '../report/scenario-record.js';
import { formatSummaryTable } from '../summary-table.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description(
      'Combine the results folders of the shards of one run into the summary of a single run (byte-identical).',
    )
    .argument('<dirs...>', 'the shard folders (all shards of one run)')
    .requiredOption('-o, --out <dir>', 'folder for the merged results')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText(
      'after',
      '\nExample:\n  landport run horgos-2024 -r 100 --shard 0/2 --out r/0 && landport run horgos-2024 -r 100 --shard 1/2 --out r/1\n  landport merge r/0 r/1 --out r/all',
    )
    .action(async (dirs: string[], options: { out: string; json?: boolean }) => {
      requireFolderPath(options.out);
      // The shards ran one scenario (the merge checks their manifests): its record gives the
      // currency of the cost columns, and is kept for reports.
      const record = readScenarioRecord(dirs[0]!);
      const currency = scenarioCurrency(record?.scenario);
      const summary = await withFolderLock(options.out, 'merged results folder', () => {
        const { summary } = mergeShards(dirs, options.out, DEFAULT_LEVEL, borderOutputUnits(currency));
        if (record !== null) writeScenarioRecord(options.out, record);
        return summary;
      });
      if (options.json === true) process.stdout.write(`${stringifyLossless(summary)}\n`);
      else
        process.stdout.write(
          `${formatSummaryTable(summary, currency)}\nresults in ${options.out}\ncharts and report: landport report ${options.out}\n`,
        );
    });
}
