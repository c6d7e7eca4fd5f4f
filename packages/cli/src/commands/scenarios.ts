import { scenarioNames, scenarioText } from '@landport/scenarios';
import type { Command } from 'commander';
import { parseChecked } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';

export function registerScenarios(program: Command): void {
  program
    .command('scenarios')
    .description('List the built-in scenarios, or show one (its file, with the source of every value).')
    .argument('[name]', 'a scenario to show')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  landport scenarios\n  landport scenarios horgos-2024')
    .action((name: string | undefined, options: { json?: boolean }) => {
      if (name !== undefined) {
        if (!scenarioNames().includes(name)) {
          throw new UsageError(
            `no built-in scenario named ${JSON.stringify(name)}; there are ${scenarioNames().join(', ')}.`,
          );
        }
        process.stdout.write(
          options.json === true
            ? `${JSON.stringify(parseChecked(scenarioText(name), `${name}.yaml`))}\n`
            : scenarioText(name),
        );
        return;
      }
      const list = scenarioNames().map((n) => {
        const s = parseChecked(scenarioText(n), `${n}.yaml`);
        return {
          name: n,
          title: s.name ?? n,
          description: s.description ?? '',
          days: s.calendar.horizon / 1440,
        };
      });
      if (options.json === true) {
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      const width = Math.max(...list.map((s) => s.name.length));
      for (const s of list)
        process.stdout.write(
          `${s.name.padEnd(width)}  ${s.title} (${s.days} days)\n${' '.repeat(width + 2)}${s.description.split('\n')[0]}\n`,
        );
    });
}
