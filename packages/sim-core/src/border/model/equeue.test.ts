import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../random/streams.js';
import { Simulation } from '../../simulation.js';
import { confidenceInterval } from '../../stats/confidence-interval.js';
import type { EQueue } from '../scenario/types.js';
import { BorderModel } from './border-model.js';
import { EQueueModel } from './equeue-model.js';
import { LocalClock } from './local-clock.js';
import { runBorderReplication } from './run-border-replication.js';

const DAY = 1440;

/** One class booking an e-queue of `perDay` slots a day, then one pure-delay station. */
function booked(options: {
  demandPerDay: number;
  perDay: number;
  days: number;
  warmUpDays: number;
}): ScenarioInput {
  return {
    calendar: {
      start: '2024-01-01T00:00+05:00',
      horizon: { days: options.days },
      warmUp: { days: options.warmUpDays },
    },
    sides: [{ id: 'kz', utcOffset: '+05:00' }],
    equeues: [{ id: 'eq', side: 'kz', perDay: options.perDay, arrival: 'dayStart' }],
    stations: [{ id: 'gate', lanes: 'infinite', service: { deterministic: { minutes: 1 } } }],
    classes: [
      { id: 'truck', equeue: 'eq', arrivals: { rate: { perDay: options.demandPerDay } }, route: ['gate'] },
    ],
  };
}

/** Mulberry32: the reference's own random numbers, independent of the engine's streams. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
}

/**
 * The reference for the ledger tests: slots taken per day, in all and by trucks (class 1), and a
 * booking scans from its ready day to the first day with room, as the e-queue's rule says.
 */
class SlotLedger {
  readonly all: number[] = [];
  private readonly trucks: number[] = [];
  constructor(
    private readonly perDay: number,
    private readonly truckLimit: number,
  ) {}

  /** The first day from `from` with a free slot for any class. */
  firstFree(from: number): number {
    let d = from;
    while ((this.all[d] ?? 0) >= this.perDay) d++;
    return d;
  }

  /** Books a vehicle of class `cls` ready on day `readyDay`; returns its slot day. */
  take(cls: number, readyDay: number): number {
    let d = readyDay;
    while ((this.all[d] ?? 0) >= this.perDay || (cls === 1 && (this.trucks[d] ?? 0) >= this.truckLimit)) d++;
    this.all[d] = (this.all[d] ?? 0) + 1;
    if (cls === 1) this.trucks[d] = (this.trucks[d] ?? 0) + 1;
    return d;
  }
}

/**
 * An e-queue on its own, for the ledger tests: `perDay` slots a day from midnight UTC, classes car
 * and truck (indices 0 and 1) with the given limits, vehicles due at the start of their slot day,
 * no no-shows and no lateness. Bookings are made by calling `book` directly.
 */
function ledgerQueue(sim: Simulation, perDay: number, perClass: Record<string, number>): EQueueModel {
  const spec: EQueue = {
    id: 'eq',
    name: 'eq',
    side: 'kz',
    perDay,
    perClass,
    dayStart: 0,
    leadTime: 0,
    arrival: 'dayStart',
    noShow: 0,
    opens: 0,
    late: { share: 0, by: { type: 'deterministic', value: 0 }, action: 'admit' },
  };
  return new EQueueModel({
    sim,
    spec,
    clock: new LocalClock(Date.UTC(2024, 0, 1), [{ from: 0, offset: 0 }]),
    classIds: ['car', 'truck'],
    warmUp: 0,
    rng: new RandomStreams(1, 0).stream('eq'),
    lateBy: { mean: 0, variance: 0, sample: () => 0 },
  });
}

/**
 * The discrete-time booking queue computed directly: on day d, A_d Poisson(λ) vehicles become
 * ready at uniform times u of the day (Poisson arrivals); B_d earlier vehicles are still ahead of
 * them. The j-th of the day (j = 0, 1, …) takes the slot B_d + j counted from day d's first, so
 * it waits w = floor((B_d + j) / K) days and, arriving at the start of its slot day, w·1440 −
 * u·1440 minutes (nothing when w = 0). Then B_{d+1} = max(B_d + A_d − K, 0).
 */
function referenceMeanWait(lambda: number, K: number, days: number, skip: number): number {
  const random = mulberry32(12345);
  let backlog = 0;
  let sum = 0;
  let count = 0;
  for (let d = 0; d < days; d++) {
    let j = 0;
    for (let u = -Math.log(random()) / lambda; u < 1; u += -Math.log(random()) / lambda, j++) {
      const w = Math.floor((backlog + j) / K);
      if (d >= skip) {
        sum += w === 0 ? 0 : (w - u) * DAY;
        count++;
      }
    }
    backlog = Math.max(backlog + j - K, 0);
  }
  return sum / count;
}

describe('electronic queue', () => {
  it('with demand above the daily capacity K, the backlog grows by λ − K a day (fluid limit)', () => {
    const lambda = 30;
    const K = 20;
    const scenario = validateScenario(booked({ demandPerDay: lambda, perDay: K, days: 62, warmUpDays: 0 }));
    const slopes: number[] = [];
    for (let r = 0; r < 20; r++) {
      const model = new BorderModel(scenario, { seed: 7, replication: r });
      const queue = model.equeues.get('eq')!;
      let early = 0;
      let late = 0;
      model.sim.scheduleAt(10.5 * DAY, () => void (early = queue.backlogNow), 0);
      model.sim.scheduleAt(60.5 * DAY, () => void (late = queue.backlogNow), 0);
      model.sim.run({ until: model.horizon });
      slopes.push((late - early) / 50);
    }
    const ci = confidenceInterval(slopes);
    expect(ci.lower).toBeLessThanOrEqual(lambda - K);
    expect(ci.upper).toBeGreaterThanOrEqual(lambda - K);
    // One slope's spread is √(λ·50)/50 ≈ 0.77 a day, so the interval is ±0.36: a capacity off
    // by one vehicle a day falls outside it.
    expect(ci.halfWidth).toBeLessThan(0.5);
  });

  it('with demand below K, the mean wait before the slot matches the day-by-day recursion', () => {
    const lambda = 8;
    const K = 10;
    const scenario = validateScenario(booked({ demandPerDay: lambda, perDay: K, days: 630, warmUpDays: 30 }));
    const means: number[] = [];
    for (let r = 0; r < 40; r++) {
      const result = runBorderReplication(scenario, { seed: 11, replication: r });
      means.push(result.equeues!.eq!.virtualWait.mean!);
    }
    const ci = confidenceInterval(means);
    const reference = referenceMeanWait(lambda, K, 400_000, 100);
    expect(reference).toBeGreaterThan(20); // a real wait: at ρ = 0.8 some days overflow
    expect(reference).toBeGreaterThanOrEqual(ci.lower);
    expect(reference).toBeLessThanOrEqual(ci.upper);
    // Waits of overflow days are rare and long, so a replication's mean spreads (sd ≈ 13 min);
    // ±15% still tells K = 10 from 9 (a mean of 211 min) or 11 (11 min).
    expect(ci.halfWidth).toBeLessThan(0.15 * reference);
  });

  it('gives each booking the first day with a free slot for its class, like a first-fit ledger', () => {
    const sim = new Simulation();
    const queue = ledgerQueue(sim, 5, { truck: 2 });
    const random = mulberry32(99);
    const ledger = new SlotLedger(5, 2);
    for (let k = 0; k < 300; k++) {
      const cls = random() < 0.4 ? 1 : 0;
      const readyDay = Math.floor(k / 6);
      const d = ledger.take(cls, readyDay);
      const at = queue.book(cls, readyDay * DAY + 60);
      expect(Math.floor(at / DAY)).toBe(d);
      expect(at).toBe(d === readyDay ? readyDay * DAY + 60 : d * DAY);
    }
  });

  it('counts the days to the next free slot from the booking day, also after a day that never filled', () => {
    // The first day gets one booking (a quiet morning), then demand runs at 8 a day against 5
    // slots, so the backlog grows by about 3 a day. Bookings are made at their instants in a running
    // simulation, some ready a day or two later (booked ahead). The reference is a plain ledger,
    // scanned from the day in question.
    const sim = new Simulation();
    const queue = ledgerQueue(sim, 5, { truck: 3 });
    const random = mulberry32(7);
    const ledger = new SlotLedger(5, 3);
    let maxAhead = 0;
    let checked = 0;
    const times = [60, ...Array.from({ length: 30 * 8 }, (_, k) => DAY + Math.floor((k * DAY) / 8) + 1)];
    for (const t of times) {
      sim.scheduleAt(t, () => {
        const cls = random() < 0.3 ? 1 : 0;
        const readyAt = t + Math.floor(random() * 3) * DAY;
        const readyDay = Math.floor(readyAt / DAY);
        maxAhead = Math.max(maxAhead, ledger.firstFree(readyDay) - readyDay);
        const d = ledger.take(cls, readyDay);
        expect(Math.floor(queue.book(cls, readyAt) / DAY)).toBe(d);
        expect(queue.maxDaysToFreeSlot).toBe(maxAhead);
        const today = Math.floor(t / DAY);
        expect(queue.daysToFreeSlot(t)).toBe(ledger.firstFree(today) - today);
        checked++;
      });
    }
    sim.run();
    expect(checked).toBe(times.length);
    expect(ledger.all[0]).toBe(1); // the first day never filled
    // After 30 days at 3 a day over capacity the next free slot is weeks away.
    expect(maxAhead).toBeGreaterThan(10);
    expect(queue.daysToFreeSlot(sim.now)).toBeGreaterThan(10);
  });

  it('refuses a booking for before now', () => {
    const sim = new Simulation();
    const queue = ledgerQueue(sim, 5, {});
    sim.scheduleAt(DAY, () => expect(() => queue.book(0, DAY - 1)).toThrow(/before now/));
    sim.run();
  });
});

const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** A port whose two classes book an e-queue with no-shows, late arrivals and closures. */
const port = fc
  .record({
    perDay: fc.integer({ min: 1, max: 40 }),
    truckLimit: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    demand: fc.integer({ min: 1, max: 80 }),
    noShow: fc.double({ min: 0, max: 1, noNaN: true }),
    lateShare: fc.double({ min: 0, max: 1, noNaN: true }),
    action: fc.constantFrom('admit' as const, 'rebook' as const),
    arrival: fc.constantFrom('dayStart' as const, 'uniform' as const),
    leadHours: fc.integer({ min: 0, max: 72 }),
    dayStart: fc.integer({ min: 0, max: 23 }),
    closureDay: fc.integer({ min: 1, max: 8 }),
    open: fc.integer({ min: 0, max: 10 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((p) => ({
    p,
    input: {
      calendar: { start: '2024-02-26T00:00+08:00', horizon: { days: 10 }, warmUp: { days: 1 } },
      sides: [
        {
          id: 'kz',
          utcOffset: '+06:00',
          utcOffsetChanges: [{ at: '2024-03-01T00:00', utcOffset: '+05:00' }],
          openingHours: [`${hhmm(p.open)}-${hhmm(p.open + 12)}`],
          closures: [{ from: new Date(Date.UTC(2024, 1, 26 + p.closureDay)).toISOString().slice(0, 10) }],
        },
      ],
      equeues: [
        {
          id: 'eq',
          side: 'kz',
          perDay: p.perDay,
          ...(p.truckLimit === undefined ? {} : { perClass: { truck: p.truckLimit } }),
          dayStart: hhmm(p.dayStart),
          leadTime: { hours: p.leadHours },
          arrival: p.arrival,
          noShow: p.noShow,
          late: { share: p.lateShare, by: { exponential: { mean: { hours: 20 } } }, action: p.action },
        },
      ],
      stations: [{ id: 'gate', side: 'kz', lanes: 2, service: { exponential: { mean: { minutes: 30 } } } }],
      classes: [
        { id: 'car', equeue: 'eq', arrivals: { rate: { perDay: p.demand } }, route: ['gate'] },
        { id: 'truck', equeue: 'eq', arrivals: { rate: { perDay: p.demand / 2 } }, route: ['gate'] },
        { id: 'bus', arrivals: { rate: { perDay: 5 } }, route: ['gate'] },
      ],
    } as ScenarioInput,
  }));

describe('electronic queue conservation', () => {
  it('booked = arrived at the border + still booked + no-shows, at any time', () => {
    fc.assert(
      fc.property(port, ({ p, input }) => {
        const scenario = validateScenario(input);
        const model = new BorderModel(scenario, { seed: p.seed, replication: 0 });
        const queue = model.equeues.get('eq')!;
        const classes = [model.classes.get('car')!, model.classes.get('truck')!];
        const check = () => {
          const still = queue.backlogNow;
          expect(still).toBeGreaterThanOrEqual(0);
          expect(queue.booked).toBe(queue.arrivedAtBorder + still + queue.noShows);
          // Every vehicle at the border started the physical journey, and only those did.
          expect(queue.arrivedAtBorder).toBe(classes[0]!.flow.arrived + classes[1]!.flow.arrived);
          expect(queue.rebooked).toBeLessThanOrEqual(queue.late);
        };
        for (let t = 0.37 * DAY; t < model.horizon; t += 0.37 * DAY) model.sim.scheduleAt(t, check, 0);
        model.sim.run({ until: model.horizon });
        check();
        const result = runBorderReplication(scenario, { seed: p.seed, replication: 0 });
        const r = result.equeues!.eq!;
        expect(r.booked).toBe(r.arrivedAtBorder + r.stillBooked + r.noShows);
        expect(r.booked).toBe(queue.booked);
        if (p.noShow === 0) expect(r.noShows).toBe(0);
        if (p.lateShare === 0) expect(r.late).toBe(0);
        if (p.action === 'admit') expect(r.rebooked).toBe(0);
      }),
      { numRuns: 40, seed: 20241204 },
    );
  });
});

describe('an electronic queue that opens during the run', () => {
  /** Scarce slots (30 a day for 60 trucks a day), opening on the 11th local day. */
  const opening = (equeue: boolean): ScenarioInput => ({
    calendar: { start: '2024-01-01T00:00+05:00', horizon: { days: 20 } },
    sides: [{ id: 'kz', utcOffset: '+05:00' }],
    equeues: equeue
      ? [{ id: 'eq', side: 'kz', perDay: 30, arrival: 'dayStart', opens: '2024-01-11T00:00' }]
      : [],
    stations: [{ id: 'gate', lanes: 'infinite', service: { deterministic: { minutes: 30 } } }],
    classes: [
      {
        id: 'truck',
        ...(equeue ? { equeue: 'eq' } : {}),
        arrivals: { rate: { perDay: 60 } },
        route: ['gate'],
      },
    ],
    daily: { side: 'kz' },
  });

  it('leaves the days before it as without an e-queue, and books every arrival from then on', () => {
    for (const seed of [1, 2, 3]) {
      const withQueue = runBorderReplication(validateScenario(opening(true)), { seed, replication: 0 });
      const without = runBorderReplication(validateScenario(opening(false)), { seed, replication: 0 });
      const a = withQueue.daily!.byClass.truck!;
      const b = without.daily!.byClass.truck!;
      // The same arrival stream in both runs (common random numbers): before day 10 the same
      // vehicles cross at the same times, so every daily figure matches exactly.
      for (let d = 0; d < 10; d++) {
        expect(a.exited[d], `day ${d}`).toBe(b.exited[d]);
        expect(a.crossingMinutes[d], `day ${d}`).toBe(b.crossingMinutes[d]);
      }
      // From the opening on, every truck books: the e-queue's bookings are the arrivals of days
      // 10 to 19 counted without it, and no truck arrived before then booked.
      const arrivalsAfterOpening = b.arrived.slice(10).reduce((sum, n) => sum + n, 0);
      expect(withQueue.equeues!.eq!.booked).toBe(arrivalsAfterOpening);
      expect(withQueue.daily!.equeues.eq!.booked.slice(0, 10).every((n) => n === 0)).toBe(true);
      // The slots bind (60 a day against 30), so the booked trucks wait: fewer clear in the
      // last days than without the e-queue.
      const exitedLate = (s: typeof a) => s.exited.slice(12).reduce((sum, n) => sum + n, 0);
      expect(exitedLate(a)).toBeLessThan(exitedLate(b));
    }
  });

  it('must open at or after the start, naming the field; after the horizon it never opens', () => {
    const input = opening(true);
    const at = (opens: string) => ({ ...input, equeues: [{ ...input.equeues![0]!, opens }] });
    expect(() => validateScenario(at('2023-12-31T00:00'))).toThrow(/equeues\[0\]\.opens/);
    const never = runBorderReplication(validateScenario(at('2024-02-11T00:00')), { seed: 1, replication: 0 });
    expect(never.equeues!.eq!.booked).toBe(0);
  });
});
