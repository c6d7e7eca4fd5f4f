import type { Command } from 'commander';
import { allowLargeRunOption, maxScenarioSizeOption } from '../options.js';

/** Options of `landport validate`. */
export interface ValidateOptions {
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
}

/**
 * Declares `landport validate`: arguments, options and help. Its work is in validate-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'Check a scenario file and report every problem at once, and that its replications can finish; nothing is run.',
    )
    .argument('<file>', 'a JSON or YAML scenario file')
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      '\nExample:\n  landport scenarios horgos-2024 > my-port.yaml   # a built-in scenario to start from\n  landport validate my-port.yaml',
    )
    .action(async (file: string, options: ValidateOptions) => {
      const { validateAction } = await import('./validate-action.js');
      validateAction(file, options);
    });
}
