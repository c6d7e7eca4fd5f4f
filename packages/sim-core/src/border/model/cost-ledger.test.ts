import { validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { COMPONENT_INDEX, COST_COMPONENTS, CostLedger } from './cost-ledger.js';
import { runBorderReplication } from './run-border-replication.js';

describe('cost ledger', () => {
  it('books fees per car and per vehicle, driver fees and demurrage, in the reporting currency', () => {
    // Deterministic: a carrier of 5 cars every 10 hours from 10 h on, each 2.5 days at the yard.
    // Within the 81-hour horizon only the arrivals at 10 h and 20 h finish (at 70 h and 80 h):
    // their charges are booked; the others are still in the yard.
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { hours: 81 } },
      stations: [{ id: 'yard', lanes: 'infinite', service: { deterministic: { days: 2.5 } } }],
      classes: [
        {
          id: 'carrier',
          needsDriver: true,
          carsPerVehicle: { deterministic: 5 },
          arrivals: { interarrival: { deterministic: { hours: 10 } } },
          route: ['yard'],
        },
      ],
      drivers: {
        count: 10,
        returnTrip: { deterministic: { hours: 1 } },
        feePerTrip: { amount: 500, currency: 'CNY' },
      },
      costs: {
        currency: 'USD',
        exchangeRates: { CNY: 0.14 },
        fees: [
          { id: 'declaration', amount: { amount: 400, currency: 'CNY' }, station: 'yard', per: 'car' },
          { id: 'clearance', amount: { amount: 300, currency: 'USD' } },
        ],
        demurrage: [{ perDay: { amount: 250, currency: 'USD' }, freeTime: { days: 2 } }],
      },
    });
    const result = runBorderReplication(scenario, { seed: 1, replication: 0 });
    const carrier = result.classes.carrier!;
    expect(carrier.exited).toBe(2);
    const t = carrier.costs.totals;
    expect(t.clearance).toBeCloseTo(2 * (5 * 400 * 0.14 + 300), 9); // per car at the yard + per vehicle at exit
    expect(t.driverFees).toBeCloseTo(2 * 500 * 0.14, 9);
    expect(t.demurrage).toBeCloseTo(2 * 250, 9); // half a day over the 2 free days: one started day each
    expect(carrier.costs.perVehicle).toBeCloseTo((2 * (2000 * 0.14 + 300) + 2 * 70 + 500) / 2, 9);
  });

  it('keeps each component at its own index, and sums charged by name or by index alike', () => {
    expect(COST_COMPONENTS.map((c) => COMPONENT_INDEX[c])).toEqual([0, 1, 2, 3, 4]);
    const ledger = new CostLedger();
    COST_COMPONENTS.forEach((c, i) => {
      ledger.charge(c, 10 ** i);
      ledger.chargeAt(COMPONENT_INDEX[c], 2 * 10 ** i);
    });
    expect(ledger.totals).toEqual({ driverFees: 3, clearance: 30, duty: 300, other: 3000, demurrage: 30000 });
    expect(ledger.total).toBe(33333);
  });
});
