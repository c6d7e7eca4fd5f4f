import { runBorderReplication, validateScenario } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { dailyGroups, dailyMetrics } from './daily-metrics.js';

const ONE_WAY = { carrier: 'outbound', car: 'outbound' } as const;

const scenario = validateScenario({
  calendar: { start: '2024-03-01T00:00+05:00', horizon: { days: 20 }, warmUp: { days: 1 } },
  sides: [{ id: 'kz', utcOffset: '+05:00', openingHours: ['08:00-20:00'] }],
  stations: [{ id: 'gate', side: 'kz', lanes: 1, service: { exponential: { mean: { minutes: 10 } } } }],
  classes: [
    {
      id: 'carrier',
      carsPerVehicle: { discreteUniform: { min: 5, max: 8 } },
      arrivals: { rate: { perDay: 30 } },
      route: ['gate'],
    },
    { id: 'car', arrivals: { rate: { perDay: 40 } }, route: ['gate'] },
  ],
  daily: { threshold: { perDay: 200, counts: 'cars' } },
});

describe('dailyMetrics', () => {
  it('the busiest day is the maximum of the daily series, and days above count the days over the threshold', () => {
    for (const seed of [1, 2]) {
      const result = runBorderReplication(scenario, { seed, replication: 0 });
      const m = dailyMetrics(dailyGroups(result.daily, ONE_WAY), scenario.daily.threshold);
      const days = result.daily.days;
      let busiest = 0;
      let busiestCars = 0;
      let above = 0;
      let exited = 0;
      for (let d = 0; d < days; d++) {
        const e = result.daily.byClass.carrier!.exited[d]! + result.daily.byClass.car!.exited[d]!;
        const c = result.daily.byClass.carrier!.cars[d]! + result.daily.byClass.car!.cars[d]!;
        busiest = Math.max(busiest, e);
        busiestCars = Math.max(busiestCars, c);
        if (c > 200) above++;
        exited += e;
      }
      expect(exited).toBe(result.classes.carrier!.exited + result.classes.car!.exited);
      expect(m['daily.busiestDay.exited']).toBe(busiest);
      expect(m['daily.busiestDay.cars']).toBe(busiestCars);
      expect(m['daily.daysAbove']).toBe(above);
      expect(above).toBeGreaterThan(0);
      expect(above).toBeLessThan(days);
    }
  });

  it('has no days-above metric without a threshold', () => {
    const result = runBorderReplication(scenario, { seed: 1, replication: 0 });
    expect(dailyMetrics(dailyGroups(result.daily, ONE_WAY), null)).not.toHaveProperty('daily.daysAbove');
  });
});
