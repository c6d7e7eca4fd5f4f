import { describe, expect, it } from 'vitest';
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
});
