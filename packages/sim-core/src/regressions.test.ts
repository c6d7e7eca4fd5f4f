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

  it('EventCalendar rejects an initialCapacity below 1, and one of 1 grows and keeps the order', () => {
    // grow() doubles the capacity: from 0 it stays 0, writes to the Float64Arrays are silently
    // dropped and peekTime() returns undefined. So 0 is refused, and 1 (the smallest allowed) must
    // grow correctly. (This test used to accept either outcome, and so could not fail.)
    expect(() => new EventCalendar(0)).toThrow(
      new RangeError('initialCapacity must be an integer >= 1, got 0'),
    );
    const calendar = new EventCalendar(1);
    for (const time of [5, 3, 8, 1, 4]) calendar.push(time, 1, () => {});
    const popped: number[] = [];
    while (calendar.size > 0) {
      popped.push(calendar.peekTime());
      calendar.pop();
    }
    expect(popped).toEqual([1, 3, 4, 5, 8]);
  });

  it("setCapacity(…, 'preempt') from a process holding a unit refuses and leaves the resource unchanged", () => {
    // displace() used to remove the user, mark it preempted and count it, and only then interrupt
    // its process, which throws "cannot interrupt itself" when that process is the caller. The same
    // happens to a process whose preempting request would displace its own earlier request.
    // (This test used to check the state only `if` the call threw, and so could not fail.)
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, name: 'lane' });
    let thrown: unknown = null;
    sim.process(
      (function* () {
        const request = lane.request();
        yield request;
        try {
          lane.setCapacity(0, 'preempt');
        } catch (error) {
          thrown = error;
        }
      })(),
    );
    sim.run();
    expect(thrown).toEqual(new Error('lane: process cannot preempt its own unit'));
    expect(lane.capacity).toBe(1);
    expect(lane.busy).toBe(1);
    expect(lane.preempted).toBe(0);
    expect(lane.usersList.map((r) => r.status)).toEqual(['granted']);
  });
});
