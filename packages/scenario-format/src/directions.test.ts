import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioIssue } from './scenario-issue.js';
import { validateScenario } from './validate.js';

/**
 * A two-way port: carriers go out through `out-gate` and the shared `bridge`, come back empty
 * through the `bridge` and `in-gate` as a fleet's return class, and trucks come in on their own.
 */
function port() {
  const station = (id: string) => ({ id, lanes: 2, service: { deterministic: { minutes: 5 } } });
  return {
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 2 } },
    stations: [station('out-gate'), { ...station('bridge'), shared: true }, station('in-gate')],
    classes: [
      { id: 'carrier', arrivals: { rate: { perDay: 50 } }, route: ['out-gate', 'bridge'] },
      { id: 'empty', direction: 'inbound', route: ['bridge', 'in-gate'] },
      { id: 'truck', direction: 'inbound', arrivals: { rate: { perDay: 20 } }, route: ['in-gate'] },
    ],
    fleets: [
      {
        id: 'carriers',
        vehicles: 10,
        class: 'carrier',
        returnsAs: 'empty',
        away: { deterministic: { hours: 6 } },
      },
    ],
  } as Record<string, unknown> & {
    stations: Record<string, unknown>[];
    classes: Record<string, unknown>[];
    fleets: Record<string, unknown>[];
  };
}

function issuesOf(value: unknown): ScenarioIssue[] {
  try {
    validateScenario(value);
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('two directions and fleets in a scenario', () => {
  it('resolves directions, sharing and the fleet; classes are outbound by default', () => {
    const scenario = validateScenario(port());
    expect(scenario.classes.map((c) => c.direction)).toEqual(['outbound', 'inbound', 'inbound']);
    expect(scenario.stations.map((s) => s.shared)).toEqual([false, true, false]);
    expect(scenario.fleets).toEqual([
      {
        id: 'carriers',
        vehicles: 10,
        class: 'carrier',
        returnsAs: 'empty',
        away: { type: 'deterministic', value: 360 },
        home: { type: 'deterministic', value: 0 },
      },
    ]);
    // The return class has no arrivals of its own: the fleet brings its vehicles.
    expect(scenario.classes[1]!.arrivals).toEqual({
      kind: 'rateTable',
      rows: [{ from: 0, ratePerMinute: 0 }],
      repeatEvery: null,
    });
  });

  it('an unknown direction is an error', () => {
    const s = port();
    s.classes[2]!.direction = 'sideways';
    expect(issuesOf(s)).toEqual([
      expect.objectContaining({
        path: 'classes[2].direction',
        value: 'sideways',
        expected: "'outbound' or 'inbound'",
      }),
    ]);
  });

  it('a station used by both directions must be declared shared', () => {
    const s = port();
    delete s.stations[1]!.shared;
    expect(issuesOf(s)).toEqual([
      expect.objectContaining({
        path: 'stations[1].shared',
        value: false,
        expected:
          'true: classes of both directions use this station (outbound: "carrier"; inbound: "empty"), so it must be declared shared',
      }),
    ]);
  });

  it('a station reached by both directions only through a routing table must be declared shared too', () => {
    const s = port();
    s.classes[2]!.route = {
      entry: 'in-gate',
      next: { 'in-gate': { 'out-gate': 0.5, exit: 0.5 }, 'out-gate': { exit: 1 } },
    };
    expect(issuesOf(s).map((i) => [i.path, i.value])).toEqual([['stations[0].shared', false]]);
  });

  it('a fleet linking an unknown class is an error listing the classes', () => {
    const s = port();
    s.fleets[0]!.returnsAs = 'ghost';
    s.classes[1]!.arrivals = { rate: { perDay: 1 } }; // else "empty" would miss its arrivals
    expect(issuesOf(s)).toEqual([
      expect.objectContaining({
        path: 'fleets[0].returnsAs',
        value: 'ghost',
        expected: 'the id of an inbound class ("carrier", "empty", "truck")',
      }),
    ]);
  });

  it('a fleet links an outbound class to an inbound one, and a class to one fleet only', () => {
    const s = port();
    s.fleets[0]!.class = 'truck';
    const wrong = issuesOf(s);
    expect(wrong.map((i) => [i.path, i.value, i.expected])).toContainEqual([
      'fleets[0].class',
      'truck',
      'an outbound class (it is inbound)',
    ]);
    const twice = port();
    twice.fleets.push({ ...twice.fleets[0]!, id: 'more' });
    expect(issuesOf(twice).map((i) => [i.path, i.expected])).toEqual([
      ['fleets[1].class', 'a class of no other fleet (it is already in fleets[0])'],
      ['fleets[1].returnsAs', 'a class of no other fleet (it is already in fleets[0])'],
    ]);
  });

  it('a fleet of 0 vehicles is an error', () => {
    const s = port();
    s.fleets[0]!.vehicles = 0;
    expect(issuesOf(s)).toEqual([
      expect.objectContaining({ path: 'fleets[0].vehicles', value: 0, expected: 'an integer >= 1' }),
    ]);
  });

  it('the return class takes no arrivals; every other class needs them', () => {
    const s = port();
    s.classes[1]!.arrivals = { rate: { perDay: 1 } };
    delete s.classes[2]!.arrivals;
    expect(issuesOf(s).map((i) => [i.path, i.expected])).toEqual([
      ['classes[1].arrivals', 'no arrivals: the vehicles of class "empty" come back from fleet "carriers"'],
      ['classes[2].arrivals', "an arrival process (only a fleet's return class has none)"],
    ]);
  });

  it('fleet ids are unique', () => {
    const s = port();
    s.classes.push({ id: 'c2', arrivals: { rate: { perDay: 1 } }, route: ['out-gate'] });
    s.classes.push({ id: 'e2', direction: 'inbound', route: ['in-gate'] });
    s.fleets.push({ ...s.fleets[0]!, class: 'c2', returnsAs: 'e2' });
    expect(issuesOf(s).map((i) => [i.path, i.value])).toEqual([['fleets[1].id', 'carriers']]);
  });
});

describe('docs/border-model.md', () => {
  it('its two-way example, given a calendar, is a valid scenario', () => {
    const text = readFileSync(new URL('../../../docs/border-model.md', import.meta.url), 'utf8');
    const section = text.slice(text.indexOf('## Two directions'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 1 } },
      ...(parseYaml(yaml) as object),
    });
    expect(scenario.fleets.map((f) => [f.class, f.returnsAs])).toEqual([['carrier', 'carrier-back']]);
  });
});
