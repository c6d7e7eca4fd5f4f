import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { confidenceInterval } from '../../stats/confidence-interval.js';
import { pollaczekKhinchine } from '../../theory/pollaczek-khinchine.js';
import { runBorderReplication } from './run-border-replication.js';

describe('a service time that depends on the load', () => {
  it('is the base time plus the time per car times the cars on board, per class', () => {
    // Carriers of 5 to 8 cars every 2 hours, an inspection of 10 minutes + 2 per car: each one is
    // held 20, 22, 24 or 26 minutes. Trucks (1 car) skip the per-car part. No one ever queues.
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 20 } },
      stations: [
        {
          id: 'inspection',
          lanes: 2,
          service: { deterministic: { minutes: 10 } },
          perCar: { minutes: 2 },
          perCarByClass: { truck: { minutes: 0 } },
        },
      ],
      classes: [
        {
          id: 'carrier',
          carsPerVehicle: { discreteUniform: { min: 5, max: 8 } },
          arrivals: { interarrival: { deterministic: { hours: 2 } } },
          route: ['inspection'],
        },
        { id: 'truck', arrivals: { interarrival: { deterministic: { hours: 3 } } }, route: ['inspection'] },
      ],
    } satisfies ScenarioInput);
    const held: number[] = [];
    const result = runBorderReplication(scenario, {
      seed: 4,
      replication: 0,
      trace: (r) => {
        if (r.kind === 'release' && r.resource === 'inspection') held.push(r.held);
      },
    });
    const carrier = result.classes.carrier!;
    const truck = result.classes.truck!;
    expect(carrier.exited).toBe(239); // every 2 hours over 20 days, the first at 2 h
    expect(truck.crossing).toMatchObject({ count: truck.exited, mean: 10, max: 10 });
    // What each carrier held is one of the four values, all of them occur, and together they add
    // up to 10 minutes a carrier plus 2 minutes a car: the cars drawn for each vehicle.
    const carriers = held.filter((h) => h !== 10);
    expect(carriers).toHaveLength(carrier.exited);
    expect(new Set(carriers)).toEqual(new Set([20, 22, 24, 26]));
    const total = carriers.reduce((sum, h) => sum + h, 0);
    expect(total).toBe(10 * carrier.exited + 2 * carrier.carsExited);
    expect(carrier.crossing.mean! * carrier.crossing.count).toBeCloseTo(total, 6);
  });

  it('gives the M/G/1 wait of Pollaczek–Khinchine for S = base + perCar × cars', () => {
    // S = 4 + 2K minutes with K uniform on {1, 2, 3, 4}: E[S] = 9, Var[S] = 4 Var[K] = 5.
    // λ = 0.08 a minute: ρ = 0.72.
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 100 }, warmUp: { days: 5 } },
      stations: [
        { id: 'gate', lanes: 1, service: { deterministic: { minutes: 4 } }, perCar: { minutes: 2 } },
      ],
      classes: [
        {
          id: 'carrier',
          carsPerVehicle: { discreteUniform: { min: 1, max: 4 } },
          arrivals: { rate: { perMinute: 0.08 } },
          route: ['gate'],
        },
      ],
    } satisfies ScenarioInput);
    const theory = pollaczekKhinchine(0.08, 9, 5);
    const waits: number[] = [];
    for (let r = 0; r < 12; r++)
      waits.push(runBorderReplication(scenario, { seed: 9, replication: r }).stations.gate!.wait.mean!);
    const ci = confidenceInterval(waits, 0.999);
    // Tolerance: the 99.9% interval over 12 independent replications; power: under 10% of Wq.
    expect(ci.lower).toBeLessThanOrEqual(theory.Wq);
    expect(ci.upper).toBeGreaterThanOrEqual(theory.Wq);
    expect(ci.halfWidth / theory.Wq).toBeLessThan(0.1);
  });
});
