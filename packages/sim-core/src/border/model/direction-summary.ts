import type { Direction } from '../scenario/direction.js';
import type { BorderModel } from './border-model.js';
import { DurationStats } from './duration-stats.js';
import type { DirectionResult, FleetResult } from './replication-result.js';

const nullIfNaN = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The port's figures split by direction, for each direction that has classes: the classes'
 * counts after the warm-up summed, their crossing times merged, and the direction's own count of
 * vehicles in the port (kept apart from the classes' flows, so that conservation per direction is
 * a check and not an identity).
 */
export function directionSummary(model: BorderModel): Partial<Record<Direction, DirectionResult>> {
  const end = model.sim.now;
  const days = (model.horizon - model.warmUp) / 1440;
  const result: Partial<Record<Direction, DirectionResult>> = {};
  for (const [direction, occupancy] of model.directions) {
    let arrived = 0;
    let exited = 0;
    let turnedAway = 0;
    let cars = 0;
    const crossing = new DurationStats();
    for (const cls of model.classes.values()) {
      if (cls.spec.direction !== direction) continue;
      arrived += cls.arrived;
      exited += cls.exited;
      turnedAway += cls.turnedAway;
      cars += cls.carsExited;
      crossing.merge(cls.crossing);
    }
    const counts = occupancy.counts;
    result[direction] = {
      arrived,
      exited,
      turnedAway,
      inSystemAtEnd: occupancy.current,
      crossing: crossing.summary(),
      throughputPerDay: exited / days,
      carsPerDay: cars / days,
      inSystem: { mean: nullIfNaN(occupancy.inSystem.mean(end)), max: occupancy.inSystem.max },
      conservation: { arrived: counts.arrived, exited: counts.exited, turnedAway: counts.turnedAway },
    };
  }
  return result;
}

/** Each fleet's round trips, its use, and the loads waiting for one of its vehicles. */
export function fleetSummary(model: BorderModel): Record<string, FleetResult> {
  const days = (model.horizon - model.warmUp) / 1440;
  const result: Record<string, FleetResult> = {};
  for (const [id, fleet] of model.fleets) {
    const vehicles = fleet.vehicles;
    result[id] = {
      vehicles: vehicles.capacity,
      roundTrips: fleet.roundTrips,
      roundTripsPerDay: fleet.roundTrips / days,
      utilisation: nullIfNaN(vehicles.utilisation()),
      queue: { mean: nullIfNaN(vehicles.meanQueueLength()), max: vehicles.maxQueueLength },
      waitingAtEnd: vehicles.queueLength,
    };
  }
  return result;
}
