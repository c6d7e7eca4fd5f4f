import { scenarioNames, scenarioText } from '@landport/scenarios/registry';
import { parseChecked } from '../scenario-source.js';
import { UsageError } from '../usage-error.js';

/** `landport scenarios`, once commander has parsed its arguments (declared in scenarios.ts). */
export function scenariosAction(name: string | undefined, options: { json?: boolean }): void {
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
}
