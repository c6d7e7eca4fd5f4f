import type { Demurrage } from '../scenario/types.js';
import type { CostLedger } from './cost-ledger.js';

const DAY = 1440;

/** A demurrage charge: so much a day (per vehicle or per car) beyond the free time in the port. */
export class DemurrageRule {
  private readonly freeTime: number;
  private readonly perDay: number;
  private readonly perCar: boolean;
  private readonly perStartedDay: boolean;

  constructor(demurrage: Demurrage) {
    this.freeTime = demurrage.freeTime;
    this.perDay = demurrage.perDay.reportingAmount;
    this.perCar = demurrage.per === 'car';
    this.perStartedDay = demurrage.charging === 'perStartedDay';
  }

  /** Books the charge for a crossing of `crossing` minutes by a vehicle carrying `cars` cars. */
  charge(ledger: CostLedger, crossing: number, cars: number): void {
    if (crossing <= this.freeTime) return;
    const days = (crossing - this.freeTime) / DAY;
    const charged = this.perStartedDay ? Math.ceil(days) : days;
    ledger.charge('demurrage', charged * this.perDay * (this.perCar ? cars : 1));
  }
}
