import { makeDistribution } from '../../random/spec.js';
import type { Shock } from '../scenario/types.js';
import type { BorderModel } from './border-model.js';

/**
 * Puts a scenario's dated shocks on the calendar. Each one sets a value on this replication's
 * model (values replace, never accumulate). Shocks run before ordinary events of their instant
 * (URGENT), so a vehicle arriving at the moment a rule starts is under the new rule.
 */
export function scheduleShocks(model: BorderModel, shocks: readonly Shock[]): void {
  for (const shock of shocks) {
    if (shock.at >= model.horizon) continue; // after the end: it changes nothing
    model.sim.scheduleAt(shock.at, () => applyShock(model, shock), 0);
  }
}

/** Class indices of a list of class ids. */
function indices(model: BorderModel, classIds: readonly string[]): number[] {
  return classIds.map((id) => model.classes.get(id)!.index);
}

/** Applies one shock now, through the method of the object it changes. */
export function applyShock(model: BorderModel, shock: Shock): void {
  switch (shock.change) {
    case 'lanes':
      model.stations.get(shock.station)!.setLanes(shock.lanes);
      return;
    case 'hours':
      model.sides.get(shock.side)!.setHours(shock.openingHours);
      return;
    case 'quota':
      model.quotas.get(shock.quota)!.setCapacity(shock.perDay);
      return;
    case 'service':
      model.stations
        .get(shock.station)!
        .setService(indices(model, shock.classes), makeDistribution(shock.service), shock.perCar);
      return;
    case 'inspection':
      model.stations.get(shock.station)!.setInspection(indices(model, shock.classes), shock.probability);
      return;
    case 'fee':
      model.fees.get(shock.fee)!.setAmount(shock.amount.reportingAmount);
      return;
    case 'driverFee':
      model.drivers?.setFee(shock.feePerTrip.reportingAmount);
      return;
    case 'driverPool':
      model.drivers?.setSize(shock.count);
      return;
    case 'demand':
      model.classes.get(shock.class)!.setDemand(shock.multiplier);
      return;
  }
}
