import type { Command } from 'commander';

/**
 * Declares `landport scenarios`: arguments, options and help. Its work is in scenarios-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerScenarios(program: Command): void {
  program
    .command('scenarios')
    .description('List the built-in scenarios, or show one (its file, with the source of every value).')
    .argument('[name]', 'a scenario to show')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  landport scenarios\n  landport scenarios horgos-2024')
    .action(async (name: string | undefined, options: { json?: boolean }) => {
      const { scenariosAction } = await import('./scenarios-action.js');
      scenariosAction(name, options);
    });
}
