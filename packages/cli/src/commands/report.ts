import type { Command } from 'commander';

/** Options of `landport report`. */
export interface ReportCommandOptions {
  png: boolean;
  fontDir?: string;
}

/**
 * Declares `landport report`: arguments, options and help. Its work is in report-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
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
      const { reportAction } = await import('./report-action.js');
      await reportAction(dir, options);
    });
}
