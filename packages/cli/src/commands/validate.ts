import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseChecked } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Check a scenario file and report every problem at once; nothing is run.')
    .argument('<file>', 'a JSON or YAML scenario file')
    .addHelpText(
      'after',
      '\nExample:\n  landport scenarios horgos-2024 > my-port.yaml   # a built-in scenario to start from\n  landport validate my-port.yaml',
    )
    .action((file: string) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(
          `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Give the path of a JSON or YAML scenario file.`,
        );
      }
      const s = parseChecked(text, file);
      process.stdout.write(
        `${file}: valid${s.name === null ? '' : ` (${s.name})`}: ${s.sides.length} sides, ${s.stations.length} stations, ${s.classes.length} vehicle classes, ${s.shocks.length} shocks, horizon ${s.calendar.horizon / 1440} days\n`,
      );
    });
}
