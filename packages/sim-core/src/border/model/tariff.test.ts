import { describe, expect, it } from 'vitest';
import type { Demurrage, Fee } from '../scenario/types.js';
import { CostLedger } from './cost-ledger.js';
import { DemurrageRule } from './demurrage-rule.js';
import { FeeRule } from './fee-rule.js';
import { Tariff } from './tariff.js';

const money = (reportingAmount: number) => ({ amount: reportingAmount, currency: 'USD', reportingAmount });

function fee(id: string, amount: number, per: 'vehicle' | 'car', category: Fee['category']): Fee {
  return { id, name: id, category, amount: money(amount), per, classes: [], station: null };
}

const demurrage = (charging: Demurrage['charging']): Demurrage => ({
  perDay: money(100),
  freeTime: 1440,
  per: 'car',
  classes: [],
  charging,
});

describe('Tariff', () => {
  it('charges the fees of a station, then on exit the exit fees and demurrage', () => {
    const ledger = new CostLedger();
    const tariff = new Tariff(ledger);
    const declaration = new FeeRule(fee('declaration', 40, 'car', 'clearance'));
    tariff.addFee(declaration, 1);
    tariff.addFee(new FeeRule(fee('duty', 7, 'vehicle', 'duty')), null);
    tariff.addDemurrage(new DemurrageRule(demurrage('perStartedDay')));
    tariff.chargeStation(0, 5); // no fee at station 0
    expect(ledger.total).toBe(0);
    tariff.chargeStation(1, 5);
    expect(ledger.totals.clearance).toBe(200);
    tariff.chargeExit(1440 + 60, 5); // one hour over the free day: a started day for each of 5 cars
    expect(ledger.totals.duty).toBe(7);
    expect(ledger.totals.demurrage).toBe(500);
  });

  it('a fee shock (setAmount) applies to later charges only', () => {
    const ledger = new CostLedger();
    const tariff = new Tariff(ledger);
    const rule = new FeeRule(fee('exit', 10, 'vehicle', 'other'));
    tariff.addFee(rule, null);
    tariff.chargeExit(0, 1);
    rule.setAmount(25);
    tariff.chargeExit(0, 1);
    expect(ledger.totals.other).toBe(35);
  });

  it('pro-rata demurrage charges the exact fraction of a day; none within the free time', () => {
    const ledger = new CostLedger();
    const rule = new DemurrageRule(demurrage('proRata'));
    rule.charge(ledger, 1440, 2);
    expect(ledger.totals.demurrage).toBe(0);
    rule.charge(ledger, 1440 + 360, 2); // a quarter day × 100 × 2 cars
    expect(ledger.totals.demurrage).toBe(50);
  });
});
