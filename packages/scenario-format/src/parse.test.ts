import { describe, expect, it } from 'vitest';
import { type ParseScenarioOptions, parseScenario } from './parse.js';
import { ScenarioError } from './scenario-error.js';

const VALID_YAML = `calendar:
  start: 2024-01-01T00:00Z
  horizon: { days: 10 }
stations:
  - id: server
    lanes: 2
    service: { exponential: { mean: { minutes: 3 } } }
classes:
  - id: jobs
    arrivals: { rate: { perHour: 30 } }
    route: [server]
`;

function errorOf(text: string, options: ParseScenarioOptions = {}): ScenarioError {
  try {
    parseScenario(text, options);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('parseScenario', () => {
  it('reads YAML, and JSON guessed from its first character', () => {
    const fromYaml = parseScenario(VALID_YAML);
    const json = JSON.stringify({
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 10 } },
      stations: [{ id: 'server', lanes: 2, service: { exponential: { mean: { minutes: 3 } } } }],
      classes: [{ id: 'jobs', arrivals: { rate: { perHour: 30 } }, route: ['server'] }],
    });
    expect(parseScenario(json)).toEqual(fromYaml);
    expect(fromYaml.calendar.horizon).toBe(14_400);
  });

  it('reads YAML flow style that only looks like JSON', () => {
    const flow = `{ calendar: { start: '2024-01-01T00:00Z', horizon: { days: 10 } }, stations: [{ id: s, lanes: 1, service: { deterministic: { minutes: 1 } } }], classes: [{ id: c, arrivals: { rate: { perDay: 1 } }, route: [s] }] }`;
    expect(parseScenario(flow).stations[0]?.id).toBe('s');
  });

  it('reports a YAML syntax error with its line and column', () => {
    const error = errorOf('calendar:\n  start: [2024-01-01\nstations: 1\n', { fileName: 'bad.yaml' });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: '', expected: 'valid YAML', line: 3, column: 1 });
    expect(error.message).toMatch(
      /^Invalid scenario bad\.yaml: 1 problem\n {2}bad\.yaml:3:1: not valid YAML: /,
    );
  });

  it('reports duplicate keys and several documents as YAML errors', () => {
    expect(errorOf('a: 1\na: 2\n').issues[0]).toMatchObject({ expected: 'valid YAML', line: 2, column: 1 });
    expect(errorOf('a: 1\n---\nb: 2\n').issues[0]?.message).toMatch(/multiple documents/);
  });

  it('reports a JSON syntax error, with its position when the engine gives one', () => {
    const error = errorOf('{\n  "calendar": {,\n}', { fileName: 'bad.json' });
    expect(error.issues[0]).toMatchObject({ path: '', expected: 'valid JSON' });
    expect(error.issues[0]?.message).toMatch(/^not valid JSON: /);
    // The JSON.parse message varies with the engine; when it has a position, it is turned into line:column.
    if (error.issues[0]?.line !== undefined) expect(error.issues[0]).toMatchObject({ line: 2, column: 16 });
  });

  it('a .json file is read as JSON even when it is YAML', () => {
    expect(errorOf(VALID_YAML, { fileName: 'scenario.json' }).issues[0]?.expected).toBe('valid JSON');
    expect(parseScenario(VALID_YAML, { fileName: 'scenario.json', format: 'yaml' }).stations).toHaveLength(1);
  });

  it('reports a file that is neither JSON nor YAML', () => {
    for (const text of [
      'Dear colleague, please find the figures attached.',
      'port,cars\nHorgos,421000\n',
      '',
    ]) {
      const error = errorOf(text, { fileName: 'notes.txt' });
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatchObject({ path: '', line: 1, column: 1 });
      expect(error.issues[0]?.message).toMatch(
        /^the file is not a scenario: expected a scenario: a YAML mapping/,
      );
    }
    expect(errorOf('[1, 2, 3]', { fileName: 'list.json' }).issues[0]?.message).toMatch(
      /JSON object .* found a list/,
    );
    expect(errorOf('PK\u0003\u0004\u0000\u0000binary').issues[0]?.message).toMatch(
      /binary, not JSON or YAML/,
    );
  });

  it('gives every validation issue its line and column, in file order', () => {
    const text = VALID_YAML.replace('lanes: 2', 'lanes: 0')
      .replace('perHour: 30', 'perHour: -1')
      .replace('days: 10', 'day: 10');
    const error = errorOf(text, { fileName: 'model.yaml' });
    expect(error.issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ['calendar.horizon.day', 3, 14], // the unknown key itself
      ['stations[0].lanes', 6, 12],
      ['classes[0].arrivals.rate.perHour', 10, 34],
    ]);
    expect(error.message.split('\n')[1]).toBe(
      '  model.yaml:3:14: calendar.horizon.day: unknown key "day"; expected one of the units: seconds, minutes, hours, days',
    );
  });

  it('locates a missing field at its parent, and JSON issues too', () => {
    const yamlError = errorOf(VALID_YAML.replace('  horizon: { days: 10 }\n', ''));
    expect(yamlError.issues[0]).toMatchObject({ path: 'calendar.horizon', line: 2, column: 3 });
    const json =
      '{\n  "calendar": { "start": "2024-01-01T00:00Z", "horizon": { "days": 10 } },\n  "stations": [],\n  "classes": []\n}';
    const jsonError = errorOf(json, { fileName: 'x.json' });
    expect(jsonError.issues.map((i) => [i.path, i.line, i.column])).toEqual([
      ['stations', 3, 15],
      ['classes', 4, 14],
    ]);
  });
});
