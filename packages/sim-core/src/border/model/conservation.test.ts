import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * A random two-sided port with closures, a quota (counted on arrival or at service start, its
 * leftover carried or lost), a driver pool (taken and released at various stations) and shocks,
 * over ten days.
 */
const port = fc
  .record({
    lanesA: fc.integer({ min: 1, max: 4 }),
    lanesB: fc.integer({ min: 1, max: 4 }),
    buffer: fc.oneof(fc.constant('infinite' as const), fc.integer({ min: 0, max: 20 })),
    whenFull: fc.constantFrom('wait' as const, 'turnAway' as const),
    open: fc.integer({ min: 0, max: 10 }),
    length: fc.integer({ min: 4, max: 14 }),
    quota: fc.integer({ min: 5, max: 200 }),
    countedAt: fc.constantFrom('arrival' as const, 'serviceStart' as const),
    leftover: fc.constantFrom('carried' as const, 'lost' as const),
    drivers: fc.integer({ min: 1, max: 30 }),
    takenAt: fc.constantFrom(undefined, 'a', 'road', 'b'),
    releasedAt: fc.constantFrom(undefined, 'b'),
    rate: fc.double({ min: 0.5, max: 6, noNaN: true }),
    closureDay: fc.integer({ min: 1, max: 8 }),
    shockDay: fc.integer({ min: 0, max: 10 }),
    shockLanes: fc.integer({ min: 1, max: 5 }),
    demand: fc.double({ min: 0, max: 3, noNaN: true }),
    inspection: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((p) => ({
    p,
    input: {
      calendar: { start: '2024-02-26T00:00+08:00', horizon: { days: 10 }, warmUp: { days: 0 } },
      sides: [
        {
          id: 'cn',
          utcOffset: '+08:00',
          openingHours: [`${hhmm(p.open)}-${hhmm(p.open + p.length)}`],
          closures: [
            {
              label: 'holiday',
              from: new Date(Date.UTC(2024, 1, 26 + p.closureDay)).toISOString().slice(0, 10),
            },
          ],
        },
        {
          id: 'kz',
          utcOffset: '+06:00',
          utcOffsetChanges: [{ at: '2024-03-01T00:00', utcOffset: '+05:00' }],
          openingHours: '24h',
          daysOff: ['sunday'],
          quotas: [{ id: 'eqs', perDay: p.quota, countedAt: p.countedAt, leftover: p.leftover }],
        },
      ],
      stations: [
        { id: 'a', side: 'cn', lanes: p.lanesA, service: { lognormal: { mean: { minutes: 20 }, cv: 1 } } },
        {
          id: 'road',
          lanes: 'infinite',
          service: { uniform: { min: { minutes: 5 }, max: { minutes: 15 } } },
        },
        {
          id: 'b',
          side: 'kz',
          lanes: p.lanesB,
          service: { exponential: { mean: { minutes: 15 } } },
          buffer: { capacity: p.buffer, whenFull: p.whenFull },
          secondary: {
            probability: p.inspection,
            service: { exponential: { mean: { minutes: 30 } } },
            lanes: 1,
          },
          quotas: ['eqs'],
        },
      ],
      classes: [
        { id: 'car', needsDriver: true, arrivals: { rate: { perHour: p.rate } }, route: ['a', 'road', 'b'] },
        {
          id: 'carrier',
          priority: 1,
          carsPerVehicle: { discreteUniform: { min: 5, max: 8 } },
          arrivals: {
            rate: { perHour: p.rate / 3 },
            hourly: [...Array(12).fill(0.5), ...Array(12).fill(1.5)],
          },
          route: ['a', 'road', 'b'],
        },
      ],
      drivers: {
        count: p.drivers,
        returnTrip: { exponential: { mean: { hours: 3 } } },
        takenAt: p.takenAt,
        releasedAt: p.releasedAt,
      },
      shocks: [
        { label: 'lanes', at: { days: p.shockDay }, change: 'lanes', station: 'b', lanes: p.shockLanes },
        {
          label: 'demand',
          at: { days: p.shockDay / 2 },
          change: 'demand',
          class: 'car',
          multiplier: p.demand,
        },
        { label: 'hours', at: { days: 5 }, change: 'hours', side: 'cn', openingHours: '24h' },
        { label: 'quota', at: { days: 3 }, change: 'quota', quota: 'eqs', perDay: p.quota * 2 },
      ],
    } as ScenarioInput,
  }));

describe('conservation', () => {
  it('gives the same results traced and untraced (traced, the arrivals and journeys are generator processes and ask for lanes with requests; untraced, the callback source and journey seize them)', () => {
    fc.assert(
      fc.property(port, ({ p, input }) => {
        const scenario = validateScenario(input);
        const traced = runBorderReplication(scenario, { seed: p.seed, replication: 0, trace: () => {} });
        const untraced = runBorderReplication(scenario, { seed: p.seed, replication: 0 });
        expect(JSON.stringify(untraced)).toBe(JSON.stringify(traced));
      }),
      { numRuns: 30 },
    );
  });

  it('every vehicle that arrives has exited, been turned away or is still in the port, per class and per station', () => {
    fc.assert(
      fc.property(port, ({ p, input }) => {
        const scenario = validateScenario(input);
        let started = 0;
        let ended = 0;
        const result = runBorderReplication(scenario, {
          seed: p.seed,
          replication: 0,
          trace: (r) => {
            if (r.kind === 'process-start' && r.process.startsWith('vehicle:')) started++;
            if (r.kind === 'process-end' && r.process.startsWith('vehicle:')) ended++;
          },
        });
        const c = result.conservation;
        // Whole port, against an independent count of live vehicle processes from the trace.
        expect(c.arrived).toBe(started);
        expect(c.exited + c.turnedAway).toBe(ended);
        expect(c.inSystemAtEnd).toBe(started - ended);
        // Per class.
        let arrived = 0;
        for (const k of Object.values(c.byClass)) {
          expect(k.exited + k.turnedAway).toBeLessThanOrEqual(k.arrived);
          arrived += k.arrived;
        }
        expect(arrived).toBe(c.arrived);
        // Per station: reached = departed + turned away + still there; the vehicles still at some
        // station plus those waiting for a driver are exactly the live vehicles.
        let present = 0;
        for (const s of Object.values(c.byStation)) {
          const here = s.reached - s.departed - s.turnedAway;
          expect(here).toBeGreaterThanOrEqual(0);
          present += here;
        }
        // A vehicle between stations after service counts as departed from the last one and not
        // yet at the next: only the zero-time hop, so at the end none is in between.
        expect(present + c.waitingForDriverAtEnd).toBe(c.inSystemAtEnd);
        expect(c.byStation.a!.turnedAway).toBe(0);
        for (const s of Object.values(result.stations)) {
          if (s.utilisation !== null) expect(s.utilisation).toBeGreaterThanOrEqual(0);
          if (s.utilisation !== null) expect(s.utilisation).toBeLessThanOrEqual(1 + 1e-12);
          for (const u of s.utilisationByHour ?? []) {
            if (u !== null) expect(u).toBeGreaterThanOrEqual(0);
            if (u !== null) expect(u).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
      }),
      { numRuns: 40, seed: 20241129 },
    );
  });
});
