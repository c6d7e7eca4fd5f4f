import { describe, expect, it } from 'vitest';
import { Container } from './container.js';
import { Simulation } from './simulation.js';

describe('Container', () => {
  it('starts at init, and a transfer that can proceed settles on the spot', () => {
    const sim = new Simulation();
    const tank = new Container(sim, { capacity: 100, init: 40 });
    const get = tank.get(15);
    expect(get.processed).toBe(true);
    expect(get.value).toBe(15);
    const put = tank.put(70);
    expect(put.processed).toBe(true);
    expect(tank.level).toBe(95);
    expect(sim.calendar.size).toBe(0);
  });

  it('a get waits until puts raise the level enough', () => {
    const sim = new Simulation();
    const quota = new Container(sim);
    const log: string[] = [];
    sim.process(
      (function* () {
        yield quota.get(5);
        log.push(`got 5 at ${sim.now}`);
      })(),
    );
    sim.schedule(1, () => quota.put(3));
    sim.schedule(2, () => quota.put(3));
    sim.run();
    expect(log).toEqual(['got 5 at 2']);
    expect(quota.level).toBe(1);
  });

  it('a large waiting get blocks smaller later gets, as in SimPy', () => {
    const sim = new Simulation();
    const fuel = new Container(sim, { init: 4 });
    const big = fuel.get(10);
    const small = fuel.get(1); // 4 are there, but the big get is ahead
    expect(small.triggered).toBe(false);
    sim.schedule(1, () => fuel.put(7)); // level 11: big takes 10, then small takes 1
    sim.run();
    expect(big.processed && small.processed).toBe(true);
    expect(fuel.level).toBe(0);
  });

  it('cancelling the blocking head lets the gets behind it through', () => {
    const sim = new Simulation();
    const fuel = new Container(sim, { init: 4 });
    const big = fuel.get(10);
    const small = fuel.get(3);
    big.cancel();
    expect(big.status).toBe('cancelled');
    sim.run();
    expect(small.value).toBe(3);
    expect(fuel.level).toBe(1);
  });

  it('puts wait for room first come first served, and gets and puts unblock each other', () => {
    const sim = new Simulation();
    const bay = new Container(sim, { capacity: 10, init: 8 });
    const p1 = bay.put(5);
    const p2 = bay.put(1); // would fit, but waits behind p1
    expect(p2.triggered).toBe(false);
    const g = bay.get(4); // level 4: p1 fits (9), then p2 (10)
    sim.run();
    expect(g.value).toBe(4);
    expect(p1.processed && p2.processed).toBe(true);
    expect(bay.level).toBe(10);
    expect([bay.totalPut, bay.totalGot]).toEqual([6, 4]);
  });

  it('meanLevel is time-weighted, with min and max, and resetStats restarts them', () => {
    const sim = new Simulation();
    const tank = new Container(sim, { init: 2 });
    sim.schedule(3, () => tank.put(4)); // 2 over [0, 3), 6 over [3, 4)
    sim.schedule(4, () => tank.get(5)); // 1 over [4, 10)
    sim.run({ until: 10 });
    expect(tank.meanLevel()).toBeCloseTo((2 * 3 + 6 * 1 + 1 * 6) / 10, 12);
    expect([tank.minLevel, tank.maxLevel]).toEqual([1, 6]);
    tank.resetStats();
    sim.run({ until: 15 });
    expect(tank.meanLevel()).toBe(1);
    expect([tank.minLevel, tank.maxLevel, tank.totalPut]).toEqual([1, 1, 0]);
  });

  it('rejects amounts that are not positive, finite and within capacity, and a bad init', () => {
    const sim = new Simulation();
    const tank = new Container(sim, { capacity: 50, name: 'tank' });
    expect(() => tank.get(0)).toThrow(
      /tank: get amount must be a finite number in \(0, capacity = 50\], got 0/,
    );
    expect(() => tank.put(-1)).toThrow(/put amount .* got -1/);
    expect(() => tank.put(Number.NaN)).toThrow(/got NaN/);
    expect(() => tank.get(60)).toThrow(/got 60/);
    expect(() => new Container(sim).put(Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
    expect(() => new Container(sim, { capacity: 5, init: 6 })).toThrow(/init must be .* got 6/);
    expect(() => new Container(sim, { capacity: 0 })).toThrow(/capacity must be > 0, got 0/);
  });
});
