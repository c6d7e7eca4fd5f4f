import { describe, expect, it } from 'vitest';
import { EventCalendar } from './calendar.js';
import { Resource } from './resource.js';
import { Simulation } from './simulation.js';

// Defects found in the engine core while building Store, Container and Schedule on it, and fixed:
// each test states the correct behaviour so that they stay fixed.
describe('engine core regressions', () => {
  it('Resource.request rejects a bad patience without leaving the request queued', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    lane.request();
    expect(() => lane.request({ patience: -1 })).toThrow(/patience must be >= 0/);
    // The request is pushed before patience is checked: a zombie stays in line and will be
    // granted a unit that nobody ever releases.
    expect(lane.queueLength).toBe(0);
  });

  it('Resource.setCapacity rejects an unknown rule without changing the capacity', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 3 });
    expect(() => lane.setCapacity(1, 'drain' as never)).toThrow(/capacity rule/);
    expect(lane.capacity).toBe(3); // the capacity is assigned before the rule is checked
  });

  it('run({ until: event }) does not stop a later run when that event fires', () => {
    const sim = new Simulation();
    const never = sim.event();
    sim.run({ until: never }); // the calendar empties first; the stop callback stays on `never`
    let later = 0;
    sim.schedule(1, () => never.succeed());
    sim.schedule(2, () => later++);
    sim.run();
    expect(later).toBe(1); // the leftover callback stops this run at t = 1
  });

  it('run({ until: process }) reports the failure of that process', () => {
    const sim = new Simulation();
    const p = sim.process(
      (function* () {
        yield 1;
        throw new Error('boom');
      })(),
    );
    // The stop callback counts as a waiter, so the failure is neither thrown nor defused: it
    // vanishes. SimPy's run(until=event) raises the event's exception.
    expect(() => sim.run({ until: p })).toThrow('boom');
  });

  it('a preempting request does not overtake a waiting request of better priority', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, preemptive: true });
    const order: string[] = [];
    const user = (name: string, at: number, priority: number, preempt: boolean) =>
      sim.process(
        (function* () {
          yield at;
          const req = lane.request({ priority, preempt });
          try {
            yield req;
            order.push(name);
            yield 5;
            lane.release(req);
          } catch {
            order.push(`${name} preempted`);
          }
        })(),
      );
    user('low', 0, 5, false);
    user('waiting vip', 1, 0, false);
    user('preempter', 2, 1, true);
    sim.run();
    expect(order).toEqual(['low', 'waiting vip', 'preempter']);
  });

  it('Event.succeed and fail reject a priority outside the calendar range', () => {
    // The calendar packs (priority + 128)·2^44 + seq into one double, exact only below 2^53: at
    // priority 600 two same-time events would run in reverse. Events now check, as schedule does.
    const sim = new Simulation();
    expect(() => sim.event().succeed(undefined, 600)).toThrow(
      /priority must be an integer in \[-128, 127\], got 600/,
    );
    expect(() => sim.event().fail(new Error('x'), -129)).toThrow(RangeError);
  });

  it('cancelling entries that already ran does not grow the cancelled set without bound', () => {
    const sim = new Simulation();
    for (let i = 0; i < 10_000; i++) {
      const id = sim.schedule(1, () => {});
      sim.run();
      sim.cancel(id); // already ran: a no-op that must not accumulate
    }
    const pending = sim.schedule(1, () => {
      throw new Error('cancelled entry ran');
    });
    sim.cancel(pending);
    sim.run();
    expect((sim as unknown as { cancelled: Set<number> }).cancelled.size).toBeLessThan(100);
  });

  it('EventCalendar with initialCapacity 0 either rejects it or works', () => {
    // grow() doubles the capacity: 0·2 = 0, so writes to the Float64Arrays are silently dropped
    // and peekTime() returns undefined. Only direct users of the calendar are affected
    // (Simulation uses the default 1024).
    let calendar: EventCalendar;
    try {
      calendar = new EventCalendar(0);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      return;
    }
    calendar.push(5, 1, () => {});
    calendar.push(3, 1, () => {});
    expect(calendar.peekTime()).toBe(3); // actual: undefined
  });

  it("setCapacity(…, 'preempt') from a process holding a unit leaves the resource unchanged if it throws", () => {
    // displace() removes the user, marks it preempted and counts it, and only then interrupts its
    // process, which throws "cannot interrupt itself" when that process is the caller. The same
    // happens to a process whose preempting request would displace its own earlier request.
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    let thrown = false;
    sim.process(
      (function* () {
        const request = lane.request();
        yield request;
        try {
          lane.setCapacity(0, 'preempt');
        } catch {
          thrown = true;
        }
      })(),
    );
    sim.run();
    if (thrown) {
      expect(lane.capacity).toBe(1); // actual: 0
      expect(lane.busy).toBe(1); // actual: 0, the unit is gone and the request says 'preempted'
      expect(lane.preempted).toBe(0); // actual: 1
    }
  });
});
