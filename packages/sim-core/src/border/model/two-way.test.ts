import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { confidenceInterval } from '../../stats/confidence-interval.js';
import { mmc } from '../../theory/mmc.js';
import { runBorderReplication } from './run-border-replication.js';

const calendar = { start: '2024-01-01T00:00Z', horizon: { days: 120 }, warmUp: { days: 5 } };
const R = 20;

/** One M/M/c bridge shared by an outbound and an inbound Poisson flow (same service law). */
function sharedBridge(outPerMinute: number, inPerMinute: number, lanes: number, meanService: number) {
  return validateScenario({
    calendar,
    stations: [
      { id: 'bridge', lanes, shared: true, service: { exponential: { mean: { minutes: meanService } } } },
    ],
    classes: [
      { id: 'out', arrivals: { rate: { perMinute: outPerMinute } }, route: ['bridge'] },
      { id: 'in', direction: 'inbound', arrivals: { rate: { perMinute: inPerMinute } }, route: ['bridge'] },
    ],
  } satisfies ScenarioInput);
}

/** Asserts that `theory` lies in the 99.9% replication interval of `values`, and the interval is narrow. */
function expectInInterval(values: number[], theory: number, relativeHalfWidth: number): void {
  const ci = confidenceInterval(values, 0.999);
  expect(ci.lower).toBeLessThanOrEqual(theory);
  expect(ci.upper).toBeGreaterThanOrEqual(theory);
  expect(ci.halfWidth / theory).toBeLessThan(relativeHalfWidth);
}

describe('two directions', () => {
  it('two Poisson flows sharing one M/M/c station wait as Erlang C says, together and each', () => {
    // λ_out = 0.14/min, λ_in = 0.10/min, E[S] = 10 min, c = 3: the merged flow is Poisson with
    // λ = 0.24 (ρ = 0.8), and with one FIFO queue each direction sees the common Wq (PASTA).
    const theory = mmc(0.24, 0.1, 3);
    const scenario = sharedBridge(0.14, 0.1, 3, 10);
    const all: number[] = [];
    const out: number[] = [];
    const inbound: number[] = [];
    const outCrossing: number[] = [];
    const inCrossing: number[] = [];
    for (let r = 0; r < R; r++) {
      const result = runBorderReplication(scenario, { seed: 13, replication: r });
      const bridge = result.stations.bridge!;
      all.push(bridge.wait.mean!);
      out.push(bridge.waitByClass.out!.mean!);
      inbound.push(bridge.waitByClass.in!.mean!);
      outCrossing.push(result.directions.outbound!.crossing.mean!);
      inCrossing.push(result.directions.inbound!.crossing.mean!);
    }
    // Tolerance: 99.9% Student-t intervals over 20 independent replications (0.1% false failures
    // each); power: half-widths under 8% of Wq merged, 12% for the thinner inbound flow.
    expectInInterval(all, theory.Wq, 0.08);
    expectInInterval(out, theory.Wq, 0.1);
    expectInInterval(inbound, theory.Wq, 0.12);
    // A direction's crossing here is its wait plus its service: W = Wq + E[S].
    expectInInterval(outCrossing, theory.W, 0.05);
    expectInInterval(inCrossing, theory.W, 0.06);
  });

  it('conserves vehicles per direction: arrived = exited + turned away + in the port', () => {
    // Both directions share a bridge whose small room turns vehicles away, then each has a
    // control of its own; the end falls while the queues are full.
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 3 }, warmUp: { hours: 6 } },
      stations: [
        {
          id: 'bridge',
          lanes: 2,
          shared: true,
          service: { exponential: { mean: { minutes: 9 } } },
          buffer: { capacity: 4, whenFull: 'turnAway' },
        },
        { id: 'out-customs', lanes: 1, service: { exponential: { mean: { minutes: 6 } } } },
        { id: 'in-customs', lanes: 1, service: { exponential: { mean: { minutes: 7 } } } },
      ],
      classes: [
        { id: 'car', arrivals: { rate: { perHour: 7 } }, route: ['bridge', 'out-customs'] },
        { id: 'truck', arrivals: { rate: { perHour: 2 } }, route: ['out-customs', 'bridge'] },
        {
          id: 'bus',
          direction: 'inbound',
          arrivals: { rate: { perHour: 6 } },
          route: ['in-customs', 'bridge'],
        },
      ],
    } satisfies ScenarioInput);
    for (let r = 0; r < 5; r++) {
      const result = runBorderReplication(scenario, { seed: 2, replication: r });
      const byClass = result.conservation.byClass;
      let inPort = 0;
      for (const [direction, classes] of [
        ['outbound', ['car', 'truck']],
        ['inbound', ['bus']],
      ] as const) {
        const d = result.directions[direction]!;
        const c = d.conservation;
        expect(c.turnedAway).toBeGreaterThan(0); // the room was full at times: the check bites
        expect(c.arrived).toBe(c.exited + c.turnedAway + d.inSystemAtEnd);
        // The direction's counts are its classes' counts (kept apart, so this is a real check).
        for (const key of ['arrived', 'exited', 'turnedAway'] as const)
          expect(c[key]).toBe(classes.reduce((sum, id) => sum + byClass[id]![key], 0));
        expect(d.arrived).toBe(classes.reduce((sum, id) => sum + result.classes[id]!.arrived, 0));
        inPort += d.inSystemAtEnd;
      }
      expect(inPort).toBe(result.conservation.inSystemAtEnd);
    }
  });

  it('a scenario with one direction reports that direction only', () => {
    const result = runBorderReplication(
      validateScenario({
        calendar: { start: '2024-01-01T00:00Z', horizon: { days: 2 } },
        stations: [{ id: 'gate', lanes: 1, service: { exponential: { mean: { minutes: 5 } } } }],
        classes: [{ id: 'car', arrivals: { rate: { perHour: 6 } }, route: ['gate'] }],
      }),
      { seed: 1, replication: 0 },
    );
    expect(Object.keys(result.directions)).toEqual(['outbound']);
    expect(result.directions.outbound!.crossing).toEqual(result.classes.car!.crossing);
    expect(result.fleets).toEqual({});
  });
});
