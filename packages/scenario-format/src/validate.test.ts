import { describe, expect, it } from 'vitest';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioIssue } from './scenario-issue.js';
import type { ScenarioInput } from './schema.js';
import { validateScenario } from './validate.js';

/** A small valid scenario; each test breaks one thing in a fresh copy. */
function base() {
  return {
    calendar: { start: '2024-01-01T00:00+08:00', horizon: { days: 90 }, warmUp: { days: 1 } },
    sides: [
      {
        id: 'china',
        utcOffset: '+08:00',
        closures: [{ label: 'Spring Festival', from: '2024-02-10', to: '2024-02-16' }],
        quotas: [{ id: 'daily', perDay: 100 }],
      },
    ],
    stations: [
      { id: 'gate', side: 'china', lanes: 2, service: { lognormal: { mean: { minutes: 8 }, cv: 1 } } },
      { id: 'yard', lanes: 'infinite', service: { exponential: { mean: { hours: 2 } } } },
      {
        id: 'customs',
        side: 'china',
        lanes: 4,
        service: { exponential: { mean: { minutes: 20 } } },
        quotas: ['daily'],
      },
    ],
    classes: [
      { id: 'cars', arrivals: { rate: { perDay: 500 } }, route: ['gate', 'yard', 'customs'] },
      {
        id: 'trucks',
        arrivals: { rate: { perDay: 100 } },
        route: {
          entry: 'gate',
          next: { gate: { yard: 0.5, customs: 0.5 }, yard: { customs: 1 }, customs: { exit: 1 } },
        },
      },
    ],
    costs: {
      currency: 'USD',
      exchangeRates: { CNY: 0.14 },
      fees: [{ id: 'declaration', amount: { amount: 400, currency: 'CNY' } }],
    },
    shocks: [{ label: 'More lanes', at: '2024-02-01', change: 'lanes', station: 'customs', lanes: 6 }],
  } satisfies ScenarioInput;
}

type Mutable = ReturnType<typeof base> & Record<string, unknown>;

function issuesOf(value: unknown): ScenarioIssue[] {
  try {
    validateScenario(value);
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

function onlyIssue(mutate: (s: Mutable) => void): ScenarioIssue {
  const scenario = base() as Mutable;
  mutate(scenario);
  const issues = issuesOf(scenario);
  expect(issues.map((i) => i.message)).toHaveLength(1);
  return issues[0]!;
}

describe('validateScenario', () => {
  it('accepts the base scenario', () => {
    expect(validateScenario(base()).stations).toHaveLength(3);
  });

  it('reports a missing field with its path', () => {
    const issue = onlyIssue((s) => {
      delete (s.calendar as { horizon?: unknown }).horizon;
    });
    expect(issue).toMatchObject({
      path: 'calendar.horizon',
      value: undefined,
      expected: expect.stringContaining('a duration > 0'),
    });
    expect(issue.message).toMatch(/^calendar\.horizon: missing; expected a duration > 0/);
  });

  it('reports a negative rate and zero lanes', () => {
    expect(
      onlyIssue((s) => void ((s.classes[0]!.arrivals.rate as { perDay: number }).perDay = -5)),
    ).toMatchObject({
      path: 'classes[0].arrivals.rate.perDay',
      value: -5,
      expected: 'a finite number > 0',
    });
    expect(onlyIssue((s) => void ((s.stations[0] as { lanes: unknown }).lanes = 0))).toMatchObject({
      path: 'stations[0].lanes',
      value: 0,
      expected: "an integer >= 1 or 'infinite'",
    });
  });

  it('reports NaN and Infinity, which only a TypeScript object can carry', () => {
    const nan = onlyIssue((s) => void ((s.stations[0]!.service.lognormal as { cv: number }).cv = Number.NaN));
    expect(nan.path).toBe('stations[0].service.lognormal.cv');
    expect(nan.value).toBeNaN();
    expect(nan.expected).toBe('a finite number > 0');
    expect(nan.message).toBe('stations[0].service.lognormal.cv: expected a finite number > 0, found NaN');
    const inf = onlyIssue(
      (s) => void ((s.classes[1]!.arrivals.rate as { perDay: number }).perDay = Number.POSITIVE_INFINITY),
    );
    expect(inf).toMatchObject({ path: 'classes[1].arrivals.rate.perDay', value: Number.POSITIVE_INFINITY });
  });

  it('names the known distributions when one is unknown', () => {
    const issue = onlyIssue((s) => {
      (s.stations[0] as { service: unknown }).service = { lognormall: { mean: { minutes: 8 }, cv: 1 } };
    });
    expect(issue.path).toBe('stations[0].service.lognormall');
    expect(issue.expected).toBe(
      'one of the distribution names: exponential, uniform, triangular, normal, lognormal, gamma, erlang, weibull, deterministic, empirical',
    );
    expect(issue.message).toMatch(/unknown key "lognormall"/);
  });

  it('reports a station reference that does not exist, listing those that do', () => {
    const issue = onlyIssue((s) => void ((s.classes[0]!.route as string[])[1] = 'yrd'));
    expect(issue).toEqual(
      expect.objectContaining({
        path: 'classes[0].route[1]',
        value: 'yrd',
        expected: 'the id of a station ("gate", "yard", "customs")',
      }),
    );
  });

  it('reports routing probabilities that do not sum to 1, with their sum', () => {
    const issue = onlyIssue((s) => {
      const route = s.classes[1]!.route as { next: Record<string, Record<string, number>> };
      route.next.gate = { yard: 0.5, customs: 0.4 };
    });
    expect(issue).toMatchObject({
      path: 'classes[1].route.next.gate',
      value: { yard: 0.5, customs: 0.4 },
      expected: 'probabilities that sum to 1',
    });
    expect(issue.message).toMatch(/\(they sum to 0\.9\)$/);
  });

  it('forgives rounding within 1e-9 in routing sums', () => {
    const scenario = base();
    (scenario.classes[1]!.route as { next: Record<string, Record<string, number>> }).next.gate = {
      yard: 0.1 + 0.2, // 0.30000000000000004
      customs: 0.7,
    };
    expect(() => validateScenario(scenario)).not.toThrow();
  });

  it('reports routing that never reaches exit and reachable stations without a row', () => {
    const scenario = base() as Mutable;
    (scenario.classes[1]!.route as { next: Record<string, Record<string, number>> }).next = {
      gate: { yard: 1 },
      yard: { gate: 1 },
    };
    const issues = issuesOf(scenario);
    expect(issues.map((i) => i.path)).toEqual(['classes[1].route.next.gate', 'classes[1].route.next.yard']);
    expect(issues[0]?.expected).toBe('a row from which "exit" can be reached');
  });

  it('reports a closure that ends before it starts', () => {
    expect(onlyIssue((s) => void (s.sides[0]!.closures[0]!.to = '2024-02-09'))).toMatchObject({
      path: 'sides[0].closures[0].to',
      value: '2024-02-09',
      expected: expect.stringContaining('an end after the start'),
    });
  });

  it('reports a shock dated outside the horizon, with the horizon', () => {
    expect(onlyIssue((s) => void (s.shocks[0]!.at = '2024-06-01'))).toMatchObject({
      path: 'shocks[0].at',
      value: '2024-06-01',
      expected: 'a time within the run, from 2024-01-01T00:00+08:00 to 2024-03-31T00:00+08:00',
    });
    expect(onlyIssue((s) => void ((s.shocks[0] as { at: unknown }).at = { days: -1 })).path).toBe(
      'shocks[0].at.days',
    );
    expect(onlyIssue((s) => void ((s.shocks[0] as { at: unknown }).at = { days: 91 })).path).toBe(
      'shocks[0].at',
    );
  });

  it('reports a warm-up as long as the horizon', () => {
    expect(onlyIssue((s) => void (s.calendar.warmUp = { days: 90 }))).toMatchObject({
      path: 'calendar.warmUp',
    });
  });

  it('reports duplicate ids and the reserved station id', () => {
    const extra = { id: 'gate', lanes: 1, service: { deterministic: { minutes: 1 } } } as never;
    expect(onlyIssue((s) => void s.stations.push(extra)).message).toBe(
      'stations[3].id: expected an id not used by another station, found "gate" (already used at stations[0])',
    );
    const scenario = base() as Mutable;
    scenario.stations.push({ id: 'exit', lanes: 1, service: { deterministic: { minutes: 1 } } } as never);
    expect(issuesOf(scenario).map((i) => i.path)).toEqual(['stations[3].id']);
  });

  it('reports a bad weekday key inside per-day opening hours at that key', () => {
    const issue = onlyIssue(
      (s) => void ((s.sides[0] as Record<string, unknown>).openingHours = { mondy: '24h' }),
    );
    expect(issue).toMatchObject({ path: 'sides[0].openingHours.mondy', value: '24h' });
  });

  it('reports an unknown field and a wrong enum value', () => {
    expect(onlyIssue((s) => void ((s.stations[0] as Record<string, unknown>).lane = 2))).toMatchObject({
      path: 'stations[0].lane',
      expected: expect.stringMatching(/^one of the fields of a station: id, name, side, lanes, service/),
    });
    expect(
      onlyIssue(
        (s) => void ((s.stations[0] as Record<string, unknown>).buffer = { capacity: 5, whenFull: 'block' }),
      ),
    ).toMatchObject({
      path: 'stations[0].buffer.whenFull',
      expected:
        "'wait' (block upstream), 'giveUp' or 'turnAway' (leave the crossing), or { divert: { to: <port id>, travel: <distribution> } }",
    });
  });

  it('reports a road storage of negative length, a bad capacity and a vehicle of no length', () => {
    const buffer = (capacity: unknown) => (s: Mutable) =>
      void ((s.stations[0] as Record<string, unknown>).buffer = { capacity, whenFull: 'giveUp' });
    expect(onlyIssue(buffer({ km: -2 }))).toMatchObject({
      path: 'stations[0].buffer.capacity.km',
      value: -2,
      expected: 'a finite number >= 0',
    });
    const capacity = "an integer >= 0, 'infinite' or a road length {km: a number >= 0}";
    expect(onlyIssue(buffer(-1))).toMatchObject({
      path: 'stations[0].buffer.capacity',
      value: -1,
      expected: capacity,
    });
    expect(onlyIssue(buffer('full'))).toMatchObject({
      path: 'stations[0].buffer.capacity',
      expected: capacity,
    });
    const metres = base() as Mutable;
    buffer({ metres: 300 })(metres);
    expect(issuesOf(metres).map((i) => i.path)).toContain('stations[0].buffer.capacity.metres');
    expect(onlyIssue((s) => void ((s.classes[0] as Record<string, unknown>).lengthMetres = 0))).toMatchObject(
      { path: 'classes[0].lengthMetres', value: 0, expected: 'a finite number > 0' },
    );
  });

  it('resolves a road storage in km to metres and giveUp to the turnAway rule', () => {
    const scenario = base() as Mutable;
    (scenario.stations[0] as Record<string, unknown>).buffer = { capacity: { km: 1.5 }, whenFull: 'giveUp' };
    const resolved = validateScenario(scenario);
    expect(resolved.stations[0]!.buffer).toEqual({
      capacity: { metres: 1500 },
      whenFull: 'turnAway',
      divert: null,
    });
    expect(resolved.classes[0]!.lengthMetres).toBe(20);
  });

  it('reports currencies without an exchange rate and drivers that do not exist', () => {
    expect(onlyIssue((s) => void (s.costs.fees[0]!.amount.currency = 'RUB'))).toMatchObject({
      path: 'costs.fees[0].amount.currency',
      expected: 'the reporting currency USD or a currency with a rate in costs.exchangeRates (USD, CNY)',
    });
    expect(onlyIssue((s) => void ((s.classes[0] as Record<string, unknown>).needsDriver = true)).path).toBe(
      'classes[0].needsDriver',
    );
  });

  it('reports an unknown kind of shock with the known ones', () => {
    expect(onlyIssue((s) => void ((s.shocks[0] as Record<string, unknown>).change = 'lane'))).toMatchObject({
      path: 'shocks[0].change',
      expected:
        'one of the changes lanes, hours, quota, service, inspection, fee, driverFee, driverPool, demand',
    });
  });

  it('reports a value that is not a scenario at all', () => {
    for (const value of [null, 'hello', [1, 2]]) {
      const issues = issuesOf(value);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path: '', expected: expect.stringMatching(/^a scenario/) });
    }
  });

  it('reports every problem of a file at once, one per line of the message', () => {
    const scenario = base() as Mutable;
    delete (scenario.calendar as { horizon?: unknown }).horizon;
    (scenario.stations[0] as { lanes: unknown }).lanes = -1;
    (scenario.stations[1] as { service: unknown }).service = { poisson: { mean: 3 } };
    // The same class has a bad rate and a bad reference: both are reported.
    (scenario.classes[0]!.arrivals.rate as { perDay: number }).perDay = 0;
    (scenario.classes[0]!.route as string[])[0] = 'gat';
    (scenario.classes[1]!.route as { next: Record<string, Record<string, number>> }).next.gate = {
      yard: 0.2,
      customs: 0.2,
    };
    scenario.sides[0]!.closures[0]!.to = '2024-01-01';
    scenario.shocks[0]!.station = 'nowhere';
    let error: unknown;
    try {
      validateScenario(scenario);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const { issues, message } = error as ScenarioError;
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'calendar.horizon',
        'stations[0].lanes',
        'stations[1].service.poisson',
        'classes[0].arrivals.rate.perDay',
        'classes[0].route[0]',
        'classes[1].route.next.gate',
        'sides[0].closures[0].to',
        'shocks[0].station',
      ].sort(),
    );
    const lines = message.split('\n');
    expect(lines[0]).toBe('Invalid scenario: 8 problems');
    expect(lines.slice(1)).toEqual(issues.map((i) => `  ${i.message}`));
  });
});
