import type { Fee } from '../scenario/types.js';
import { COMPONENT_INDEX, type CostComponent, type CostLedger } from './cost-ledger.js';

const COMPONENT: Record<Fee['category'], CostComponent> = {
  clearance: 'clearance',
  duty: 'duty',
  other: 'other',
};

/**
 * A fee as it runs: its ledger line, whether it is charged per vehicle or per car, and its current
 * amount in the reporting currency. One object per fee of the scenario, shared by every class that
 * pays it, so a fee shock (`setAmount`) reaches them all at once.
 */
export class FeeRule {
  readonly id: string;
  readonly component: CostComponent;
  private readonly componentIndex: number;
  readonly perCar: boolean;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private amount = 0;

  constructor(fee: Fee) {
    this.id = fee.id;
    this.component = COMPONENT[fee.category];
    this.componentIndex = COMPONENT_INDEX[this.component];
    this.perCar = fee.per === 'car';
    this.amount = fee.amount.reportingAmount;
  }

  /** The amount charged from now on (reporting currency). */
  setAmount(amount: number): void {
    this.amount = amount;
  }

  /** Books the fee of a vehicle carrying `cars` cars. */
  charge(ledger: CostLedger, cars: number): void {
    ledger.chargeAt(this.componentIndex, this.amount * (this.perCar ? cars : 1));
  }
}
