import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowText, parameterTable, TABLE_END, TABLE_START, withParameterTable } from './parameter-table.js';
import { scenarioNames } from './registry.js';

const docs = new URL('../../../docs/scenarios/', import.meta.url);

describe('parameter tables', () => {
  it('write values in YAML flow style', () => {
    expect(flowText({ lognormal: { mean: { hours: 4 }, cv: 0.9 } })).toBe(
      '{ lognormal: { mean: { hours: 4 }, cv: 0.9 } }',
    );
    expect(flowText(['09:00-19:00'])).toBe('[09:00-19:00]');
  });

  it('list every source of a file, with its value', () => {
    const table = parameterTable('horgos-2024');
    expect(table).toContain('| `/drivers/count` | `1000` | A6.6: over 1,000 ferrymen in early 2023');
    expect(table).toContain(
      '| `/stations/cn-customs/perCar` | `{ minutes: 2 }` | A1.9: export formalities cut from 12 to 4',
    );
  });

  it('replace only the part of a page between the markers', () => {
    const page = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    const updated = withParameterTable(page, 'kashgar-2023');
    expect(updated.startsWith(`intro\n${TABLE_START}\n| Parameter`)).toBe(true);
    expect(updated.endsWith(`|\n${TABLE_END}\noutro\n`)).toBe(true);
    expect(() => withParameterTable('no markers', 'kashgar-2023')).toThrow(RangeError);
  });

  it.each(scenarioNames())(
    'docs/scenarios/%s.md is up to date (refresh with scripts/scenario-docs.ts)',
    (name) => {
      const page = readFileSync(new URL(`${name}.md`, docs), 'utf8');
      expect(withParameterTable(page, name)).toBe(page);
    },
  );
});
