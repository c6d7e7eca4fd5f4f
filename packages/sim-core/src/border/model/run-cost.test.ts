import { readFileSync } from 'node:fs';
import { readScenarioText, type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/types.js';
import { runBorderReplication } from './run-border-replication.js';
import { estimateRunCost } from './run-cost.js';

/** The stated accuracy of the estimate: within this factor of the events counted, either way. */
const FACTOR = 1.25;

/** A shipped scenario, shortened to `days` (its shocks after the end dropped). */
function shipped(name: string, days: number): Scenario {
  const url = new URL(`../../../../scenarios/data/${name}.yaml`, import.meta.url);
  const raw = readScenarioText(readFileSync(url, 'utf8'), { format: 'yaml' }) as {
    calendar: { horizon: unknown };
    shocks?: { at: string }[];
  };
  raw.calendar.horizon = { days };
  const start = Date.parse((raw.calendar as unknown as { start: string }).start);
  raw.shocks = (raw.shocks ?? []).filter((s) => Date.parse(s.at) < start + days * 86_400_000);
  return validateScenario(raw);
}

function mmc(lanes: number, days: number): Scenario {
  return validateScenario({
    calendar: { start: '2024-01-01T00:00Z', horizon: { days } },
    stations: [{ id: 'server', lanes, service: { exponential: { mean: { minutes: 4 } } } }],
    classes: [{ id: 'customers', arrivals: { rate: { perMinute: 1 } }, route: ['server'] }],
  } satisfies ScenarioInput);
}

/** Three stations with feedback: a vehicle visits 1 / 0.6 ≈ 1.67 times each of b, c on average. */
function network(): Scenario {
  return validateScenario({
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 10 } },
    stations: [
      { id: 'a', lanes: 4, service: { exponential: { mean: { minutes: 2 } } } },
      { id: 'b', lanes: 4, service: { exponential: { mean: { minutes: 2 } } } },
      { id: 'c', lanes: 'infinite', service: { exponential: { mean: { minutes: 2 } } } },
    ],
    classes: [
      {
        id: 'jobs',
        arrivals: {
          rateTable: {
            repeatEvery: { days: 1 },
            rows: [
              { from: { hours: 0 }, rate: { perHour: 30 } },
              { from: { hours: 12 }, rate: { perHour: 90 } },
            ],
          },
        },
        route: { entry: 'a', next: { a: { b: 1 }, b: { c: 1 }, c: { b: 0.4, exit: 0.6 } } },
      },
    ],
  } satisfies ScenarioInput);
}

/**
 * Loads that book an e-queue slot and leave in a fleet's carriers, which come back empty through
 * the inbound route; trucks that need neither. With `binding`, the slots (150 a day against 240
 * loads) and the carriers (40, a cycle of about 13 h) cap the loads, and late vehicles book again.
 */
function bookedFleetPort(binding: boolean): Scenario {
  return validateScenario({
    calendar: { start: '2024-01-01T00:00+05:00', horizon: { days: 10 } },
    sides: [{ id: 'kz', utcOffset: '+05:00' }],
    equeues: [
      binding
        ? { id: 'slots', side: 'kz', perDay: 150, noShow: 0.1, late: { share: 0.2, action: 'rebook' } }
        : { id: 'slots', side: 'kz', perDay: 400, noShow: 0.05, late: { share: 0.1 } },
    ],
    stations: [
      { id: 'out-gate', lanes: 4, service: { exponential: { mean: { minutes: 5 } } } },
      { id: 'road', lanes: 'infinite', shared: true, service: { exponential: { mean: { minutes: 30 } } } },
      { id: 'in-gate', lanes: 4, service: { exponential: { mean: { minutes: 5 } } } },
    ],
    classes: [
      {
        id: 'load',
        carsPerVehicle: { discreteUniform: { min: 5, max: 8 } },
        equeue: 'slots',
        arrivals: { rate: { perHour: 10 } },
        route: ['out-gate', 'road'],
      },
      {
        id: 'truck',
        carsPerVehicle: { deterministic: 0 },
        arrivals: { rate: { perHour: 3 } },
        route: ['out-gate', 'road'],
      },
      { id: 'empty', direction: 'inbound', route: ['road', 'in-gate'] },
    ],
    fleets: [
      {
        id: 'carriers',
        vehicles: binding ? 40 : 200,
        class: 'load',
        returnsAs: 'empty',
        away: { exponential: { mean: { hours: 10 } } },
        home: { exponential: { mean: { hours: 2 } } },
      },
    ],
  } satisfies ScenarioInput);
}

const CASES: [string, () => Scenario][] = [
  ['horgos-2024, first 20 days', () => shipped('horgos-2024', 20)],
  ['kashgar-2024, first 20 days', () => shipped('kashgar-2024', 20)],
  ['M/M/8, 2 days', () => mmc(8, 2)],
  ['M/M/1 overloaded, 2 days', () => mmc(1, 2)],
  ['a network with feedback and a daily rate table, 10 days', network],
  ['a booked e-queue and a fleet with room to spare, 10 days', () => bookedFleetPort(false)],
  ['a booked e-queue and a fleet that both cap the loads, 10 days', () => bookedFleetPort(true)],
];

describe('estimateRunCost', () => {
  it.each(CASES)('%s: events within a factor of 1.25 of a real replication', (_label, make) => {
    const scenario = make();
    const estimate = estimateRunCost(scenario);
    const counted = runBorderReplication(scenario, { seed: 1, replication: 0 });
    const ratio = estimate.events / counted.events;
    expect(ratio, `estimate ${estimate.events}, counted ${counted.events}`).toBeGreaterThan(1 / FACTOR);
    expect(ratio, `estimate ${estimate.events}, counted ${counted.events}`).toBeLessThan(FACTOR);
    // Arrivals are the part with a known answer: within 5% of the count here (each case has
    // thousands of arrivals, so the Poisson noise is below 2%).
    expect(estimate.arrivals / counted.conservation.arrived).toBeGreaterThan(0.95);
    expect(estimate.arrivals / counted.conservation.arrived).toBeLessThan(1.05);
  });

  it.each([false, true])(
    'counts the fleet returns and the loads the slots and carriers let through (binding: %s)',
    (binding) => {
      const scenario = bookedFleetPort(binding);
      const byClass = new Map(estimateRunCost(scenario).classes.map((c) => [c.id, c.arrivals]));
      const counted = runBorderReplication(scenario, { seed: 1, replication: 0 }).conservation.byClass;
      // Each estimate within 8% of its count (hundreds to thousands of vehicles: the noise is
      // under 4%). Before e-queues and fleets counted, the returns were estimated at none and the
      // capped loads at 2.2 times their count.
      for (const id of ['load', 'truck', 'empty']) {
        const ratio = byClass.get(id)! / counted[id]!.arrived;
        expect(ratio, id).toBeGreaterThan(0.92);
        expect(ratio, id).toBeLessThan(1.08);
      }
    },
  );

  it('solves the expected visits of a routing table: 1 at a, 1/0.6 at b and c', () => {
    const [jobs] = estimateRunCost(network()).classes;
    expect(jobs!.visits).toBeCloseTo(1 + 2 / 0.6, 12);
  });

  it('an overloaded station: the backlog is a lower bound close to the vehicles left at the end', () => {
    const scenario = mmc(1, 2);
    const estimate = estimateRunCost(scenario);
    const left = runBorderReplication(scenario, { seed: 1, replication: 0 }).conservation.inSystemAtEnd;
    // Arrivals 1 a minute, service 0.25 a minute: 0.75 × 2880 minutes = 2160.
    expect(estimate.backlog).toBeCloseTo(2160, 6);
    expect(estimate.backlogStation).toBe('server');
    expect(estimate.backlog).toBeLessThan(left * 1.1);
    expect(estimate.backlog).toBeGreaterThan(left * 0.8);
  });

  it('an overloaded station whose quota turns away what a day cannot take claims no backlog', () => {
    // 1 arrival a minute against 0.25 served: under a 'lost' quota of 100 a day the queue stays
    // bounded by the quota, so the fluid backlog would overstate it and refuse a run that fits.
    const overloaded = (leftover: 'carried' | 'lost') =>
      validateScenario({
        calendar: { start: '2024-01-01T00:00Z', horizon: { days: 2 } },
        sides: [{ id: 'here', utcOffset: '+00:00', quotas: [{ id: 'eq', perDay: 100, leftover }] }],
        stations: [
          {
            id: 'server',
            side: 'here',
            lanes: 1,
            service: { exponential: { mean: { minutes: 4 } } },
            quotas: ['eq'],
          },
        ],
        classes: [{ id: 'customers', arrivals: { rate: { perMinute: 1 } }, route: ['server'] }],
      } satisfies ScenarioInput);
    expect(estimateRunCost(overloaded('lost'))).toMatchObject({ backlog: 0, backlogStation: null });
    expect(estimateRunCost(overloaded('carried')).backlog).toBeCloseTo(2160, 6);
    const left = runBorderReplication(overloaded('lost'), { seed: 1, replication: 0 }).conservation
      .inSystemAtEnd;
    expect(left).toBeLessThan(2160 / 4);
  });

  it('a station that keeps up has no backlog', () => {
    expect(estimateRunCost(mmc(8, 2))).toMatchObject({ backlog: 0, backlogStation: null });
  });

  it('a full year of horgos-2024 is about the 1.55 M events measured', () => {
    const estimate = estimateRunCost(shipped('horgos-2024', 366));
    expect(estimate.events / 1.55e6).toBeGreaterThan(1 / FACTOR);
    expect(estimate.events / 1.55e6).toBeLessThan(FACTOR);
  });
});
