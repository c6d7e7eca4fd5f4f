import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DailySeries } from './daily-series.js';
import { LocalClock } from './local-clock.js';
import { runBorderReplication } from './run-border-replication.js';

const START = Date.UTC(2024, 0, 1); // 2024-01-01T00:00Z
const UTC5 = [{ from: 0, offset: 300 }];

/** Local day of minute t at UTC+5, counted from the start's local day: an independent formula. */
const dayAtUtc5 = (t: number) => Math.floor((t + 300) / 1440);

/** Road length of a vehicle of each of three classes, metres: a carrier, a car, a truck. */
const LENGTHS = [20, 4.5, 16.5];

/** A series at UTC+5 from minute 0 to `end`, read at 08:00 local, of classes `lengthMetres` long. */
function seriesAtUtc5(end: number, lengthMetres: readonly number[]): DailySeries {
  return new DailySeries({
    clock: new LocalClock(START, UTC5),
    start: 0,
    end,
    classes: lengthMetres.length,
    queueHour: 8,
    lengthMetres,
  });
}

describe('DailySeries', () => {
  it('cuts days at local midnight: at UTC+5 the 2nd of January starts at 19:00 UTC on the 1st', () => {
    const series = seriesAtUtc5(3 * 1440, [20]);
    series.arrive(0, 1139); // 23:59 local on 1 Jan
    series.arrive(0, 1140); // 00:00 local on 2 Jan
    series.exit(0, 1141, 6, 100);
    series.finish(3 * 1440);
    const r = series.result(['carrier'], 'kz', 8);
    expect(r.firstDate).toBe('2024-01-01');
    // 2024-01-01 05:00 local to 2024-01-04 05:00 local: four local days, the first and last partial.
    expect(r.days).toBe(4);
    expect(r.byClass.carrier!.arrived).toEqual([1, 1, 0, 0]);
    expect(r.byClass.carrier!.exited).toEqual([0, 1, 0, 0]);
    expect(r.byClass.carrier!.cars).toEqual([0, 6, 0, 0]);
    expect(r.byClass.carrier!.crossingMinutes).toEqual([0, 100, 0, 0]);
  });

  it('reads the queue in force at the local hour and keeps the daily maximum, carried over midnight', () => {
    // 08:00 at UTC+5 is minute 180 on day 0 and 1620 on day 1; the run starts at minute 0 (05:00 local).
    const series = seriesAtUtc5(2 * 1440, [20]);
    series.queueChange(0, 100, 1);
    series.queueChange(0, 180, 1); // at 08:00 itself: counted in the reading
    series.queueChange(0, 200, 1);
    series.queueChange(0, 900, -2);
    series.finish(2 * 1440);
    const r = series.result(['car'], null, 8).byClass.car!;
    expect(r.queueAtHour).toEqual([2, 1, null]);
    expect(r.queueMax).toEqual([3, 1, 1]);
    // 20 m a vehicle: 3 vehicles are 0.06 km of road.
    expect(r.queueAtHourKm).toEqual([0.04, 0.02, null]);
    expect(r.queueMaxKm).toEqual([0.06, 0.02, 0.02]);
  });

  it('counts a vehicle as waiting only if it waits a positive time: one that starts at once is never in the queue', () => {
    const series = seriesAtUtc5(2 * 1440, [20, 4.5]);
    // Minute 100: a carrier reaches a station and starts at once; a car reaches one and waits.
    series.join(0, 100);
    series.join(1, 100);
    series.leave(0, 100, 100);
    // Minute 180 (08:00 local, the reading): a carrier reaches and starts at once, then another
    // reaches and waits until minute 400; the car starts at 300.
    series.join(0, 180);
    series.join(0, 180);
    series.leave(0, 180, 180);
    series.leave(1, 300, 100);
    series.leave(0, 400, 180);
    // Day 1 (from minute 1140): the queue at 08:00 local is one carrier reached at 1620 itself and
    // still waiting at the end; a car passes through at 1700.
    series.join(0, 1620);
    series.join(1, 1700);
    series.leave(1, 1700, 1700);
    series.finish(2 * 1440);
    const r = series.result(['carrier', 'car'], null, 8);
    expect(r.byClass.carrier!.queueAtHour).toEqual([1, 1, null]);
    expect(r.byClass.carrier!.queueMax).toEqual([1, 1, 1]);
    expect(r.byClass.car!.queueAtHour).toEqual([1, 0, null]);
    expect(r.byClass.car!.queueMax).toEqual([1, 0, 0]);
    // Both waited together from 180 to 300: two vehicles, 24.5 m of road.
    expect(r.queueMax).toEqual([2, 1, 1]);
    expect(r.queueMaxKm).toEqual([0.0245, 0.02, 0.02]);
  });

  it('matches a direct count per local day on random event streams', () => {
    const event = fc.record({
      t: fc.double({ min: 0, max: 5 * 1440, noNaN: true }),
      kind: fc.constantFrom('arrive', 'exit', 'up', 'down'),
      c: fc.integer({ min: 0, max: 2 }),
      cars: fc.integer({ min: 0, max: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 200 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 23 }),
        (raw, warmUp, hour) => {
          const events = [...raw].sort((a, b) => a.t - b.t);
          const end = 5 * 1440;
          const series = new DailySeries({
            clock: new LocalClock(START, UTC5),
            start: warmUp,
            end,
            classes: 3,
            queueHour: hour,
            lengthMetres: LENGTHS,
          });
          const queue = [0, 0, 0];
          const log: { t: number; c: number; level: number }[] = [];
          for (const e of events) {
            if (e.kind === 'up' || e.kind === 'down') {
              const delta = e.kind === 'up' ? 1 : -1;
              queue[e.c]! += delta;
              log.push({ t: e.t, c: e.c, level: queue[e.c]! });
              series.queueChange(e.c, e.t, delta);
            } else if (e.t >= warmUp) {
              if (e.kind === 'arrive') series.arrive(e.c, e.t);
              else series.exit(e.c, e.t, e.cars, 1);
            }
          }
          series.finish(end);
          const r = series.result(['a', 'b', 'c'], null, hour);
          const first = dayAtUtc5(warmUp);
          const last = dayAtUtc5(end - 1e-9);
          expect(r.days).toBe(last - first + 1);
          const levelAt = (c: number, t: number) => {
            let level = 0;
            for (const q of log) if (q.c === c && q.t <= t) level = q.level;
            return level;
          };
          ['a', 'b', 'c'].forEach((id, c) => {
            const s = r.byClass[id]!;
            for (let d = 0; d < r.days; d++) {
              const from = Math.max(warmUp, (first + d) * 1440 - 300);
              const to = Math.min(end, (first + d + 1) * 1440 - 300);
              const inDay = (e: { t: number; c: number }) =>
                e.c === c && e.t >= from && (e.t < to || (d === r.days - 1 && e.t <= end));
              expect(s.arrived[d]).toBe(events.filter((e) => e.kind === 'arrive' && inDay(e)).length);
              const exits = events.filter((e) => e.kind === 'exit' && inDay(e));
              expect(s.exited[d]).toBe(exits.length);
              expect(s.cars[d]).toBe(exits.reduce((sum, e) => sum + e.cars, 0));
              const at = (first + d) * 1440 - 300 + hour * 60;
              expect(s.queueAtHour[d]).toBe(at >= warmUp && at < end ? levelAt(c, at) : null);
              let max = levelAt(c, from);
              for (const q of log) if (q.c === c && q.t >= from && q.t < to) max = Math.max(max, q.level);
              expect(s.queueMax[d]).toBe(max);
              expect(s.queueMaxKm[d]).toBeCloseTo((max * LENGTHS[c]!) / 1000, 12);
            }
          });
          // The port's maximum in km is the maximum of the summed road length, not a sum of maxima.
          const metresAt = (t: number) => [0, 1, 2].reduce((sum, c) => sum + levelAt(c, t) * LENGTHS[c]!, 0);
          for (let d = 0; d < r.days; d++) {
            const from = Math.max(warmUp, (first + d) * 1440 - 300);
            const to = Math.min(end, (first + d + 1) * 1440 - 300);
            let max = metresAt(from);
            for (const q of log) if (q.t >= from && q.t < to) max = Math.max(max, metresAt(q.t));
            expect(r.queueMaxKm[d]).toBeCloseTo(max / 1000, 9);
          }
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

const port: ScenarioInput = {
  calendar: { start: '2024-02-26T00:00+08:00', horizon: { days: 12 }, warmUp: { days: 2 } },
  sides: [
    { id: 'cn', utcOffset: '+08:00', openingHours: ['09:00-18:00'] },
    {
      id: 'kz',
      utcOffset: '+06:00',
      utcOffsetChanges: [{ at: '2024-03-01T00:00', utcOffset: '+05:00' }],
      openingHours: '24h',
    },
  ],
  stations: [
    { id: 'a', side: 'cn', lanes: 2, service: { exponential: { mean: { minutes: 20 } } } },
    {
      id: 'b',
      side: 'kz',
      lanes: 1,
      service: { exponential: { mean: { minutes: 12 } } },
      buffer: { capacity: 30, whenFull: 'turnAway' },
    },
  ],
  classes: [
    { id: 'car', arrivals: { rate: { perHour: 3 } }, route: ['a', 'b'] },
    {
      id: 'carrier',
      carsPerVehicle: { discreteUniform: { min: 5, max: 8 } },
      arrivals: { rate: { perHour: 1.5 } },
      route: ['a', 'b'],
    },
  ],
};

describe('daily results of a replication', () => {
  it('add up to the run totals, per class, and the daily maximum queue is at least the queue at the hour', () => {
    for (const seed of [1, 2, 3]) {
      const result = runBorderReplication(validateScenario(port), { seed, replication: 0 });
      const daily = result.daily;
      expect(daily.side).toBe('kz');
      const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
      for (const [id, c] of Object.entries(result.classes)) {
        const s = daily.byClass[id]!;
        expect(s.arrived).toHaveLength(daily.days);
        expect(sum(s.arrived)).toBe(c.arrived);
        expect(sum(s.exited)).toBe(c.exited);
        expect(sum(s.cars)).toBe(c.carsExited);
        for (let d = 0; d < daily.days; d++) {
          const q = s.queueAtHour[d];
          if (q !== null && q !== undefined) expect(s.queueMax[d]).toBeGreaterThanOrEqual(q);
        }
      }
      expect(Math.max(...daily.byClass.car!.queueMax)).toBeGreaterThan(0);
    }
  });

  it('follows the named side and hour', () => {
    const scenario = validateScenario({ ...port, daily: { side: 'cn', queueHour: 20 } });
    const daily = runBorderReplication(scenario, { seed: 1, replication: 0 }).daily;
    expect(daily).toMatchObject({ side: 'cn', queueHour: 20, firstDate: '2024-02-28' });
    // Ten days from the end of the warm-up at midnight in China: exactly ten local days.
    expect(daily.days).toBe(10);
  });
});
