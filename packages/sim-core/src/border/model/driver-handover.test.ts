import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

const HORIZON = 2 * 1440;
const DRIVERS = 1000;
const RETURN = 60;

/**
 * A deterministic port: a car every 10 minutes (the first at 10), a clearance with one lane and
 * 20 minutes of service (so a queue grows there without end), then a 30-minute drive. Car k
 * (k = 0, 1, …) arrives at a_k = 10(k + 1), finishes clearance at e_k = 30 + 20k (the lane is
 * never idle after the first car) and leaves the drive at e_k + 30. The pool is large enough that
 * no car waits for a driver, so each driver's busy time is a plain interval.
 */
function port(drivers: { takenAt?: string; releasedAt?: string }) {
  return validateScenario({
    calendar: { start: '2024-01-01T00:00Z', horizon: { minutes: HORIZON } },
    stations: [
      { id: 'clearance', lanes: 1, service: { deterministic: { minutes: 20 } } },
      { id: 'drive', lanes: 'infinite', service: { deterministic: { minutes: 30 } } },
    ],
    classes: [
      {
        id: 'car',
        needsDriver: true,
        arrivals: { interarrival: { deterministic: { minutes: 10 } } },
        route: ['clearance', 'drive'],
      },
    ],
    drivers: { count: DRIVERS, returnTrip: { deterministic: { minutes: RETURN } }, ...drivers },
  } satisfies ScenarioInput);
}

/** Driver utilisation by hand: the busy intervals [from_k, to_k) of every car, clipped to the run. */
function utilisation(busy: (k: number) => [number, number]): number {
  let area = 0;
  for (let k = 0; 10 * (k + 1) < HORIZON; k++) {
    const [from, to] = busy(k);
    area += Math.max(0, Math.min(to, HORIZON) - Math.min(from, HORIZON));
  }
  return area / (DRIVERS * HORIZON);
}

const arrival = (k: number) => 10 * (k + 1);
const cleared = (k: number) => 30 + 20 * k;

describe('drivers taken where they are taken', () => {
  it('taken before the first station (the default), a driver waits with the car in the queue', () => {
    const result = runBorderReplication(port({}), { seed: 1, replication: 0 });
    // Busy from arrival, through the clearance queue and the drive, until back: e_k + 30 + 60.
    const expected = utilisation((k) => [arrival(k), cleared(k) + 30 + RETURN]);
    expect(result.drivers!.utilisation).toBeCloseTo(expected, 12);
    expect(result.drivers!.queue.max).toBe(0);
  });

  it('taken after the clearance, the queue there holds no driver', () => {
    const result = runBorderReplication(port({ takenAt: 'drive' }), { seed: 1, replication: 0 });
    // Busy only from leaving the clearance: e_k to e_k + 30 + 60.
    const expected = utilisation((k) => [cleared(k), cleared(k) + 30 + RETURN]);
    expect(result.drivers!.utilisation).toBeCloseTo(expected, 12);
    // About 90 minutes' work for every 20 minutes of clearance output: 4.5 drivers of 1000.
    expect(expected).toBeGreaterThan(0.0042);
    expect(expected).toBeLessThan(0.0045);
    const byDefault = runBorderReplication(port({}), { seed: 1, replication: 0 });
    expect(result.drivers!.utilisation!).toBeLessThan(byDefault.drivers!.utilisation! / 5);
    // The cars that reach the drive are exactly those the clearance let through.
    expect(result.drivers!.trips).toBe(byDefault.drivers!.trips);
    expect(result.stations.clearance!.wait).toEqual(byDefault.stations.clearance!.wait);
  });

  it('released after the clearance, the driver starts back from there', () => {
    const result = runBorderReplication(port({ releasedAt: 'clearance' }), { seed: 1, replication: 0 });
    const expected = utilisation((k) => [arrival(k), cleared(k) + RETURN]);
    expect(result.drivers!.utilisation).toBeCloseTo(expected, 12);
    // A trip ends at the handover, e_k < horizon, not at the exit.
    let trips = 0;
    for (let k = 0; arrival(k) < HORIZON; k++) if (cleared(k) < HORIZON) trips++;
    expect(result.drivers!.trips).toBe(trips);
  });
});
