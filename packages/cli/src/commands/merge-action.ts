import {
  borderOutputUnits,
  DEFAULT_LEVEL,
  formatSummaryTable,
  scenarioCurrency,
  stringifyLossless,
} from '@landport/experiment';
import { withFolderLock } from '../batch/folder-lock.js';
import { mergeShards } from '../batch/merge.js';
import { requireFolderPath } from '../output-folder.js';
import { readScenarioRecord, writeScenarioRecord } from '../report/scenario-record.js';

/** `landport merge`, once commander has parsed its arguments (declared in merge.ts). */
export async function mergeAction(dirs: string[], options: { out: string; json?: boolean }): Promise<void> {
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
}
