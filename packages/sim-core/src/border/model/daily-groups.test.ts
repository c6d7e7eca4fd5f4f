import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BorderModel } from './border-model.js';
import { replicationSummary } from './replication-summary.js';
import { runBorderReplication } from './run-border-replication.js';
import { scheduleShocks } from './shock-timeline.js';

const DAY = 1440;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Two directions through one shared bridge, each with its own control; the inbound trucks book an
 * e-queue with no-shows and late vehicles. Every service time is fixed, so a vehicle's crossing is
 * its waits plus a known constant: `route service` below. Local days at UTC+5 start at the run's
 * start, so day d of the series is [warmUp + d·1440, warmUp + (d+1)·1440).
 */
function twoWay(p: {
  outRate: number;
  inRate: number;
  perDay: number;
  noShow: number;
  late: number;
  lanes: number;
  queueHour: number;
}): ScenarioInput {
  return {
    calendar: { start: '2024-03-04T00:00+05:00', horizon: { days: 9 }, warmUp: { days: 2 } },
    sides: [{ id: 'kz', utcOffset: '+05:00', openingHours: ['07:00-22:00'] }],
    daily: { side: 'kz', queueHour: p.queueHour },
    equeues: [
      {
        id: 'eq',
        side: 'kz',
        perDay: p.perDay,
        arrival: 'uniform',
        noShow: p.noShow,
        late: { share: p.late, by: { exponential: { mean: { hours: 10 } } }, action: 'rebook' },
      },
    ],
    stations: [
      { id: 'out-control', side: 'kz', lanes: 1, service: { deterministic: { minutes: 20 } } },
      { id: 'in-control', side: 'kz', lanes: 1, service: { deterministic: { minutes: 15 } } },
      { id: 'bridge', lanes: p.lanes, shared: true, service: { deterministic: { minutes: 10 } } },
    ],
    classes: [
      { id: 'car', arrivals: { rate: { perHour: p.outRate } }, route: ['out-control', 'bridge'] },
      {
        id: 'carrier',
        carsPerVehicle: { discreteUniform: { min: 4, max: 8 } },
        arrivals: { rate: { perHour: p.outRate / 3 } },
        route: ['out-control', 'bridge'],
      },
      {
        id: 'truck',
        direction: 'inbound',
        equeue: 'eq',
        arrivals: { rate: { perHour: p.inRate } },
        route: ['bridge', 'in-control'],
      },
    ],
  };
}

/** Fixed service minutes along each class's route. */
const ROUTE_SERVICE: Record<string, number> = { car: 30, carrier: 30, truck: 25 };
const DIRECTION: Record<string, 'outbound' | 'inbound'> = {
  car: 'outbound',
  carrier: 'outbound',
  truck: 'inbound',
};

const params = fc.record({
  outRate: fc.double({ min: 0.5, max: 4, noNaN: true }),
  inRate: fc.double({ min: 0.2, max: 2, noNaN: true }),
  perDay: fc.integer({ min: 5, max: 40 }),
  noShow: fc.double({ min: 0, max: 0.3, noNaN: true }),
  late: fc.double({ min: 0, max: 0.5, noNaN: true }),
  lanes: fc.integer({ min: 1, max: 3 }),
  queueHour: fc.integer({ min: 0, max: 23 }),
  seed: fc.integer({ min: 0, max: 10_000 }),
});

/** The instants at which day d (index in the series) starts and ends. */
const dayBounds = (warmUp: number, end: number, d: number, days: number) => ({
  from: warmUp + d * DAY,
  to: d === days - 1 ? end + 1e-9 : warmUp + (d + 1) * DAY,
});

/** The daily maximum of a level from its change log (time order), including the level the day opens with. */
function maxPerDay(log: readonly { t: number; level: number }[], warmUp: number, end: number, days: number) {
  const out: number[] = [];
  let k = 0;
  let level = 0;
  for (let d = 0; d < days; d++) {
    const { from, to } = dayBounds(warmUp, end, d, days);
    while (k < log.length && log[k]!.t < from) level = log[k++]!.level;
    let max = level;
    while (k < log.length && log[k]!.t < to) {
      level = log[k++]!.level;
      if (level > max) max = level;
    }
    out.push(max);
  }
  return out;
}

/** A vehicle's stay among the waiting ones at a station: its class index, and from when to when. */
interface Stay {
  c: number;
  from: number;
  to: number;
}

/** Ends the open stay of class `c` that began at `from` (any of them: they are alike) at `to`. */
function closeStay(stays: Stay[], c: number, from: number, to: number): void {
  const stay = stays.find((s) => s.c === c && s.from === from && s.to === Number.POSITIVE_INFINITY);
  if (stay === undefined) throw new Error(`no open stay of class ${c} from ${from}`);
  stay.to = to;
}

/**
 * The number of vehicles waiting a positive time, as a change log in time order: +1 where a stay of
 * positive length begins and −1 where it ends, the ends of an instant before its beginnings. A stay
 * that ends where it begins (a vehicle that started service at once) is no wait and is left out.
 */
function levelLog(stays: readonly Stay[]): { t: number; level: number }[] {
  const changes: { t: number; delta: number }[] = [];
  for (const s of stays) {
    if (!(s.to > s.from)) continue;
    changes.push({ t: s.from, delta: 1 });
    if (s.to < Number.POSITIVE_INFINITY) changes.push({ t: s.to, delta: -1 });
  }
  changes.sort((a, b) => a.t - b.t || a.delta - b.delta);
  let level = 0;
  return changes.map((e) => ({ t: e.t, level: (level += e.delta) }));
}

describe('daily series by direction and class', () => {
  it('add up to the run totals per class and per direction, and the mean wait is crossing minus service', () => {
    fc.assert(
      fc.property(params, (p) => {
        const result = runBorderReplication(validateScenario(twoWay(p)), { seed: p.seed, replication: 0 });
        const daily = result.daily;
        const byDirection = {
          outbound: { arrived: 0, exited: 0, cars: 0 },
          inbound: { arrived: 0, exited: 0, cars: 0 },
        };
        for (const [id, c] of Object.entries(result.classes)) {
          const s = daily.byClass[id]!;
          expect(sum(s.arrived)).toBe(c.arrived);
          expect(sum(s.exited)).toBe(c.exited);
          expect(sum(s.cars)).toBe(c.carsExited);
          const totals = byDirection[DIRECTION[id]!];
          totals.arrived += sum(s.arrived);
          totals.exited += sum(s.exited);
          totals.cars += sum(s.cars);
          for (let d = 0; d < daily.days; d++) {
            // Fixed services: what a cleared vehicle did not spend in service it spent waiting at a station.
            const waited = s.crossingMinutes[d]! - s.exited[d]! * ROUTE_SERVICE[id]!;
            expect(Math.abs(s.queuedMinutes[d]! - waited)).toBeLessThan(1e-6 * (1 + s.crossingMinutes[d]!));
            expect(s.queuedMinutes[d]).toBeGreaterThanOrEqual(0);
          }
        }
        for (const direction of ['outbound', 'inbound'] as const) {
          const r = result.directions[direction]!;
          expect(byDirection[direction].arrived).toBe(r.arrived);
          expect(byDirection[direction].exited).toBe(r.exited);
          const cars = (r.carsPerDay * (result.horizon - result.warmUp)) / DAY;
          expect(Math.abs(byDirection[direction].cars - cars)).toBeLessThan(1e-9 * (1 + cars));
        }
        // The exact maximum of a sum never exceeds the sum of the maxima, nor falls below any one.
        for (let d = 0; d < daily.days; d++) {
          const out = daily.byDirection.outbound!.queueMax[d]!;
          const inbound = daily.byDirection.inbound!.queueMax[d]!;
          expect(daily.queueMax[d]).toBeLessThanOrEqual(out + inbound);
          expect(daily.queueMax[d]).toBeGreaterThanOrEqual(Math.max(out, inbound));
          expect(out).toBeLessThanOrEqual(
            daily.byClass.car!.queueMax[d]! + daily.byClass.carrier!.queueMax[d]!,
          );
          expect(inbound).toBe(daily.byClass.truck!.queueMax[d]);
        }
      }),
      { numRuns: 12, seed: 8 },
    );
  });

  it('keeps the exact daily maximum of the vehicles waiting a positive time, all classes, per direction and per station, as a brute force over their stays', () => {
    fc.assert(
      fc.property(params, (p) => {
        const scenario = validateScenario(twoWay(p));
        const model = new BorderModel(scenario, { seed: p.seed, replication: 0 });
        // Every stay among the waiting vehicles at a station: of which class, from when to when
        // (Infinity: still waiting at the end), seen where the journeys tell the series.
        const stays: Stay[] = [];
        const join = model.daily.join.bind(model.daily);
        model.daily.join = (c, t) => {
          stays.push({ c, from: t, to: Number.POSITIVE_INFINITY });
          join(c, t);
        };
        const leave = model.daily.leave.bind(model.daily);
        model.daily.leave = (c, t, reachedAt) => {
          closeStay(stays, c, reachedAt, t);
          leave(c, t, reachedAt);
        };
        // The same per station, seen where the journeys tell the station.
        const stationStays = new Map<string, Stay[]>();
        for (const station of model.stations.values()) {
          const own: Stay[] = [];
          stationStays.set(station.id, own);
          const joinStation = station.join.bind(station);
          station.join = (now) => {
            own.push({ c: 0, from: now, to: Number.POSITIVE_INFINITY });
            joinStation(now);
          };
          const leaveStation = station.leave.bind(station);
          station.leave = (now, reachedAt) => {
            closeStay(own, 0, reachedAt, now);
            leaveStation(now, reachedAt);
          };
        }
        scheduleShocks(model, scenario.shocks);
        model.sim.run({ until: model.horizon });
        const result = replicationSummary(model, p.seed, 0);
        const daily = result.daily;
        const { warmUp, horizon } = model;
        const classIds = [...model.classes.keys()];
        const ofDirection = (d: 'outbound' | 'inbound') =>
          stays.filter((s) => DIRECTION[classIds[s.c]!] === d);
        expect(daily.queueMax).toEqual(maxPerDay(levelLog(stays), warmUp, horizon, daily.days));
        expect(daily.byDirection.outbound!.queueMax).toEqual(
          maxPerDay(levelLog(ofDirection('outbound')), warmUp, horizon, daily.days),
        );
        expect(daily.byDirection.inbound!.queueMax).toEqual(
          maxPerDay(levelLog(ofDirection('inbound')), warmUp, horizon, daily.days),
        );
        for (const [id, own] of stationStays) {
          // The station's maximum since the warm-up: the level it opened with, and every level after.
          const log = levelLog(own);
          let max = 0;
          for (const e of log) if (e.t < warmUp) max = e.level;
          for (const e of log) if (e.t >= warmUp && e.level > max) max = e.level;
          expect(result.stations[id]!.queue.max, id).toBe(max);
        }
        // The check has something to check: some vehicle waited, and some started at once.
        expect(stays.some((s) => s.to > s.from)).toBe(true);
        expect(stays.some((s) => s.to === s.from)).toBe(true);
      }),
      { numRuns: 12, seed: 9 },
    );
  });

  it('records the e-queue backlog as bookings − arrivals − no-shows, counted independently', () => {
    fc.assert(
      fc.property(params, (p) => {
        const scenario = validateScenario(twoWay(p));
        const model = new BorderModel(scenario, { seed: p.seed, replication: 0 });
        const queue = model.equeues.get('eq')!;
        // An independent log of the booking system's events (warm-up included): +1 or −1 and the kind.
        const log: { t: number; delta: number; kind: 'booked' | 'admitted' | 'noShows' }[] = [];
        const wrap = (
          name: 'join' | 'arrive' | 'noShow',
          delta: number,
          kind: (typeof log)[number]['kind'],
        ) => {
          const method = queue[name].bind(queue);
          queue[name] = (now: number) => {
            log.push({ t: now, delta, kind });
            method(now);
          };
        };
        wrap('join', 1, 'booked');
        wrap('arrive', -1, 'admitted');
        wrap('noShow', -1, 'noShows');
        scheduleShocks(model, scenario.shocks);
        model.sim.run({ until: model.horizon });
        const result = replicationSummary(model, p.seed, 0);
        const daily = result.daily;
        const eq = daily.equeues.eq!;
        const { warmUp, horizon } = model;
        const backlogAt = (t: number) => sum(log.filter((e) => e.t <= t).map((e) => e.delta));
        let level = 0;
        const levels = log.map((e) => ({ t: e.t, level: (level += e.delta) }));
        expect(eq.backlogMax).toEqual(maxPerDay(levels, warmUp, horizon, daily.days));
        for (let d = 0; d < daily.days; d++) {
          const { from, to } = dayBounds(warmUp, horizon, d, daily.days);
          for (const kind of ['booked', 'admitted', 'noShows'] as const)
            expect(eq[kind][d]).toBe(log.filter((e) => e.kind === kind && e.t >= from && e.t < to).length);
          // Every truck at the border is an admitted booking: the class's own daily count agrees.
          expect(eq.admitted[d]).toBe(daily.byClass.truck!.arrived[d]);
          const at = warmUp + d * DAY + p.queueHour * 60;
          expect(eq.backlogAtHour[d]).toBe(at < horizon ? backlogAt(at) : null);
        }
        const r = result.equeues!.eq!;
        expect(backlogAt(horizon)).toBe(r.stillBooked);
      }),
      { numRuns: 12, seed: 10 },
    );
  });
});
