import { validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { clearedBetween, vehiclesPerWorkingDay } from './daily-measures.js';

// One vehicle an hour (a deterministic renewal process, the first at 01:00), each with 2 cars,
// through a gate that takes 1 minute and works Monday to Friday (1 January 2024 is a Monday).
// Arrivals at the weekend wait for Monday. Counts can be written down by hand.
const result = runBorderReplication(
  validateScenario({
    calendar: { start: '2024-01-01T00:00+06:00', horizon: { days: 14 } },
    sides: [{ id: 'kg', utcOffset: '+06:00', daysOff: ['saturday', 'sunday'] }],
    stations: [{ id: 'gate', side: 'kg', lanes: 1, service: { deterministic: { minutes: 1 } } }],
    classes: [
      {
        id: 'car',
        carsPerVehicle: { deterministic: 2 },
        arrivals: { interarrival: { deterministic: { hours: 1 } } },
        route: ['gate'],
      },
    ],
  }),
  { seed: 1, replication: 0 },
);

describe('daily measures', () => {
  it('counts the vehicles and cars cleared between two local dates, both included', () => {
    // Monday to Wednesday: the arrivals of 01:00 … 23:00 on Monday (23), then 24 a day.
    expect(clearedBetween(result, ['car'], '2024-01-01', '2024-01-03')).toBe(23 + 24 + 24);
    expect(clearedBetween(result, ['car'], '2024-01-01', '2024-01-03', 'cars')).toBe(2 * 71);
    // a weekend clears nothing; the next Monday clears its own 24 and the weekend's 48
    expect(clearedBetween(result, ['car'], '2024-01-06', '2024-01-07')).toBe(0);
    expect(clearedBetween(result, ['car'], '2024-01-08', '2024-01-08')).toBe(24 + 48);
  });

  it('averages over the days that cleared anything, so weekends do not dilute it', () => {
    // first week: 23 + 24 × 4 = 119 over 5 working days
    expect(vehiclesPerWorkingDay(result, ['car'], '2024-01-01', '2024-01-07')).toBeCloseTo(119 / 5, 12);
  });

  it('names the class or the dates that are not in the series', () => {
    expect(() => clearedBetween(result, ['truck'], '2024-01-01', '2024-01-02')).toThrow(/no class "truck"/);
    expect(() => clearedBetween(result, ['car'], '2023-12-31', '2024-01-02')).toThrow(/not within/);
    expect(() => vehiclesPerWorkingDay(result, ['car'], '2024-01-06', '2024-01-07')).toThrow(/no vehicle/);
  });
});
