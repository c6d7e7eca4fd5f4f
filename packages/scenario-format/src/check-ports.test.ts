import { describe, expect, it } from 'vitest';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioIssue } from './scenario-issue.js';
import { validateScenario } from './validate.js';

type Mutable = Record<string, unknown> & {
  stations: Record<string, unknown>[];
  classes: Record<string, unknown>[];
};

const service = { exponential: { mean: { minutes: 5 } } };
const divertTo = (to: string) => ({
  capacity: 2,
  whenFull: { divert: { to, travel: { deterministic: { minutes: 30 } } } },
});

/** Two ports, a and b; the truck uses both, the storage at a diverts to b. */
function twoPorts(): Mutable {
  return {
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 2 } },
    ports: [{ id: 'a', name: 'Port A' }, { id: 'b' }],
    stations: [
      { id: 'gate-a', port: 'a', lanes: 1, service, buffer: divertTo('b') },
      { id: 'gate-b', port: 'b', lanes: 1, service },
      { id: 'exit-b', port: 'b', lanes: 1, service },
    ],
    classes: [
      {
        id: 'truck',
        arrivals: { rate: { perHour: 3 } },
        route: ['gate-a'],
        routesAt: { b: ['gate-b', 'exit-b'] },
        portChoice: { shares: { a: 0.7, b: 0.3 } },
      },
    ],
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

/** The one issue a change to the two-port scenario (or to `start`) causes. */
function onlyIssue(mutate: (s: Mutable) => void, start: () => Mutable = twoPorts): ScenarioIssue {
  const scenario = start();
  mutate(scenario);
  const issues = issuesOf(scenario);
  expect(issues.map((i) => i.message)).toHaveLength(1);
  return issues[0]!;
}

/** The two-port scenario with every trace of ports removed: one crossing. */
function onePort(): Mutable {
  const s = twoPorts();
  delete s.ports;
  s.stations = s.stations.map(({ port: _, buffer: __, ...st }) => st);
  s.classes = s.classes.map(({ routesAt: _, portChoice: __, ...c }) => c);
  return s;
}

describe('ports in the scenario format', () => {
  it('resolves ports, each class’s routes by port (its route’s port first) and its port choice', () => {
    const scenario = validateScenario(twoPorts());
    expect(scenario.ports).toEqual([
      { id: 'a', name: 'Port A' },
      { id: 'b', name: 'b' },
    ]);
    expect(scenario.stations.map((s) => s.port)).toEqual(['a', 'b', 'b']);
    expect(scenario.stations[0]!.buffer).toEqual({
      capacity: 2,
      whenFull: 'divert',
      divert: { to: 'b', travel: { type: 'deterministic', value: 30 } },
    });
    const truck = scenario.classes[0]!;
    expect(Object.keys(truck.routesAt)).toEqual(['a', 'b']);
    expect(truck.routesAt.b).toEqual({ kind: 'sequence', stations: ['gate-b', 'exit-b'] });
    expect(truck.portChoice).toEqual({
      kind: 'shares',
      shares: [
        { port: 'a', probability: 0.7 },
        { port: 'b', probability: 0.3 },
      ],
    });
  });

  it('defaults to shortestWait for a class with routes at several ports, and to no choice with one', () => {
    const s = twoPorts();
    delete s.classes[0]!.portChoice;
    expect(validateScenario(s).classes[0]!.portChoice).toEqual({ kind: 'shortestWait' });
    const one = twoPorts();
    one.stations[0]!.buffer = { capacity: 2, whenFull: 'giveUp' };
    delete one.classes[0]!.routesAt;
    delete one.classes[0]!.portChoice;
    expect(validateScenario(one).classes[0]!.portChoice).toBeNull();
  });

  it('leaves a scenario without ports as it was: no ports, no routes by port', () => {
    const scenario = validateScenario(onePort());
    expect(scenario.ports).toEqual([]);
    expect(scenario.stations[0]!.port).toBeNull();
    expect(scenario.classes[0]!.routesAt).toEqual({});
    expect(scenario.classes[0]!.portChoice).toBeNull();
  });

  it('reports an unknown port id at a station, with the ports that exist', () => {
    expect(onlyIssue((s) => void (s.stations[2]!.port = 'c'))).toMatchObject({
      path: 'stations[2].port',
      value: 'c',
      expected: 'the id of a port ("a", "b")',
    });
  });

  it('reports a station without a port when ports are declared', () => {
    expect(onlyIssue((s) => void delete s.stations[2]!.port)).toMatchObject({
      path: 'stations[2].port',
      value: undefined,
      expected: 'the id of the port it belongs to ("a", "b"): the scenario lists ports',
    });
  });

  it('reports a route whose stations span two ports', () => {
    expect(onlyIssue((s) => void (s.classes[0]!.route = ['gate-a', 'exit-b']))).toMatchObject({
      path: 'classes[0].route[1]',
      value: 'exit-b',
      expected: 'a station of port "a" (a route stays in one port; "exit-b" is in "b")',
    });
    const table = twoPorts();
    table.classes[0]!.routesAt = {
      b: { entry: 'gate-b', next: { 'gate-b': { 'gate-a': 1 }, 'gate-a': { exit: 1 } } },
    };
    expect(issuesOf(table).map((i) => [i.path, i.value])).toEqual([
      ['classes[0].routesAt.b.next["gate-b"]["gate-a"]', 'gate-a'],
      ['classes[0].routesAt.b.next["gate-a"]', 'gate-a'],
    ]);
  });

  it('reports portChoice, routesAt, a station port or a diversion in a scenario without ports', () => {
    const expected = 'nothing here: the scenario has no ports list (add `ports:` or remove this field)';
    expect(onlyIssue((s) => void (s.classes[0]!.portChoice = 'shortestWait'), onePort)).toMatchObject({
      path: 'classes[0].portChoice',
      value: 'shortestWait',
      expected,
    });
    expect(onlyIssue((s) => void (s.classes[0]!.routesAt = { b: ['gate-b'] }), onePort)).toMatchObject({
      path: 'classes[0].routesAt',
      expected,
    });
    expect(onlyIssue((s) => void (s.stations[1]!.port = 'b'), onePort)).toMatchObject({
      path: 'stations[1].port',
      value: 'b',
      expected,
    });
    expect(onlyIssue((s) => void (s.stations[0]!.buffer = divertTo('b')), onePort)).toMatchObject({
      path: 'stations[0].buffer.whenFull',
      expected: "'wait' or 'giveUp': a diversion needs a ports list with the port it diverts to",
    });
  });

  it('reports shares of a port the class has no route at, and shares that do not sum to 1', () => {
    expect(onlyIssue((s) => void (s.classes[0]!.portChoice = { shares: { a: 0.5, c: 0.5 } }))).toMatchObject({
      path: 'classes[0].portChoice.shares.c',
      expected: 'a port the class has a route at ("a", "b")',
    });
    expect(onlyIssue((s) => void (s.classes[0]!.portChoice = { shares: { a: 0.5, b: 0.4 } }))).toMatchObject({
      path: 'classes[0].portChoice.shares',
      expected: 'probabilities that sum to 1',
    });
    expect(onlyIssue((s) => void (s.classes[0]!.portChoice = 'fastest'))).toMatchObject({
      path: 'classes[0].portChoice',
      expected: "'shortestWait' or { shares: { <port id>: <probability>, … } }",
    });
  });

  it('reports routesAt at an unknown port, at the route’s own port, or at an unknown station', () => {
    expect(onlyIssue((s) => void (s.classes[0]!.routesAt = { b: ['gate-b'], c: ['gate-b'] }))).toMatchObject({
      path: 'classes[0].routesAt.c',
      expected: 'the id of a port ("a", "b")',
    });
    expect(onlyIssue((s) => void (s.classes[0]!.routesAt = { b: ['gate-b'], a: ['gate-a'] }))).toMatchObject({
      path: 'classes[0].routesAt.a',
      expected: 'a port other than "a", where the class\'s route already lies',
    });
    expect(onlyIssue((s) => void (s.classes[0]!.routesAt = { b: ['gate-x'] }))).toMatchObject({
      path: 'classes[0].routesAt.b[0]',
      value: 'gate-x',
    });
  });

  it('reports a diversion to an unknown port, to its own port, or into a port that diverts again', () => {
    expect(onlyIssue((s) => void (s.stations[0]!.buffer = divertTo('c')))).toMatchObject({
      path: 'stations[0].buffer.whenFull.divert.to',
      value: 'c',
      expected: 'the id of a port ("a", "b")',
    });
    expect(onlyIssue((s) => void (s.stations[0]!.buffer = divertTo('a')))).toMatchObject({
      path: 'stations[0].buffer.whenFull.divert.to',
      expected: 'a port other than its own ("a")',
    });
    const chain = issuesOf(
      (() => {
        const s = twoPorts();
        s.stations[1]!.buffer = divertTo('a');
        return s;
      })(),
    );
    expect(chain.map((i) => i.path)).toEqual([
      'stations[0].buffer.whenFull.divert.to',
      'stations[1].buffer.whenFull.divert.to',
    ]);
    expect(chain[0]!.expected).toBe(
      'a port none of whose storages diverts again ("b" has one: chains of diversions are refused)',
    );
  });

  it('reports a class that reaches a diverting station but has no route at the port it diverts to', () => {
    expect(
      onlyIssue((s) => {
        delete s.classes[0]!.routesAt;
        delete s.classes[0]!.portChoice;
      }),
    ).toMatchObject({
      path: 'classes[0].routesAt.b',
      value: undefined,
      expected: 'a route at port "b": station "gate-a" on the class\'s route diverts there',
    });
  });

  it('requires a station on routes of both directions to be shared, counting routes at every port', () => {
    const issue = onlyIssue(
      (s) =>
        void s.classes.push({
          id: 'back',
          direction: 'inbound',
          arrivals: { rate: { perHour: 1 } },
          route: ['exit-b'],
        }),
    );
    expect(issue).toMatchObject({ path: 'stations[2].shared', value: false });
    expect(issue.expected).toContain('outbound: "truck"; inbound: "back"');
  });

  it('reports a duplicate port id', () => {
    expect(onlyIssue((s) => void (s.ports = [{ id: 'a' }, { id: 'b' }, { id: 'a' }]))).toMatchObject({
      path: 'ports[2].id',
      value: 'a',
    });
  });
});
