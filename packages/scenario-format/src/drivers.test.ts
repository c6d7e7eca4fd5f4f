import { describe, expect, it } from 'vitest';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioIssue } from './scenario-issue.js';
import { validateScenario } from './validate.js';

/** A port with stations a → b → c, a class that needs a driver, and a pool written as `pool`. */
function port(pool: Record<string, unknown>) {
  const station = (id: string) => ({ id, lanes: 1, service: { deterministic: { minutes: 1 } } });
  return {
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 1 } },
    stations: [station('a'), station('b'), station('c')],
    classes: [
      { id: 'car', needsDriver: true, arrivals: { rate: { perDay: 1 } }, route: ['a', 'b'] },
      { id: 'truck', arrivals: { rate: { perDay: 1 } }, route: ['a', 'c'] },
    ],
    drivers: { count: 1, returnTrip: { deterministic: { hours: 1 } }, ...pool },
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

describe('drivers: where they are taken and released', () => {
  it('defaults to before the first station and to the exit', () => {
    expect(validateScenario(port({})).drivers).toMatchObject({ takenAt: null, releasedAt: null });
    expect(validateScenario(port({ takenAt: 'b', releasedAt: 'b' })).drivers).toMatchObject({
      takenAt: 'b',
      releasedAt: 'b',
    });
  });

  it('an unknown station is an error listing the stations', () => {
    expect(issuesOf(port({ takenAt: 'x' }))).toEqual([
      expect.objectContaining({
        path: 'drivers.takenAt',
        value: 'x',
        expected: 'the id of a station ("a", "b", "c")',
      }),
    ]);
  });

  it('a station off the route of a class that needs a driver is an error (other classes do not count)', () => {
    expect(issuesOf(port({ takenAt: 'c' }))).toEqual([
      expect.objectContaining({
        path: 'drivers.takenAt',
        value: 'c',
        expected: 'a station on the route of class "car" (a, b), which needs a driver',
      }),
    ]);
  });

  it('a release before the station where drivers are taken is an error', () => {
    expect(issuesOf(port({ takenAt: 'b', releasedAt: 'a' }))).toEqual([
      expect.objectContaining({
        path: 'drivers.releasedAt',
        value: 'a',
        expected: 'a station on the route of class "car" (a, b), not before takenAt ("b")',
      }),
    ]);
  });

  it('a congestion fee resolves to the reporting currency; an unknown currency is an error', () => {
    const fee = { perHour: { amount: 20, currency: 'CNY' }, scarcity: { amount: 5, currency: 'USD' } };
    const drivers = validateScenario({
      ...port({ congestionFee: fee }),
      costs: { currency: 'USD', exchangeRates: { CNY: 0.14 } },
    }).drivers!;
    expect(drivers.congestionFee!.perHour!.reportingAmount).toBeCloseTo(2.8, 12);
    expect(drivers.congestionFee!.scarcity!.reportingAmount).toBe(5);
    expect(issuesOf(port({ congestionFee: fee }))).toEqual([
      expect.objectContaining({
        path: 'drivers.congestionFee.perHour.currency',
        value: 'CNY',
        expected: 'the reporting currency USD or a currency with a rate in costs.exchangeRates (USD)',
      }),
    ]);
  });
});
