import { describe, expect, it } from 'vitest';
import { Resource } from './resource.js';
import { Simulation } from './simulation.js';

describe('Resource.seize and release()', () => {
  it('shares the line and the capacity with requests, first come first served', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    expect(lane.seize(() => {})).toBe(true); // free: taken on the spot
    const req = lane.request(); // queued first
    req.addCallback(() => log.push(`request @${sim.now}`));
    expect(lane.seize(() => log.push(`seize @${sim.now}`))).toBe(false); // queued second
    expect(lane.queueLength).toBe(2);
    sim.schedule(1, () => lane.release()); // the first seized unit
    sim.schedule(2, () => lane.release(req));
    sim.run();
    expect(log).toEqual(['request @1', 'seize @2']);
    expect(lane.busy).toBe(1);
  });

  it('lets a process yield the resource itself and release it without a request', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    const car = (name: string) =>
      sim.process(function* () {
        yield lane;
        log.push(`${name} in @${sim.now}`);
        yield 3;
        lane.release();
      });
    car('a');
    car('b');
    sim.run();
    expect(log).toEqual(['a in @0', 'b in @3']);
    expect(lane.busy).toBe(0);
    expect(lane.utilisation()).toBe(1);
  });

  it('an interrupted process leaves the line, and gives back a unit granted but not yet seen', () => {
    for (const when of ['waiting', 'granted'] as const) {
      const sim = new Simulation();
      const lane = new Resource(sim, { capacity: 1 });
      const log: string[] = [];
      const waiter = (name: string) =>
        sim.process(function* () {
          try {
            yield lane;
            log.push(`${name} got it @${sim.now}`);
            lane.release();
          } catch {
            log.push(`${name} interrupted @${sim.now}`);
          }
        });
      sim.process(function* holder() {
        yield lane;
        yield 5;
        lane.release(); // grants to a: its wake-up goes on the calendar...
        if (when === 'granted') a.interrupt('go'); // ...but the interrupt is delivered first
      });
      const a = waiter('a');
      waiter('b');
      if (when === 'waiting') sim.schedule(1, () => a.interrupt('go'));
      sim.run();
      expect(log).toEqual([when === 'waiting' ? 'a interrupted @1' : 'a interrupted @5', 'b got it @5']);
      expect(lane.busy).toBe(0);
      expect(lane.queueLength).toBe(0);
    }
  });

  it('refuses release() when nothing was seized', () => {
    const sim = new Simulation();
    expect(() => new Resource(sim, { name: 'gate' }).release()).toThrow(
      'gate: release() without a request, but no unit was seized',
    );
  });
});
