import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from './nesting-depth.js';
import { parseScenario, readScenarioText } from './parse.js';
import { MAX_PRINTED_ISSUES, MAX_REPORTED_ISSUES, ScenarioError } from './scenario-error.js';

const VALID_YAML = `calendar: { start: 2024-01-01T00:00Z, horizon: { days: 2 } }
stations:
  - { id: server, lanes: 8, service: { exponential: { mean: { minutes: 4 } } } }
classes:
  - { id: customers, arrivals: { rate: { perMinute: 1 } }, route: [server] }
`;

function errorOf(text: string, fileName = 'x.yaml'): ScenarioError {
  try {
    parseScenario(text, { fileName });
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

/** A "billion laughs": 7 levels of 9 aliases each expand to 9^7 ≈ 4.8 million strings. */
const ALIAS_BOMB = `${['a: &a ["x","x","x","x","x","x","x","x","x"]']
  .concat(
    ['b', 'c', 'd', 'e', 'f', 'g'].map((name, i) => {
      const prev = 'abcdef'[i];
      return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`;
    }),
  )
  .join('\n')}\n`;

describe('parseScenario refuses what would exhaust the readers, with a ScenarioError', () => {
  it('an alias bomb ("billion laughs") is too many YAML aliases, not a ReferenceError', () => {
    const error = errorOf(ALIAS_BOMB, 'bomb.yaml');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.message).toMatch(
      /^the file uses too many YAML aliases: their expansion passes 1000 nodes, the mark of an alias bomb \("billion laughs"\)/,
    );
  });

  it('a scenario that shares a route through an alias, a few times, is fine', () => {
    const shared = `${VALID_YAML.replace('route: [server]', 'route: &route [server]')}  - { id: more, arrivals: { rate: { perMinute: 1 } }, route: *route }\n`;
    expect(parseScenario(shared).classes.map((c) => c.route)).toEqual([
      { kind: 'sequence', stations: ['server'] },
      { kind: 'sequence', stations: ['server'] },
    ]);
  });

  it.each([
    [
      'JSON arrays 100,000 deep',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'x.json',
      1,
      MAX_NESTING + 1,
    ],
    [
      'JSON objects 50,000 deep',
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      'x.json',
      1,
      5 * MAX_NESTING + 1,
    ],
    [
      'YAML flow 100,000 deep',
      `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'x.yaml',
      1,
      MAX_NESTING + 4,
    ],
  ])('%s: nested too deeply, at the bracket past the limit', (_label, text, fileName, line, column) => {
    const error = errorOf(text, fileName);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ line, column });
    expect(error.issues[0]!.message).toBe(
      'the file is nested too deeply to read: brackets open more than 64 levels deep; a scenario needs about 7 levels, and at most 64 are read',
    );
  });

  it('YAML block style nested 100 levels: too deep once read', () => {
    const text = `${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    expect(errorOf(text).issues[0]!.message).toBe(
      'the file is nested too deeply to read: its values nest more than 64 levels deep; a scenario needs about 7 levels, and at most 64 are read',
    );
  });

  it('YAML block style nested 5,000 levels: the reader runs out of stack, reported as too deep', () => {
    const text = `${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    expect(errorOf(text).issues[0]!.message).toMatch(
      /^the file is nested too deeply to read: the YAML reader ran out of stack/,
    );
  });

  it('brackets inside quoted strings and comments do not count', () => {
    const text = VALID_YAML.replace(
      'calendar:',
      `# ${'['.repeat(100)}\ndescription: "${'{'.repeat(100)}"\nname: '${'['.repeat(100)}'\ncalendar:`,
    );
    expect(parseScenario(text).description).toBe('{'.repeat(100));
  });
});

describe('a file with a great many problems', () => {
  // 50,000 unknown top-level keys, about 1 MB: it took 48 s (yaml's duplicate-key check compares
  // each key with every earlier one, and locating each problem searched the whole mapping). How
  // the time grows with the number of problems is measured by `pnpm bench:parse`
  // (bench/parse-scaling.ts), not here: a test asserts what is reported, never how fast.
  const text = `${VALID_YAML}${Array.from({ length: 50_000 }, (_, i) => `unknown${i}: ${i}`).join('\n')}\n`;

  it('keeps the first 100 in file order, counts all, and prints 20 and a count', () => {
    const error = errorOf(text, 'keys.yaml');
    expect(error.problemCount).toBe(50_000);
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(error.issues[0]).toMatchObject({ path: 'unknown0', line: 6, column: 1 });
    expect(error.issues[99]).toMatchObject({ path: 'unknown99', line: 105 });
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid scenario keys.yaml: 50000 problems');
    expect(lines).toHaveLength(1 + MAX_PRINTED_ISSUES + 1);
    expect(lines[MAX_PRINTED_ISSUES + 1]).toBe('  … and 49980 more problems');
  });

  it('duplicate keys are still refused, at the repeated key', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: 1`);
    const error = errorOf(`${keys.join('\n')}\nk7: 2\n`);
    expect(error.issues[0]).toMatchObject({ expected: 'valid YAML', line: 50_001, column: 1 });
    expect(error.issues[0]!.message).toBe('not valid YAML: Map keys must be unique');
  });
});

describe('readScenarioText', () => {
  it('reads the plain data, as parseScenario does, without validating', () => {
    expect(readScenarioText('a: &x [1]\nb: *x\n')).toEqual({ a: [1], b: [1] });
  });

  it('applies the same limits', () => {
    expect(() => readScenarioText(ALIAS_BOMB)).toThrow(/too many YAML aliases/);
    expect(() => readScenarioText(`${'['.repeat(1000)}${']'.repeat(1000)}`)).toThrow(ScenarioError);
  });
});
