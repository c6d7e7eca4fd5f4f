import type { Command } from 'commander';
import { jsonFlag } from './common-options.js';

/**
 * Declares `landport merge`: arguments, options and help. Its work is in merge-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description(
      'Combine the results folders of the shards of one run into the summary of a single run (byte-identical).',
    )
    .argument('<dirs...>', 'the shard folders (all shards of one run)')
    .requiredOption('-o, --out <dir>', 'folder for the merged results')
    .addOption(jsonFlag('the summary'))
    .addHelpText(
      'after',
      '\nExample:\n  landport run horgos-2024 -r 100 --shard 0/2 --out r/0 && landport run horgos-2024 -r 100 --shard 1/2 --out r/1\n  landport merge r/0 r/1 --out r/all',
    )
    .action(async (dirs: string[], options: { out: string; json?: boolean }) => {
      const { mergeAction } = await import('./merge-action.js');
      await mergeAction(dirs, options);
    });
}
