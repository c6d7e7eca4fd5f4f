import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

describe('a freight truck that carries no cars (carsPerVehicle: { deterministic: 0 })', () => {
  // Carriers of 6 cars every 2 hours and trucks of no cars every 3 hours through one inspection
  // of 10 minutes + 2 per car, with a fee per car, a fee per vehicle and a quota of cars at
  // service start. Nothing ever queues long: every figure follows from the arrival counts.
  const scenario = validateScenario({
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 12 } },
    sides: [
      {
        id: 'kz',
        utcOffset: '+05:00',
        quotas: [{ id: 'cars', perDay: 1000, counts: 'cars', countedAt: 'serviceStart' }],
      },
    ],
    stations: [
      {
        id: 'inspection',
        lanes: 2,
        service: { deterministic: { minutes: 10 } },
        perCar: { minutes: 2 },
        quotas: ['cars'],
      },
    ],
    classes: [
      {
        id: 'carrier',
        carsPerVehicle: { deterministic: 6 },
        arrivals: { interarrival: { deterministic: { hours: 2 } } },
        route: ['inspection'],
      },
      {
        id: 'truck',
        carsPerVehicle: { deterministic: 0 },
        arrivals: { interarrival: { deterministic: { hours: 3 } } },
        route: ['inspection'],
      },
    ],
    costs: {
      currency: 'USD',
      fees: [
        { id: 'per-car', amount: { amount: 10, currency: 'USD' }, per: 'car', station: 'inspection' },
        { id: 'per-truck', amount: { amount: 7, currency: 'USD' }, per: 'vehicle', classes: ['truck'] },
      ],
    },
    daily: { side: 'kz' },
  } satisfies ScenarioInput);
  const held: number[] = [];
  const result = runBorderReplication(scenario, {
    seed: 1,
    replication: 0,
    trace: (r) => {
      if (r.kind === 'release' && r.resource === 'inspection') held.push(r.held);
    },
  });
  const carrier = result.classes.carrier!;
  const truck = result.classes.truck!;

  it('clears no cars and is held only the base time', () => {
    expect(truck.exited).toBeGreaterThan(90);
    expect(truck.carsExited).toBe(0);
    expect(truck.carsPerDay).toBe(0);
    expect(carrier.carsExited).toBe(6 * carrier.exited);
    // Trucks are held 10 minutes, carriers 10 + 2 × 6.
    expect(held.filter((h) => h === 10)).toHaveLength(truck.exited);
    expect(held.filter((h) => h === 22)).toHaveLength(carrier.exited);
  });

  it('pays nothing per car and its fee per vehicle', () => {
    expect(truck.costs.totals.clearance).toBe(7 * truck.exited);
    expect(carrier.costs.totals.clearance).toBe(10 * 6 * carrier.exited);
  });

  it('takes no token of a quota that counts cars', () => {
    expect(result.quotas.cars!.used).toBe(6 * carrier.exited);
  });

  it('adds no cars to the daily series', () => {
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(result.daily.byClass.truck!.cars)).toBe(0);
    expect(sum(result.daily.byClass.truck!.exited)).toBe(truck.exited);
    expect(sum(result.daily.byClass.carrier!.cars)).toBe(carrier.carsExited);
  });
});
