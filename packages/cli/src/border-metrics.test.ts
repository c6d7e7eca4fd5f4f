import { runBorderReplication, type ScenarioInput, validateScenario } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { borderMetrics } from './border-metrics.js';

function port(inbound: boolean) {
  const classes: ScenarioInput['classes'] = [
    { id: 'car', arrivals: { rate: { perHour: 4 } }, route: ['bridge'] },
  ];
  if (inbound)
    classes.push({
      id: 'truck',
      direction: 'inbound',
      arrivals: { rate: { perHour: 2 } },
      route: ['bridge'],
    });
  return validateScenario({
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 4 }, warmUp: { days: 1 } },
    stations: [{ id: 'bridge', lanes: 2, shared: true, service: { exponential: { mean: { minutes: 10 } } } }],
    classes,
  } satisfies ScenarioInput);
}

describe('borderMetrics by direction', () => {
  it('a one-way port has no direction metrics: its outputs stay as they were', () => {
    const m = borderMetrics(runBorderReplication(port(false), { seed: 1, replication: 0 }));
    expect(Object.keys(m).filter((k) => k.startsWith('direction.') || k.startsWith('fleet.'))).toEqual([]);
  });

  it('a two-way port splits counts, rates (per day) and crossing times (hours) by direction', () => {
    const result = runBorderReplication(port(true), { seed: 1, replication: 0 });
    const m = borderMetrics(result);
    for (const [direction, cls] of [
      ['outbound', 'car'],
      ['inbound', 'truck'],
    ] as const) {
      const p = `direction.${direction}`;
      expect(m[`${p}.arrived`]).toBe(m[`class.${cls}.arrived`]);
      expect(m[`${p}.exited`]).toBe(m[`class.${cls}.exited`]);
      expect(m[`${p}.throughputPerDay`]).toBe(m[`class.${cls}.throughputPerDay`]);
      expect(m[`${p}.crossingHours.mean`]).toBe(m[`class.${cls}.crossingHours.mean`]);
      expect(m[`${p}.crossingHours.mean`]).toBeCloseTo(result.directions[direction]!.crossing.mean! / 60, 12);
      expect(m[`${p}.inSystemAtEnd`]).toBe(result.directions[direction]!.inSystemAtEnd);
    }
  });
});
