import { describe, expect, it } from 'vitest';
import { applySchedule } from './apply-schedule.js';
import { Interrupt } from './interrupt.js';
import type { Preempted } from './request.js';
import { type CapacityRule, Resource } from './resource.js';
import { Schedule } from './schedule.js';
import { Simulation } from './simulation.js';

const DAY = 1440;

/** A small seeded generator (Park-Miller), so the test depends on nothing but the engine. */
function uniform(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

interface Car {
  readonly id: number;
  readonly service: number;
  /** Service periods [start, end): one, or several when preempted. */
  readonly segments: [number, number][];
  /** Busy units and capacity just after each grant. */
  readonly grants: { busy: number; capacity: number }[];
  preemptions: number;
}

/**
 * A checkpoint lane open 08:00-12:00 with two booths and 13:00-17:00 with one. Cars arrive for a
 * day and a half; each needs 20 to 80 minutes of service. Under 'preempt', a car that loses its
 * booth re-queues for the service it still needs, with its arrival number as priority so that it
 * keeps its place in line: the pattern the docs recommend.
 */
function runCheckpoint(rule: CapacityRule) {
  const sim = new Simulation();
  const lane = new Resource(sim, { name: 'lane', capacity: 0 });
  const schedule = new Schedule({
    daily: [
      { from: '08:00', to: '12:00', capacity: 2 },
      { from: '13:00', to: '17:00', capacity: 1 },
    ],
  });
  applySchedule(sim, lane, schedule, rule);
  const random = uniform(20240301);
  const cars: Car[] = [];

  function* car(c: Car) {
    let remaining = c.service;
    while (remaining > 0) {
      const req = lane.request({ priority: c.id });
      yield req;
      c.grants.push({ busy: lane.busy, capacity: lane.capacity });
      const segment: [number, number] = [sim.now, Number.NaN];
      c.segments.push(segment);
      try {
        yield remaining;
        remaining = 0;
        lane.release(req);
      } catch (error) {
        if (!(error instanceof Interrupt)) throw error;
        const cause = error.cause as Preempted;
        remaining -= sim.now - cause.usageSince; // <= 0 would mean it was done anyway
        c.preemptions++;
      }
      segment[1] = sim.now;
    }
  }

  sim.process(
    (function* () {
      for (let id = 0; id < 40; id++) {
        yield random() * 60;
        const c: Car = { id, service: 20 + random() * 60, segments: [], grants: [], preemptions: 0 };
        cars.push(c);
        sim.process(car(c));
      }
    })(),
  );
  sim.run({ until: 10 * DAY });
  return { schedule, cars, lane };
}

describe('applySchedule', () => {
  it("'finish': no service starts while closed; services under way at closing run to their end", () => {
    const { schedule, cars, lane } = runCheckpoint('finish');
    expect(cars).toHaveLength(40);
    let crossedClosing = 0;
    for (const c of cars) {
      expect(c.segments).toHaveLength(1); // never interrupted
      const [start, end] = c.segments[0]!;
      expect(end - start).toBeCloseTo(c.service, 9); // completed
      expect(schedule.capacityAt(start)).toBeGreaterThan(0);
      expect(c.grants[0]!.busy).toBeLessThanOrEqual(schedule.capacityAt(start));
      if (end > schedule.nextChange(start)) crossedClosing++;
    }
    expect(crossedClosing).toBeGreaterThan(0);
    expect(lane.preempted).toBe(0);
  });

  it("'preempt': service happens only while open, and an interrupted car resumes its remaining service at reopening", () => {
    const { schedule, cars, lane } = runCheckpoint('preempt');
    expect(cars).toHaveLength(40);
    for (const c of cars) {
      let served = 0;
      for (const [start, end] of c.segments) {
        expect(schedule.capacityAt(start)).toBeGreaterThan(0);
        // Every change after an opening is a closing in this schedule, so this keeps the
        // segment inside one open period.
        expect(end).toBeLessThanOrEqual(schedule.nextChange(start));
        served += end - start;
      }
      for (const g of c.grants) expect(g.busy).toBeLessThanOrEqual(g.capacity);
      expect(served).toBeCloseTo(c.service, 9); // the remaining service was carried over
    }
    const preempted = cars.filter((c) => c.preemptions > 0);
    expect(preempted.length).toBeGreaterThan(0);
    expect(lane.preempted).toBe(preempted.reduce((n, c) => n + c.preemptions, 0));
    // At each closing, the car of lowest arrival number among those cut off is first in line at
    // the next opening: it resumes at that instant.
    const cutAt = new Map<number, Car>();
    for (const c of preempted) {
      for (let i = 0; i + 1 < c.segments.length; i++) {
        const closing = c.segments[i]![1];
        const first = cutAt.get(closing);
        if (first === undefined || c.id < first.id) cutAt.set(closing, c);
      }
    }
    for (const [closing, c] of cutAt) {
      const i = c.segments.findIndex((s) => s[1] === closing);
      expect(c.segments[i + 1]![0]).toBe(schedule.nextChange(closing));
    }
  });

  it('sets the capacity at once, follows each change, and stop() freezes it', () => {
    const sim = new Simulation();
    const booths = new Resource(sim, { capacity: 7 });
    const schedule = new Schedule({
      daily: [
        { from: 0, to: 6, capacity: 1 },
        { from: 6, to: 24, capacity: 3 },
      ],
    });
    const applied = applySchedule(sim, booths, schedule);
    expect(booths.capacity).toBe(1);
    expect(applied.nextChangeAt).toBe(360);
    sim.run({ until: 400 });
    expect(booths.capacity).toBe(3);
    expect(applied.nextChangeAt).toBe(DAY);
    applied.stop();
    sim.run({ until: 2 * DAY });
    expect(booths.capacity).toBe(3);
    expect(() => applySchedule(sim, booths, schedule, 'drain' as CapacityRule)).toThrow(
      /rule must be 'finish' or 'preempt', got drain/,
    );
  });
});
