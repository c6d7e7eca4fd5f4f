import type { Drivers } from '../scenario/types.js';

/**
 * What a driver is paid for one trip, in the reporting currency: a fixed part, an hourly rate on
 * the trip (from taking the car to handing it over) and a scarcity rate on the cars waiting for a
 * driver per free driver when the car set off. A 'driverFee' shock changes the fixed part.
 */
export class DriverFeeRule {
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private fixed = 0;
  private readonly perMinute: number;
  private readonly perScarcity: number;

  constructor(drivers: Pick<Drivers, 'feePerTrip' | 'congestionFee'>) {
    this.fixed = drivers.feePerTrip?.reportingAmount ?? 0;
    this.perMinute = (drivers.congestionFee?.perHour?.reportingAmount ?? 0) / 60;
    this.perScarcity = drivers.congestionFee?.scarcity?.reportingAmount ?? 0;
  }

  /** The fixed part from now on. */
  setFixed(amount: number): void {
    this.fixed = amount;
  }

  /** The fee of a trip of `minutes` minutes that set off with `scarcity` cars waiting per free driver. */
  amount(minutes: number, scarcity: number): number {
    return this.fixed + this.perMinute * minutes + this.perScarcity * scarcity;
  }
}
