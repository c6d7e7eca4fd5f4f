import { makeDistribution } from '../../random/spec.js';
import type { Shock } from '../scenario/types.js';
import type { BorderModel } from './border-model.js';
import { classArrivals } from './class-arrivals.js';
import { LocalClock } from './local-clock.js';

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

/** Applies one shock now. */
export function applyShock(model: BorderModel, shock: Shock): void {
  switch (shock.change) {
    case 'lanes': {
      const station = model.stations.get(shock.station)!;
      const lanes = shock.lanes === 'infinite' ? Number.MAX_SAFE_INTEGER : shock.lanes;
      station.control?.setLanes(lanes);
      return;
    }
    case 'hours':
      model.setSideHours(shock.side, shock.openingHours);
      return;
    case 'quota':
      model.quotas.get(shock.quota)!.perDay = shock.perDay;
      return;
    case 'service': {
      const station = model.stations.get(shock.station)!;
      const distribution = makeDistribution(shock.service);
      for (const id of shock.classes) station.service.set(id, distribution);
      return;
    }
    case 'inspection': {
      const station = model.stations.get(shock.station)!;
      for (const id of shock.classes) station.secondaryProbability.set(id, shock.probability);
      return;
    }
    case 'fee':
      model.feeAmounts.set(shock.fee, shock.amount.reportingAmount);
      return;
    case 'driverFee':
      if (model.drivers !== null) model.drivers.fee = shock.feePerTrip.reportingAmount;
      return;
    case 'driverPool':
      model.drivers?.drivers.setCapacity(shock.count, 'finish');
      return;
    case 'demand': {
      const cls = model.classes.get(shock.class)!;
      cls.demand = shock.multiplier;
      const arrivals = cls.spec.arrivals;
      const cal = model.scenario.calendar;
      const clock =
        arrivals.kind === 'poisson' && arrivals.clock !== null
          ? model.clockOf(arrivals.clock)
          : new LocalClock(cal.startEpochMs, [{ from: 0, offset: cal.startUtcOffset }]);
      cls.arrivals = classArrivals(arrivals, clock, shock.multiplier, model.horizon);
      const source = model.sources.get(cls.id)!;
      if (source.isAlive) source.interrupt('demand changed');
      return;
    }
  }
}
