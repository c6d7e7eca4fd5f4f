import type { CostLedger } from './cost-ledger.js';
import type { DemurrageRule } from './demurrage-rule.js';
import type { FeeRule } from './fee-rule.js';

const NONE: readonly FeeRule[] = [];

/**
 * What one class pays and where: the fees charged on finishing service at each station, those
 * charged on leaving the port, and demurrage, all booked into the class's ledger. Built once per
 * replication, so a vehicle finds its fees by station index instead of scanning every fee.
 */
export class Tariff {
  /** Fees by station index. */
  private readonly atStation: (readonly FeeRule[])[] = [];
  private readonly onExit: FeeRule[] = [];
  private readonly demurrage: DemurrageRule[] = [];

  constructor(readonly ledger: CostLedger) {}

  /** Adds a fee charged at the station of index `station`, or on leaving the port when null. */
  addFee(fee: FeeRule, station: number | null): void {
    if (station === null) {
      this.onExit.push(fee);
      return;
    }
    const list = this.atStation[station];
    this.atStation[station] = list === undefined ? [fee] : [...list, fee];
  }

  addDemurrage(rule: DemurrageRule): void {
    this.demurrage.push(rule);
  }

  /** A vehicle with `cars` cars finished service at the station of index `station`. */
  chargeStation(station: number, cars: number): void {
    const fees = this.atStation[station] ?? NONE;
    for (let i = 0; i < fees.length; i++) fees[i]!.charge(this.ledger, cars);
  }

  /** A vehicle with `cars` cars left the port after `crossing` minutes: exit fees, then demurrage. */
  chargeExit(crossing: number, cars: number): void {
    const ledger = this.ledger;
    for (let i = 0; i < this.onExit.length; i++) this.onExit[i]!.charge(ledger, cars);
    for (let i = 0; i < this.demurrage.length; i++) this.demurrage[i]!.charge(ledger, crossing, cars);
  }
}
