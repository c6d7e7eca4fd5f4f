import { describe, expect, it } from 'vitest';
import type { Interrupt } from './interrupt.js';
import type { Preempted, Request } from './request.js';
import { Resource } from './resource.js';
import { Simulation } from './simulation.js';

/** A customer that arrives at `at`, asks for the resource, holds it for `service`, and logs. */
function customer(
  sim: Simulation,
  res: Resource,
  log: string[],
  name: string,
  at: number,
  service: number,
  options: Parameters<Resource['request']>[0] = {},
) {
  sim.process(
    (function* () {
      yield at;
      const req = res.request(options);
      try {
        const granted: boolean = yield req;
        if (!granted) {
          log.push(`${name} left (${req.status}) @${sim.now}`);
          return;
        }
        log.push(`${name} in @${sim.now}`);
        yield service;
        log.push(`${name} out @${sim.now}`);
        res.release(req);
      } catch (error) {
        const cause = (error as Interrupt).cause as Preempted;
        log.push(`${name} preempted @${sim.now} after ${sim.now - cause.usageSince}`);
      }
    })(),
    name,
  );
}

describe('Resource', () => {
  it('serves first come, first served within capacity', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2 });
    const log: string[] = [];
    customer(sim, res, log, 'a', 0, 5);
    customer(sim, res, log, 'b', 1, 5);
    customer(sim, res, log, 'c', 2, 1);
    sim.run();
    // b and c both finish at 6: b's hold was scheduled first, so it runs first.
    expect(log).toEqual(['a in @0', 'b in @1', 'a out @5', 'c in @5', 'b out @6', 'c out @6']);
  });

  it('serves waiting requests by priority, lower first', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    customer(sim, res, log, 'holder', 0, 10);
    customer(sim, res, log, 'low', 1, 1, { priority: 5 });
    customer(sim, res, log, 'high', 2, 1, { priority: 1 });
    sim.run();
    expect(log.filter((l) => l.includes(' in '))).toEqual(['holder in @0', 'high in @10', 'low in @11']);
  });

  it('balks when the line is full and reneges when patience runs out', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1, queueLimit: 1 });
    const log: string[] = [];
    customer(sim, res, log, 'a', 0, 10);
    customer(sim, res, log, 'b', 1, 1, { patience: 3 });
    customer(sim, res, log, 'c', 2, 1);
    sim.run();
    expect(log).toEqual(['a in @0', 'c left (balked) @2', 'b left (reneged) @4', 'a out @10']);
    expect(res.balked).toBe(1);
    expect(res.reneged).toBe(1);
  });

  it('preempts the lowest-priority, most recent user for a preempting request', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1, preemptive: true });
    const log: string[] = [];
    customer(sim, res, log, 'low', 0, 10, { priority: 2 });
    customer(sim, res, log, 'vip', 4, 1, { priority: 0, preempt: true });
    sim.run();
    expect(log).toEqual(['low in @0', 'vip in @4', 'low preempted @4 after 4', 'vip out @5']);
    expect(res.preempted).toBe(1);
  });

  it("lets users finish when capacity drops under the 'finish' rule", () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2 });
    const log: string[] = [];
    customer(sim, res, log, 'a', 0, 4);
    customer(sim, res, log, 'b', 0, 4);
    customer(sim, res, log, 'c', 1, 1);
    sim.schedule(2, () => res.setCapacity(0));
    sim.schedule(6, () => res.setCapacity(1));
    sim.run();
    expect(log).toEqual(['a in @0', 'b in @0', 'a out @4', 'b out @4', 'c in @6', 'c out @7']);
  });

  it("interrupts users when capacity drops under the 'preempt' rule", () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2 });
    const log: string[] = [];
    customer(sim, res, log, 'a', 0, 4);
    customer(sim, res, log, 'b', 1, 4);
    sim.schedule(2, () => res.setCapacity(1, 'preempt'));
    sim.run();
    expect(log).toEqual(['a in @0', 'b in @1', 'b preempted @2 after 1', 'a out @4']);
  });

  it('keeps time-weighted utilisation and queue length', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    customer(sim, res, log, 'a', 0, 4);
    customer(sim, res, log, 'b', 0, 4);
    sim.run({ until: 10 });
    // Busy 8 of 10 time units; one waiting during [0, 4).
    expect(res.utilisation()).toBeCloseTo(0.8, 12);
    expect(res.meanQueueLength()).toBeCloseTo(0.4, 12);
    expect(res.maxQueueLength).toBe(1);
  });

  it('works from callbacks: a queued request calls back when granted', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const grants: number[] = [];
    const first = res.request();
    expect(first.processed).toBe(true); // granted on the spot
    const second: Request = res.request();
    second.addCallback(() => grants.push(sim.now));
    sim.schedule(3, () => res.release(first));
    sim.run();
    expect(grants).toEqual([3]);
    expect(second.waited).toBe(3);
  });

  it('rejects bad options with the field, the value and what was expected', () => {
    const sim = new Simulation();
    expect(() => new Resource(sim, { capacity: -1, name: 'lanes' })).toThrow(
      'lanes: capacity must be an integer >= 0, got -1',
    );
    expect(() => new Resource(sim, { queueLimit: 1.5 })).toThrow(/queueLimit must be an integer/);
    expect(() => new Resource(sim).request({ preempt: true })).toThrow(/preemptive: true/);
  });
});
