import type { ScenarioInput } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { oneAtATime, rankAssumptions, type SensitivityMeasure } from './sensitivity.js';

// An M/M/c port with known answers: λ = 0.5 a minute, exponential service of 1.2 min. With 1 lane
// ρ = 0.6 and Wq = 1.8 min; with 2 lanes the wait nearly vanishes (Erlang C: C(2, 0.6) = 0.1385, Wq = 0.1385 / (2 × 0.833 − 0.5) = 0.119 min). The
// road after it takes a fixed 10 minutes whatever its range: it cannot change the wait.
const scenario: ScenarioInput = {
  calendar: { start: '2024-01-01T00:00Z', horizon: { days: 10 }, warmUp: { days: 1 } },
  stations: [
    { id: 'gate', lanes: 1, service: { exponential: { mean: { minutes: 1.2 } } } },
    { id: 'road', lanes: 'infinite', service: { deterministic: { minutes: 10 } } },
  ],
  classes: [{ id: 'car', arrivals: { rate: { perMinute: 0.5 } }, route: ['gate', 'road'] }],
} as ScenarioInput;

const wait: SensitivityMeasure = {
  id: 'wait',
  title: 'Wait at the gate',
  unit: 'min',
  read: (r) => r.stations.gate!.wait.mean!,
};

describe('oneAtATime', () => {
  it('moves the wait by the lanes (as Erlang C says) and not by an unrelated parameter', () => {
    const s = oneAtATime({
      document: scenario,
      ranges: [
        {
          source: '/stations/road',
          path: 'stations.road.service.deterministic.minutes',
          low: 5,
          high: 20,
          unit: 'min',
        },
        { source: '/stations/gate/lanes', path: 'stations.gate.lanes', low: 1, high: 2, unit: '' },
      ],
      measures: [wait],
      replications: 3,
      seed: 5,
    });
    // Base: the M/M/1 wait, within 15% over 3 × 9 days (~19,000 cars).
    expect(s.base[0]! / 1.8).toBeGreaterThan(0.85);
    expect(s.base[0]! / 1.8).toBeLessThan(1.15);
    const [road, lanes] = s.rows;
    // The road's time has no effect on the gate's wait: the same draws give the same waits.
    expect(road!.low[0]).toBe(s.base[0]);
    expect(road!.high[0]).toBe(s.base[0]);
    expect(lanes!.low[0]).toBe(s.base[0]); // 1 lane is the base
    // Erlang C, 2 lanes: 0.119 min; ±25% for the noise of a mean over few waiting cars.
    expect(lanes!.high[0]!).toBeGreaterThan(0.119 * 0.75);
    expect(lanes!.high[0]!).toBeLessThan(0.119 * 1.25);
    expect(rankAssumptions(s).map((r) => r.row.range.path)).toEqual([
      'stations.gate.lanes',
      'stations.road.service.deterministic.minutes',
    ]);
  }, 60_000);
});
