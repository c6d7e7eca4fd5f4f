import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

/**
 * A random two-way port over eight days: outbound cars (7 m) and trucks (20 m) queue on a road in
 * km in front of the Chinese gate; inbound trucks and the outbound flow share a bridge whose yard
 * holds a few vehicles; random closures shut the Chinese side; each storage waits or gives up.
 */
const port = fc
  .record({
    km: fc.double({ min: 0, max: 0.3, noNaN: true }),
    gateFull: fc.constantFrom('wait' as const, 'giveUp' as const),
    yard: fc.integer({ min: 0, max: 6 }),
    yardFull: fc.constantFrom('wait' as const, 'turnAway' as const),
    lanes: fc.integer({ min: 1, max: 3 }),
    closures: fc.double({ min: 0, max: 0.5, noNaN: true }),
    rate: fc.double({ min: 1, max: 12, noNaN: true }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((p) => ({
    p,
    input: {
      calendar: { start: '2024-03-01T00:00+08:00', horizon: { days: 8 }, warmUp: { days: 0 } },
      sides: [
        {
          id: 'cn',
          utcOffset: '+08:00',
          randomClosures: [
            {
              label: 'storm',
              months: [3],
              probabilityPerDay: p.closures,
              duration: { uniform: { min: { hours: 2 }, max: { hours: 10 } } },
            },
          ],
        },
      ],
      stations: [
        {
          id: 'gate',
          side: 'cn',
          lanes: p.lanes,
          service: { exponential: { mean: { minutes: 12 } } },
          buffer: { capacity: { km: p.km }, whenFull: p.gateFull },
        },
        {
          id: 'bridge',
          side: 'cn',
          lanes: 1,
          shared: true,
          service: { exponential: { mean: { minutes: 4 } } },
          buffer: { capacity: p.yard, whenFull: p.yardFull },
        },
      ],
      classes: [
        { id: 'car', lengthMetres: 7, arrivals: { rate: { perHour: p.rate } }, route: ['gate', 'bridge'] },
        { id: 'truck', arrivals: { rate: { perHour: p.rate / 4 } }, route: ['gate', 'bridge'] },
        {
          id: 'back',
          direction: 'inbound',
          arrivals: { rate: { perHour: p.rate / 2 } },
          route: ['bridge'],
        },
      ],
    } as ScenarioInput,
  }));

describe('storage conservation', () => {
  it('overflow = waited beyond + gave up, per station and class; each direction keeps its vehicles', () => {
    const directionOf: Record<string, 'outbound' | 'inbound'> = {
      car: 'outbound',
      truck: 'outbound',
      back: 'inbound',
    };
    // The storages must overflow in some runs, by both rules, or the test proves nothing.
    const seen = { waitedBeyond: 0, gaveUp: 0 };
    fc.assert(
      fc.property(port, ({ p, input }) => {
        const live = { outbound: 0, inbound: 0 };
        const result = runBorderReplication(validateScenario(input), {
          seed: p.seed,
          replication: 0,
          trace: (r) => {
            if (r.kind !== 'process-start' && r.kind !== 'process-end') return;
            if (!r.process.startsWith('vehicle:')) return;
            live[directionOf[r.process.slice(8)]!] += r.kind === 'process-start' ? 1 : -1;
          },
        });
        for (const station of Object.values(result.stations)) {
          const s = station.storage!;
          expect(s.overflow).toBe(s.waitedBeyond + s.gaveUp);
          let gaveUp = 0;
          for (const [id, k] of Object.entries(s.byClass)) {
            expect(k.overflow).toBe(k.waitedBeyond + k.gaveUp);
            // No quota here: whoever is turned away at a station gave up at its storage.
            expect(k.gaveUp).toBe(station.turnedAwayByClass[id]);
            gaveUp += k.gaveUp;
          }
          expect(gaveUp).toBe(s.gaveUp);
          seen.waitedBeyond += s.waitedBeyond;
          seen.gaveUp += s.gaveUp;
          if (s.waitedBeyond === 0) expect(s.beyond.max).toBe(0);
          else expect(s.beyond.max).toBeGreaterThanOrEqual(1);
        }
        expect(result.stations.gate!.storage!.byClass.back!.overflow).toBe(0);
        // Per direction: arrived = exited + turned away + still in the port, against the trace.
        for (const d of ['outbound', 'inbound'] as const) {
          const c = result.directions[d]!;
          expect(c.conservation.arrived - c.conservation.exited - c.conservation.turnedAway).toBe(live[d]);
          expect(c.inSystemAtEnd).toBe(live[d]);
        }
      }),
      { numRuns: 30, seed: 20240301 },
    );
    expect(seen.waitedBeyond).toBeGreaterThan(100);
    expect(seen.gaveUp).toBeGreaterThan(100);
  });
});
