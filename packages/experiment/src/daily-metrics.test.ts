import { validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';
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
      lengthMetres: 22,
    },
    { id: 'car', arrivals: { rate: { perDay: 40 } }, route: ['gate'], lengthMetres: 4.5 },
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

  it('reads the queue in kilometres of road: each vehicle its class length, the maxima exact', () => {
    const result = runBorderReplication(scenario, { seed: 3, replication: 0 });
    const groups = dailyGroups(result.daily, ONE_WAY);
    const [port, , carrier, car] = groups;
    expect([port!.id, carrier!.id, car!.id]).toEqual(['port', 'carrier', 'car']);
    let queued = 0;
    for (let d = 0; d < result.daily.days; d++) {
      expect(carrier!.queueMaxKm[d]).toBeCloseTo(carrier!.queueMax[d]! * 0.022, 12);
      expect(car!.queueMaxKm[d]).toBeCloseTo(car!.queueMax[d]! * 0.0045, 12);
      if (Number.isNaN(port!.queueAtHour[d])) continue;
      expect(port!.queueAtHourKm[d]).toBeCloseTo(
        carrier!.queueAtHour[d]! * 0.022 + car!.queueAtHour[d]! * 0.0045,
        12,
      );
      // The port's maximum lies between the largest class maximum and the sum of the class maxima.
      expect(port!.queueMaxKm[d]).toBeGreaterThanOrEqual(
        Math.max(carrier!.queueMaxKm[d]!, car!.queueMaxKm[d]!),
      );
      expect(port!.queueMaxKm[d]).toBeLessThanOrEqual(carrier!.queueMaxKm[d]! + car!.queueMaxKm[d]! + 1e-12);
      queued += port!.queueMax[d]!;
    }
    expect(queued).toBeGreaterThan(0);
    const m = dailyMetrics(groups, null);
    expect(m['daily.queueMaxKm.max']).toBe(Math.max(...port!.queueMaxKm));
  });

  it('has no days-above metric without a threshold', () => {
    const result = runBorderReplication(scenario, { seed: 1, replication: 0 });
    expect(dailyMetrics(dailyGroups(result.daily, ONE_WAY), null)).not.toHaveProperty('daily.daysAbove');
  });
});
