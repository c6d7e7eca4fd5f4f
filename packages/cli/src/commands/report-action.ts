import { existsSync, statSync } from 'node:fs';
import { withFolderLock } from '../batch/folder-lock.js';
import { requireFolderPath } from '../output-folder.js';
import { writeReport } from '../report/write-report.js';
import { UsageError } from '../usage-error.js';
import type { ReportCommandOptions } from './report.js';

/**
 * `landport report DIR`: the charts and report.html of a results folder, drawn again from what the
 * folder holds (after a merge, with a newer Landport, or after `--no-charts`).
 */
/** `landport report`, once commander has parsed its arguments (declared in report.ts). */
export async function reportAction(dir: string, options: ReportCommandOptions): Promise<void> {
  requireFolderPath(dir, 'report');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`report: no folder ${dir}. Give the --out folder of a finished run.`);
  // A wrong --font-dir is a RangeError naming the folder, which main reports as a usage error.
  const written = await withFolderLock(dir, 'results folder', () =>
    writeReport(dir, {
      png: options.png,
      ...(options.fontDir === undefined ? {} : { fontDir: options.fontDir }),
    }),
  );
  process.stdout.write(
    `${written.charts.length} charts (${written.png ? 'Vega-Lite, SVG and PNG' : 'Vega-Lite and SVG'}) in ${dir}/charts\nreport: ${written.html}\n`,
  );
}
