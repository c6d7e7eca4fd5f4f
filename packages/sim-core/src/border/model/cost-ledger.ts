/** The components of a crossing's cost, in the scenario's reporting currency. */
export const COST_COMPONENTS = ['driverFees', 'clearance', 'duty', 'other', 'demurrage'] as const;

/** One of {@link COST_COMPONENTS}. */
export type CostComponent = (typeof COST_COMPONENTS)[number];

/** Totals by component (reporting currency). */
export type CostTotals = Record<CostComponent, number>;

/**
 * The cost ledger of one class in one replication: what its vehicles paid, by component. Charges
 * are booked per vehicle as they occur (a fee on leaving a station, the driver's fee and demurrage
 * at the exit) and summed here, in the reporting currency, so memory does not grow with traffic.
 */
export class CostLedger {
  readonly totals: CostTotals = { driverFees: 0, clearance: 0, duty: 0, other: 0, demurrage: 0 };
  /** Vehicles whose crossing was completed and booked. */
  vehicles = 0;
  cars = 0;

  charge(component: CostComponent, amount: number): void {
    this.totals[component] += amount;
  }

  /** Sum over components. */
  get total(): number {
    let sum = 0;
    for (const c of COST_COMPONENTS) sum += this.totals[c];
    return sum;
  }
}
