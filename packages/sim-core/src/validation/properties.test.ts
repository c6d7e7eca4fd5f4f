import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Preempted } from '../request.js';
import type { TraceRecord } from '../trace.js';
import { type CustomerOutcome, type RandomModelConfig, runRandomModel, WALK_AWAY } from './random-model.js';
import { runProgram, runProgramReference, type ScheduleOp } from './schedule-program.js';

// Properties of the engine on random models (fast-check; fixed seed, so every run is the same).
// The models mix everything that takes a customer out of a line or off a server: finite lines,
// patience, priorities, preemptive requests, capacity changes under both rules, and interrupts.

const SETTINGS = { seed: 20_240_611, numRuns: 120 };
const HORIZON = 50;

const classArb = (preemptive: boolean) =>
  fc.record({
    rate: fc.double({ min: 0.2, max: 3, noNaN: true }),
    meanService: fc.double({ min: 0.1, max: 3, noNaN: true }),
    priority: fc.integer({ min: 0, max: 3 }),
    preempt: preemptive ? fc.boolean() : fc.constant(false),
    meanPatience: fc.option(fc.double({ min: 0.1, max: 5, noNaN: true }), { nil: null }),
    impatience: fc.constantFrom('renege' as const, 'anyOf' as const),
  });

// Capacity changes and interrupts fall on whole time units so that they often coincide.
const modelArb: fc.Arbitrary<RandomModelConfig> = fc.boolean().chain((preemptive) =>
  fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    capacity: fc.integer({ min: 0, max: 4 }),
    queueLimit: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 5 })),
    preemptive: fc.constant(preemptive),
    classes: fc.array(classArb(preemptive), { minLength: 1, maxLength: 3 }),
    capacityChanges: fc.array(
      fc.record({
        time: fc.integer({ min: 0, max: HORIZON }),
        capacity: fc.integer({ min: 0, max: 5 }),
        rule: fc.constantFrom('finish' as const, 'preempt' as const),
      }),
      { maxLength: 6 },
    ),
    interruptTimes: fc.array(fc.integer({ min: 0, max: HORIZON }), { maxLength: 6 }),
    horizon: fc.constant(HORIZON),
  }),
);

/** What the Resource must report for a request whose customer recorded `outcome`. */
const REQUEST_STATUS: Record<CustomerOutcome, string> = {
  waiting: 'waiting',
  'in-service': 'granted',
  served: 'released',
  interrupted: 'released',
  balked: 'balked',
  reneged: 'reneged',
  cancelled: 'cancelled',
  preempted: 'preempted',
};

function serialize(record: TraceRecord): string {
  if (record.kind !== 'interrupt') return JSON.stringify(record);
  const cause = typeof record.cause === 'string' ? record.cause : (record.cause as Preempted).usageSince;
  return JSON.stringify({ ...record, cause });
}

/** Whether the capacity is above 0 for a stretch of positive length before the horizon. */
function openSomeTime(config: RandomModelConfig): boolean {
  // Same-time changes apply in the order given (scheduleAt is FIFO), so a stable sort suffices.
  const changes = [...config.capacityChanges].sort((a, b) => a.time - b.time);
  let capacity = config.capacity;
  let since = 0;
  for (const change of changes) {
    if (change.time >= config.horizon) break;
    if (capacity > 0 && change.time > since) return true;
    capacity = change.capacity;
    since = change.time;
  }
  return capacity > 0 && config.horizon > since;
}

function count(outcomes: CustomerOutcome[], outcome: CustomerOutcome): number {
  return outcomes.filter((o) => o === outcome).length;
}

describe('engine properties on random models', () => {
  it('conservation: every arrival is served, still present, or left by a counted route', () => {
    fc.assert(
      fc.property(modelArb, (config) => {
        const { resource, customers } = runRandomModel(config);
        const outcomes = customers.map((c) => c.outcome);
        // The customers' own view agrees with the Resource's view of each request ...
        for (const c of customers) expect(c.request?.status).toBe(REQUEST_STATUS[c.outcome]);
        // ... and with the Resource's counters: nothing lost, nothing counted twice.
        expect(resource.balked).toBe(count(outcomes, 'balked'));
        expect(resource.reneged).toBe(count(outcomes, 'reneged'));
        expect(resource.preempted).toBe(count(outcomes, 'preempted'));
        expect(resource.queueLength).toBe(count(outcomes, 'waiting'));
        expect(resource.busy).toBe(count(outcomes, 'in-service'));
        const everGranted = customers.filter((c) => !Number.isNaN(c.grantedAt)).length;
        expect(resource.granted).toBe(everGranted);
        // Arrivals = granted at some point + balked + reneged + withdrawn + still waiting.
        expect(customers.length).toBe(
          resource.granted +
            resource.balked +
            resource.reneged +
            count(outcomes, 'cancelled') +
            resource.queueLength,
        );
        const waiting = new Set(customers.filter((c) => c.outcome === 'waiting').map((c) => c.request));
        expect(new Set(resource.waiting)).toEqual(waiting);
        const inService = new Set(customers.filter((c) => c.outcome === 'in-service').map((c) => c.request));
        expect(new Set(resource.usersList)).toEqual(inService);
      }),
      SETTINGS,
    );
  });

  it("Little's law holds exactly as areas: ∫N dt over [0, T] = Σ time spent in [0, T]", () => {
    // The sample-path form of L = λW, exact on any finite run with the boundary correction that a
    // customer still present at T counts T − arrival (Stidham 1974; El-Taha & Stidham 1999):
    //   ∫₀ᵀ Q(t) dt = Σ (min(left line, T) − arrival),  ∫₀ᵀ B(t) dt = Σ (min(left server, T) − grant),
    // with Q, B the Resource's own counts; only floating-point rounding separates the two sides.
    fc.assert(
      fc.property(modelArb, (config) => {
        const { sim, resource, customers } = runRandomModel(config);
        const T = sim.now;
        const end = (t: number) => (Number.isNaN(t) ? T : Math.min(t, T));
        let queueArea = 0;
        let busyArea = 0;
        for (const c of customers) {
          queueArea += end(c.leftQueue) - c.arrival;
          if (!Number.isNaN(c.grantedAt)) busyArea += end(c.leftService) - c.grantedAt;
        }
        const tolerance = 1e-9 * Math.max(1, queueArea + busyArea);
        expect(Math.abs(resource.meanQueueLength() * T - queueArea)).toBeLessThan(tolerance);
        expect(Math.abs(resource.meanBusy() * T - busyArea)).toBeLessThan(tolerance);
      }),
      SETTINGS,
    );
  });

  it('holds end exactly on time, also after an interrupt cut an earlier hold short', () => {
    // A served customer leaves at grant + service; an interrupted one walks away for WALK_AWAY.
    // A hold that an interrupt failed to cancel would wake the process early or twice.
    fc.assert(
      fc.property(modelArb, (config) => {
        const { customers } = runRandomModel(config);
        for (const c of customers) {
          if (c.outcome === 'served') expect(c.leftService).toBe(c.grantedAt + c.service);
          if (!Number.isNaN(c.departed)) expect(c.departed).toBe(c.walkStart + WALK_AWAY);
        }
      }),
      SETTINGS,
    );
  });

  it('utilisation lies in [0, 1] under both capacity rules (NaN only if no unit was ever open)', () => {
    // Under 'finish', units still serving after a cut count as open until they are done.
    fc.assert(
      fc.property(modelArb, (config) => {
        const { resource } = runRandomModel(config);
        const u = resource.utilisation();
        if (Number.isNaN(u)) expect(openSomeTime(config)).toBe(false);
        else {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1);
        }
      }),
      SETTINGS,
    );
  });

  it('the clock never goes back: trace records come in time order', () => {
    fc.assert(
      fc.property(modelArb, (config) => {
        let last = Number.NEGATIVE_INFINITY;
        let backwards = 0;
        runRandomModel(config, (record) => {
          if (record.time < last) backwards++;
          last = record.time;
        });
        expect(backwards).toBe(0);
        expect(last).toBeLessThan(config.horizon);
      }),
      SETTINGS,
    );
  });

  it('the same seed gives the same trace; another seed gives another', () => {
    fc.assert(
      fc.property(modelArb, (config) => {
        const traces = [config.seed, config.seed, config.seed + 1].map((seed) => {
          const records: string[] = [];
          const run = runRandomModel({ ...config, seed }, (record) => records.push(serialize(record)));
          return { records, arrivals: run.customers.length };
        });
        expect(traces[1]!.records).toEqual(traces[0]!.records);
        // Arrival times are continuous draws: two seeds agree on one only with probability 0.
        if (traces[0]!.arrivals + traces[2]!.arrivals > 0) {
          expect(traces[2]!.records).not.toEqual(traces[0]!.records);
        }
      }),
      SETTINGS,
    );
  });
});

describe('same-time order', () => {
  const opArb: fc.Arbitrary<ScheduleOp> = fc.record({
    parent: fc.nat(),
    kind: fc.constantFrom('callback' as const, 'timeout' as const, 'event' as const),
    delay: fc.constantFrom(0, 0, 0.5, 1),
    priority: fc.integer({ min: -3, max: 3 }),
    cancel: fc.option(fc.nat(), { nil: null }),
  });

  it('entries run by time, then priority, then scheduling order, as a reference sort says', () => {
    // Random programs of callbacks, timeouts and triggered events that schedule more entries when
    // they run (many at the same instant: delays 0, 0.5, 1; priorities -3..3) and cancel some.
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 80 }), (ops) => {
        const engine = runProgram(ops);
        expect(engine).toEqual(runProgramReference(ops));
        for (let i = 1; i < engine.length; i++)
          expect(engine[i]!.time).toBeGreaterThanOrEqual(engine[i - 1]!.time);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
