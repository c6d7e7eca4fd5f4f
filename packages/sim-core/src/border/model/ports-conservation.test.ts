import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

const exponential = (minutes: number) => ({ exponential: { mean: { minutes } } });

/**
 * Two ports over six days, both ways. Outbound trucks queue on a road storage at port a that
 * diverts its overflow to port b (or, by the draw, gives up or waits); outbound cars choose a port
 * by shortest wait or by shares; inbound trucks use port b only, where a small yard gives up.
 */
const twoPorts = fc
  .record({
    km: fc.double({ min: 0, max: 0.2, noNaN: true }),
    gateFull: fc.constantFrom('divert' as const, 'wait' as const, 'giveUp' as const),
    yard: fc.integer({ min: 0, max: 4 }),
    lanes: fc.integer({ min: 1, max: 3 }),
    rate: fc.double({ min: 4, max: 14, noNaN: true }),
    share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    travel: fc.double({ min: 0, max: 120, noNaN: true }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((p) => ({
    p,
    input: {
      calendar: { start: '2024-03-01T00:00Z', horizon: { days: 6 }, warmUp: { days: 0 } },
      ports: [{ id: 'a' }, { id: 'b' }],
      stations: [
        {
          id: 'gate-a',
          port: 'a',
          lanes: p.lanes,
          service: exponential(12),
          buffer: {
            capacity: { km: p.km },
            whenFull:
              p.gateFull === 'divert'
                ? { divert: { to: 'b', travel: { deterministic: { minutes: p.travel } } } }
                : p.gateFull,
          },
        },
        { id: 'gate-b', port: 'b', lanes: 1, service: exponential(8) },
        {
          id: 'yard-b',
          port: 'b',
          lanes: 1,
          service: exponential(10),
          buffer: { capacity: p.yard, whenFull: 'giveUp' },
        },
      ],
      classes: [
        {
          id: 'truck',
          arrivals: { rate: { perHour: p.rate / 2 } },
          route: ['gate-a'],
          routesAt: { b: ['gate-b'] },
          portChoice: { shares: { a: 1, b: 0 } },
        },
        {
          id: 'car',
          lengthMetres: 7,
          arrivals: { rate: { perHour: p.rate } },
          route: ['gate-a'],
          routesAt: { b: ['gate-b'] },
          ...(p.share === null ? {} : { portChoice: { shares: { a: p.share, b: 1 - p.share } } }),
        },
        { id: 'back', direction: 'inbound', arrivals: { rate: { perHour: p.rate / 3 } }, route: ['yard-b'] },
      ],
    } as ScenarioInput,
  }));

describe('ports conservation', () => {
  it('gives the same results traced (the generator journey) and untraced (the callback journey), diversions included', () => {
    fc.assert(
      fc.property(twoPorts, ({ p, input }) => {
        const scenario = validateScenario(input);
        const traced = runBorderReplication(scenario, { seed: p.seed, replication: 0, trace: () => {} });
        const untraced = runBorderReplication(scenario, { seed: p.seed, replication: 0 });
        expect(untraced.ports!.a!.divertedOut).toBe(traced.ports!.a!.divertedOut);
        expect(JSON.stringify(untraced)).toBe(JSON.stringify(traced));
      }),
      { numRuns: 15, seed: 20261205 },
    );
  });

  it('every vehicle is in one port, on the road between two, or gone: diversions counted once', () => {
    const seen = { diverted: 0, gaveUp: 0 };
    fc.assert(
      fc.property(twoPorts, ({ p, input }) => {
        // Vehicles alive at the end, counted from the engine's trace: an independent count.
        let live = 0;
        const result = runBorderReplication(validateScenario(input), {
          seed: p.seed,
          replication: 0,
          trace: (r) => {
            if ((r.kind === 'process-start' || r.kind === 'process-end') && r.process.startsWith('vehicle:'))
              live += r.kind === 'process-start' ? 1 : -1;
          },
        });
        const ports = Object.values(result.ports!);
        let inPorts = 0;
        let out = 0;
        let into = 0;
        let arrived = 0;
        for (const port of ports) {
          const c = port.conservation;
          // Per port: what came in (chose it, or was diverted to it) = what left it + what is in it.
          expect(c.arrived + c.divertedIn).toBe(c.exited + c.turnedAway + c.divertedOut + c.inPortAtEnd);
          expect(c.inPortAtEnd).toBeGreaterThanOrEqual(0);
          inPorts += c.inPortAtEnd;
          out += c.divertedOut;
          into += c.divertedIn;
          arrived += c.arrived;
        }
        const all = result.conservation;
        // Each vehicle chooses a port once; a diverted one is between two ports until it arrives.
        expect(arrived).toBe(all.arrived);
        expect(all.inSystemAtEnd - inPorts).toBe(out - into);
        expect(out).toBeGreaterThanOrEqual(into);
        expect(all.arrived).toBe(all.exited + all.turnedAway + all.inSystemAtEnd);
        expect(all.inSystemAtEnd).toBe(live);
        for (const d of ['outbound', 'inbound'] as const) {
          const c = result.directions[d]!.conservation;
          expect(c.arrived - c.exited - c.turnedAway).toBe(result.directions[d]!.inSystemAtEnd);
          expect(result.directions[d]!.inSystemAtEnd).toBeGreaterThanOrEqual(0);
        }
        // The storage's overflow is split three ways, and its diversions are the port's.
        const gate = result.stations['gate-a']!.storage!;
        expect(gate.overflow).toBe(gate.waitedBeyond + gate.gaveUp + gate.diverted);
        for (const k of Object.values(gate.byClass))
          expect(k.overflow).toBe(k.waitedBeyond + k.gaveUp + k.diverted);
        expect(gate.diverted).toBe(result.ports!.a!.divertedOut);
        expect(result.conservation.byStation['gate-a']!.diverted).toBe(gate.diverted);
        // Inbound vehicles never use port a.
        expect(result.stations['gate-a']!.servedByClass.back).toBe(0);
        seen.diverted += gate.diverted;
        seen.gaveUp += gate.gaveUp + result.stations['yard-b']!.storage!.gaveUp;
      }),
      { numRuns: 30, seed: 20240302 },
    );
    // The storages must overflow in some runs, or the property proves nothing.
    expect(seen.diverted).toBeGreaterThan(100);
    expect(seen.gaveUp).toBeGreaterThan(100);
  });
});
