import type { BorderModel } from './border-model.js';
import type { PortResult } from './replication-result.js';

/** Each port's figures, in the scenario's order. */
export function portsSummary(model: BorderModel, days: number): Record<string, PortResult> {
  const ports: Record<string, PortResult> = {};
  for (const [id, p] of model.ports) {
    const flow = p.flow;
    ports[id] = {
      arrived: p.arrived,
      exited: p.exited,
      cars: p.cars,
      turnedAway: p.turnedAway,
      divertedIn: p.divertedIn,
      divertedOut: p.divertedOut,
      wait: p.wait.summary(),
      crossing: p.crossing.summary(),
      throughputPerDay: p.exited / days,
      carsPerDay: p.cars / days,
      conservation: { ...flow, inPortAtEnd: p.inPort },
    };
  }
  return ports;
}
