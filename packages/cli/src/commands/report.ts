import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { withFolderLock } from '../batch/folder-lock.js';
import { requireFolderPath } from '../output-folder.js';
import { writeReport } from '../report/write-report.js';
import { UsageError } from '../usage-error.js';

/** Options of `landport report`. */
interface ReportCommandOptions {
  png: boolean;
  fontDir?: string;
}

/**
 * `landport report DIR`: the charts and report.html of a results folder, drawn again from what the
 * folder holds (after a merge, with a newer Landport, or after `--no-charts`).
 */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'Redraw the charts (charts/*.vl.json, .svg, .png) and report.html of a results folder, without rerunning anything.',
    )
    .argument('<dir>', 'the folder of a run, compare, sweep or size (its --out)')
    .option('--no-png', 'skip the PNGs (they need the DejaVu Sans font)')
    .option(
      '--font-dir <dir>',
      'folder holding DejaVuSans.ttf for the PNGs (default: $LANDPORT_FONT_DIR, then the system fonts)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  landport report results/horgos-2024-seed1\n  landport report results/compare-horgos-2023-horgos-2024 --no-png',
    )
    .action(async (dir: string, options: ReportCommandOptions) => {
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
    });
}
