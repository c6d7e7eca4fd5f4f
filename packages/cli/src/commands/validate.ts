import type { Command } from 'commander';
import { allowLargeRunOption, maxScenarioSizeOption } from '../options.js';
import { requireAffordableRun } from '../run-cost-guard.js';
import { readScenarioFile } from '../scenario-file.js';
import { parseChecked, scenarioSizeLimit } from '../scenario-source.js';

/** Options of `landport validate`. */
interface ValidateOptions {
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
}

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
    .action((file: string, options: ValidateOptions) => {
      const text = readScenarioFile(file, scenarioSizeLimit(options));
      const s = parseChecked(text, file);
      requireAffordableRun(s, file, options.allowLargeRun === true);
      process.stdout.write(
        `${file}: valid${s.name === null ? '' : ` (${s.name})`}: ${s.sides.length} sides, ${s.stations.length} stations, ${s.classes.length} vehicle classes, ${s.shocks.length} shocks, horizon ${s.calendar.horizon / 1440} days\n`,
      );
    });
}
