import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

const FIXED = 300;
const PER_HOUR = 24;
const SCARCITY = 50;

const congestionFee = {
  perHour: { amount: PER_HOUR, currency: 'CNY' },
  scarcity: { amount: SCARCITY, currency: 'CNY' },
};

describe('a driver fee that follows congestion', () => {
  it('pays fixed + hourly rate × trip hours when drivers are plentiful', () => {
    // A car every 10 minutes (the first at 10), one clearance lane of 20 minutes, then a
    // 30-minute drive; 1000 drivers, so no car waits for one and scarcity is 0. Car k takes its
    // driver on arrival at 10(k + 1), clears at 30 + 20k and leaves at 60 + 20k: a trip of
    // 50 + 10k minutes, paid on leaving if that is within the run.
    const horizon = 1440;
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { minutes: horizon } },
      stations: [
        { id: 'clearance', lanes: 1, service: { deterministic: { minutes: 20 } } },
        { id: 'drive', lanes: 'infinite', service: { deterministic: { minutes: 30 } } },
      ],
      classes: [
        {
          id: 'car',
          needsDriver: true,
          arrivals: { interarrival: { deterministic: { minutes: 10 } } },
          route: ['clearance', 'drive'],
        },
      ],
      drivers: {
        count: 1000,
        returnTrip: { deterministic: { hours: 1 } },
        feePerTrip: { amount: FIXED, currency: 'CNY' },
        congestionFee,
      },
      costs: { currency: 'CNY' },
    } satisfies ScenarioInput);
    let expected = 0;
    let trips = 0;
    for (let k = 0; 60 + 20 * k < horizon; k++) {
      expected += FIXED + PER_HOUR * ((50 + 10 * k) / 60);
      trips++;
    }
    const result = runBorderReplication(scenario, { seed: 1, replication: 0 });
    expect(result.drivers!.trips).toBe(trips);
    expect(result.drivers!.fees).toBeCloseTo(expected, 8);
    expect(result.classes.car!.costs.totals.driverFees).toBeCloseTo(expected, 8);
  });

  it('adds scarcity rate × cars waiting per free driver as the car sets off', () => {
    // One driver, a car every 10 minutes, a 5-minute drive and a return of 25.25 minutes: the
    // driver sets off with car j at g_j = 10 + 30.25 j. By then floor(g_j / 10) cars have arrived
    // (no arrival falls on a g_j within the run), j + 1 of them have had the driver, the others
    // wait; free drivers, the one taken counted: 1. Each trip lasts the 5-minute drive.
    const horizon = 600;
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { minutes: horizon } },
      stations: [{ id: 'drive', lanes: 'infinite', service: { deterministic: { minutes: 5 } } }],
      classes: [
        {
          id: 'car',
          needsDriver: true,
          arrivals: { interarrival: { deterministic: { minutes: 10 } } },
          route: ['drive'],
        },
      ],
      drivers: {
        count: 1,
        returnTrip: { deterministic: { minutes: 25.25 } },
        feePerTrip: { amount: FIXED, currency: 'CNY' },
        congestionFee,
      },
      costs: { currency: 'CNY' },
    } satisfies ScenarioInput);
    let expected = 0;
    let trips = 0;
    for (let j = 0; 10 + 30.25 * j + 5 < horizon; j++) {
      const setOff = 10 + 30.25 * j;
      const waiting = Math.floor(setOff / 10) - (j + 1);
      expected += FIXED + PER_HOUR * (5 / 60) + SCARCITY * (waiting / 1);
      trips++;
    }
    const result = runBorderReplication(scenario, { seed: 1, replication: 0 });
    expect(trips).toBe(20);
    expect(result.drivers!.trips).toBe(trips);
    expect(result.drivers!.fees).toBeCloseTo(expected, 8);
  });

  it('without a congestion fee a trip pays feePerTrip, whatever its length', () => {
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { hours: 10 } },
      stations: [{ id: 'drive', lanes: 'infinite', service: { exponential: { mean: { hours: 1 } } } }],
      classes: [{ id: 'car', needsDriver: true, arrivals: { rate: { perHour: 3 } }, route: ['drive'] }],
      drivers: {
        count: 2,
        returnTrip: { exponential: { mean: { hours: 1 } } },
        feePerTrip: { amount: FIXED, currency: 'CNY' },
      },
      costs: { currency: 'CNY' },
    } satisfies ScenarioInput);
    const result = runBorderReplication(scenario, { seed: 3, replication: 0 });
    expect(result.drivers!.trips).toBeGreaterThan(0);
    expect(result.drivers!.fees).toBe(FIXED * result.drivers!.trips);
  });
});
