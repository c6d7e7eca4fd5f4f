import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import type { TraceRecord } from '../../trace.js';
import { runBorderReplication } from './run-border-replication.js';

/**
 * Two stations, a nightly closure of the second and two classes, one of them with a priority (its
 * vehicles ask with a request, the others seize): the paths a journey can take to a lane.
 */
const scenario = validateScenario({
  calendar: { start: '2024-01-01T00:00Z', horizon: { days: 12 }, warmUp: { days: 1 } },
  sides: [{ id: 'far', utcOffset: '+00:00', openingHours: ['06:00-22:00'] }],
  stations: [
    { id: 'out', lanes: 2, service: { exponential: { mean: { minutes: 6 } } } },
    { id: 'in', side: 'far', lanes: 3, service: { lognormal: { mean: { minutes: 9 }, cv: 0.6 } } },
  ],
  classes: [
    { id: 'car', arrivals: { rate: { perMinute: 0.2 } }, route: ['out', 'in'] },
    { id: 'bus', priority: 1, arrivals: { rate: { perMinute: 0.03 } }, route: ['out', 'in'] },
  ],
} as ScenarioInput);

/** The records of one traced replication. */
function traced(replication: number, traceVehicles: boolean | undefined) {
  const records: TraceRecord[] = [];
  const result = runBorderReplication(scenario, {
    seed: 3,
    replication,
    trace: (record) => records.push(record),
    ...(traceVehicles === undefined ? {} : { traceVehicles }),
  });
  return { result: JSON.stringify(result), records };
}

/** The lane grants and capacity changes of a trace, as (kind, time, resource). */
const laneEvents = (records: readonly TraceRecord[]) =>
  records
    .filter((r) => r.kind === 'grant' || r.kind === 'capacity')
    .map((r) => `${r.kind} ${r.time} ${(r as { resource: string }).resource}`);

describe('a trace without the vehicles (traceVehicles: false)', () => {
  it('gives the results of an untraced run and of a run tracing its vehicles, bit for bit', () => {
    for (let r = 0; r < 3; r++) {
      const untraced = JSON.stringify(runBorderReplication(scenario, { seed: 3, replication: r }));
      const withVehicles = traced(r, undefined);
      const without = traced(r, false);
      expect(JSON.parse(untraced).classes.bus.exited).toBeGreaterThan(0);
      expect(withVehicles.result).toBe(untraced);
      expect(without.result).toBe(untraced);
    }
  });

  it('records every lane grant and capacity change at the same times, and no vehicle process', () => {
    const withVehicles = traced(0, true).records;
    const without = traced(0, false).records;
    const grants = laneEvents(without);
    expect(grants.filter((g) => g.startsWith('grant')).length).toBeGreaterThan(1000);
    expect(grants.some((g) => g.startsWith('capacity'))).toBe(true);
    expect(grants).toEqual(laneEvents(withVehicles));
    const vehicleProcess = (r: TraceRecord) =>
      (r.kind === 'process-start' || r.kind === 'process-end') && r.process.startsWith('vehicle:');
    expect(withVehicles.some(vehicleProcess)).toBe(true);
    expect(without.some(vehicleProcess)).toBe(false);
    // Fewer records: the vehicles' wake-ups stay, their process records and requests go.
    expect(without.length).toBeLessThan(withVehicles.length);
  });

  it('must be true or false', () => {
    const run = () =>
      runBorderReplication(scenario, { seed: 3, replication: 0, traceVehicles: 'no' as unknown as boolean });
    expect(run).toThrow(new TypeError('traceVehicles must be true or false, got "no" (a string)'));
  });
});
