import { validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { pooledHoursAtStations } from './station-hours.js';

// Two classes through a gate with lanes to spare (nobody waits): cars take 30 min, one an hour;
// trucks 90 min, one every two hours. Over 10 days that is 239 cars and 119 trucks, so the pooled
// time at the gate is (239 × 0.5 + 119 × 1.5) / 358 h.
const scenario = validateScenario({
  calendar: { start: '2024-01-01T00:00Z', horizon: { days: 10 } },
  stations: [
    {
      id: 'gate',
      lanes: 10,
      service: { deterministic: { minutes: 30 } },
      serviceByClass: { truck: { deterministic: { minutes: 90 } } },
    },
  ],
  classes: [
    { id: 'car', arrivals: { interarrival: { deterministic: { hours: 1 } } }, route: ['gate'] },
    { id: 'truck', arrivals: { interarrival: { deterministic: { hours: 2 } } }, route: ['gate'] },
  ],
});
const run = { scenario, result: runBorderReplication(scenario, { seed: 1, replication: 0 }) };

describe('pooledHoursAtStations', () => {
  it('weights each class by the vehicles served', () => {
    const cars = run.result.stations.gate!.waitByClass.car!.count;
    const trucks = run.result.stations.gate!.waitByClass.truck!.count;
    expect([cars, trucks]).toEqual([239, 119]); // the first of each comes one gap after the start
    expect(
      pooledHoursAtStations(run, [
        ['gate', 'car'],
        ['gate', 'truck'],
      ]),
    ).toBeCloseTo((cars * 0.5 + trucks * 1.5) / (cars + trucks), 12);
  });

  it('throws when no pair served anyone', () => {
    expect(() => pooledHoursAtStations(run, [['gate', 'bus']])).toThrow(RangeError);
  });
});
