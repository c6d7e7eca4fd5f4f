import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from './schema.js';
import { validateScenario } from './validate.js';

const calendar = { start: '2024-01-01T00:00Z', horizon: { days: 100 }, warmUp: { days: 5 } };

describe('textbook networks as scenarios', () => {
  it('an M/M/c queue needs no sides, costs or shocks', () => {
    const input: ScenarioInput = {
      calendar,
      stations: [{ id: 'server', lanes: 3, service: { exponential: { mean: { minutes: 10 } } } }],
      classes: [{ id: 'customers', arrivals: { rate: { perMinute: 0.25 } }, route: ['server'] }],
    };
    const scenario = validateScenario(input);
    expect(scenario.stations[0]).toEqual({
      id: 'server',
      name: 'server',
      side: null,
      lanes: 3,
      serviceByClass: { customers: { type: 'exponential', mean: 10 } },
      perCarByClass: { customers: 0 },
      buffer: { capacity: 'infinite', whenFull: 'wait', divert: null },
      port: null,
      secondary: null,
      quotas: [],
      shared: false,
    });
    expect(scenario.classes[0]?.arrivals).toEqual({
      kind: 'poisson',
      ratePerMinute: 0.25,
      monthly: new Array(12).fill(1),
      hourly: new Array(24).fill(1),
      clock: null,
    });
    expect(scenario).toMatchObject({
      sides: [],
      quotas: [],
      fleets: [],
      drivers: null,
      shocks: [],
      costs: { currency: 'USD', fees: [] },
    });
  });

  it('an M/M/c/K loss system sets the waiting room to K − c and turns arrivals away', () => {
    const scenario = validateScenario({
      calendar,
      stations: [
        {
          id: 'server',
          lanes: 2,
          service: { exponential: { mean: { minutes: 4 } } },
          buffer: { capacity: 3, whenFull: 'turnAway' },
        },
      ],
      classes: [{ id: 'customers', arrivals: { rate: { perHour: 20 } }, route: ['server'] }],
    } satisfies ScenarioInput);
    expect(scenario.stations[0]?.buffer).toEqual({ capacity: 3, whenFull: 'turnAway', divert: null });
  });

  it('a three-station Jackson network keeps its routing matrix, whose traffic equations solve as by hand', () => {
    const scenario = validateScenario({
      calendar,
      stations: ['A', 'B', 'C'].map((id) => ({
        id,
        lanes: 1,
        service: { exponential: { mean: { seconds: 30 } } },
      })),
      classes: [
        {
          id: 'jobs',
          arrivals: { rate: { perMinute: 1 } },
          route: {
            entry: { A: 0.6, B: 0.4 },
            next: {
              A: { B: 0.5, C: 0.3, exit: 0.2 },
              B: { C: 0.7, exit: 0.3 },
              C: { A: 0.1, exit: 0.9 },
            },
          },
        },
      ],
    } satisfies ScenarioInput);
    const route = scenario.classes[0]?.route;
    if (route?.kind !== 'probabilistic') throw new Error('expected a probabilistic route');
    expect(route.entry).toEqual([
      { to: 'A', probability: 0.6 },
      { to: 'B', probability: 0.4 },
    ]);
    // Traffic equations λ = γ + λP, iterated from the resolved data (P is substochastic, so the
    // fixed point is unique). By hand: λA = 0.6 + 0.1 λC, λB = 0.4 + 0.5 λA, λC = 0.3 λA + 0.7 λB
    // give λA = 0.628 / 0.935, λB = 0.4 + 0.5 λA, λC = 0.28 + 0.65 λA.
    const gamma = Object.fromEntries(route.entry.map((t) => [t.to, t.probability]));
    let lambda: Record<string, number> = { A: 0, B: 0, C: 0 };
    for (let i = 0; i < 200; i++) {
      const next: Record<string, number> = { A: gamma.A ?? 0, B: gamma.B ?? 0, C: 0 };
      for (const [from, row] of Object.entries(route.next)) {
        for (const t of row) if (t.to !== 'exit') next[t.to]! += lambda[from]! * t.probability;
      }
      lambda = next;
    }
    const lambdaA = 0.628 / 0.935;
    expect(lambda.A).toBeCloseTo(lambdaA, 12);
    expect(lambda.B).toBeCloseTo(0.4 + 0.5 * lambdaA, 12);
    expect(lambda.C).toBeCloseTo(0.28 + 0.65 * lambdaA, 12);
  });

  it('a tandem line with deterministic service and renewal arrivals (D/D/1 → ·/M/1)', () => {
    const scenario = validateScenario({
      calendar,
      stations: [
        { id: 'first', lanes: 1, service: { deterministic: { minutes: 4 } } },
        { id: 'second', lanes: 1, service: { exponential: { mean: { minutes: 3 } } } },
      ],
      classes: [
        {
          id: 'jobs',
          arrivals: { interarrival: { deterministic: { minutes: 5 } } },
          route: ['first', 'second'],
        },
      ],
    } satisfies ScenarioInput);
    expect(scenario.classes[0]?.arrivals).toEqual({
      kind: 'renewal',
      interarrival: { type: 'deterministic', value: 5 },
    });
  });
});
