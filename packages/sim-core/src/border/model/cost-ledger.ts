/** The components of a crossing's cost, in the scenario's reporting currency. */
export const COST_COMPONENTS = ['driverFees', 'clearance', 'duty', 'other', 'demurrage'] as const;

/** One of {@link COST_COMPONENTS}. */
export type CostComponent = (typeof COST_COMPONENTS)[number];

/** Totals by component (reporting currency). */
export type CostTotals = Record<CostComponent, number>;

/** Index of each component in {@link COST_COMPONENTS}: where a ledger keeps it. */
export const COMPONENT_INDEX: Readonly<Record<CostComponent, number>> = {
  driverFees: 0,
  clearance: 1,
  duty: 2,
  other: 3,
  demurrage: 4,
};

/**
 * The cost ledger of one class in one replication: what its vehicles paid, by component. Charges
 * are booked per vehicle as they occur (a fee on leaving a station, the driver's fee and demurrage
 * at the exit) and summed here, in the reporting currency, so memory does not grow with traffic.
 * The sums are kept in a typed array indexed by component: a charge is an indexed add, without
 * the keyed lookup (and the boxing of each new sum) that a record keyed by name costs.
 */
export class CostLedger {
  private readonly sums = new Float64Array(COST_COMPONENTS.length);
  /** Vehicles whose crossing was completed and booked. */
  vehicles = 0;
  cars = 0;

  charge(component: CostComponent, amount: number): void {
    this.sums[COMPONENT_INDEX[component]]! += amount;
  }

  /** Books `amount` to the component of index `index` (see {@link COMPONENT_INDEX}). */
  chargeAt(index: number, amount: number): void {
    this.sums[index]! += amount;
  }

  /** Totals by component (a new record). */
  get totals(): CostTotals {
    const s = this.sums;
    return { driverFees: s[0]!, clearance: s[1]!, duty: s[2]!, other: s[3]!, demurrage: s[4]! };
  }

  /** Sum over components. */
  get total(): number {
    let sum = 0;
    for (let i = 0; i < COST_COMPONENTS.length; i++) sum += this.sums[i]!;
    return sum;
  }
}
