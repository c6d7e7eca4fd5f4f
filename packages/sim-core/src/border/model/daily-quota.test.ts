import { describe, expect, it } from 'vitest';
import { Simulation } from '../../simulation.js';
import { DailyQuota } from './daily-quota.js';
import { LocalClock } from './local-clock.js';

describe('DailyQuota', () => {
  it('hands out a day’s tokens first come first served and queues the rest for the next reset', () => {
    const sim = new Simulation();
    const clock = new LocalClock(Date.UTC(2024, 0, 1), [{ from: 0, offset: 0 }]);
    const quota = new DailyQuota({ sim, perDay: 3, clock, resetAt: 0 }); // 3 a day, reset at local midnight
    const granted: [string, number][] = [];
    const ask = (name: string, amount: number) =>
      sim.process(function* () {
        yield quota.take(amount);
        granted.push([name, sim.now]);
      });
    sim.schedule(60, () => {
      for (const name of ['a', 'b', 'c', 'd', 'e']) ask(name, 1);
      ask('big', 5); // more than a day's quota: takes a whole day's tokens
      ask('f', 1);
    });
    sim.run({ until: 5 * 1440 });
    expect(granted).toEqual([
      ['a', 60],
      ['b', 60],
      ['c', 60],
      ['d', 1440],
      ['e', 1440],
      ['big', 2880],
      ['f', 4320],
    ]);
    expect(quota.queueLength).toBe(0);
  });

  it('applies a new daily amount from the next reset', () => {
    const sim = new Simulation();
    const clock = new LocalClock(Date.UTC(2024, 0, 1), [{ from: 0, offset: 0 }]);
    const quota = new DailyQuota({ sim, perDay: 1, clock, resetAt: 0 });
    let served = 0;
    sim.schedule(10, () => {
      quota.setCapacity(4);
      for (let i = 0; i < 6; i++)
        sim.process(function* () {
          yield quota.take(1);
          served++;
        });
    });
    sim.run({ until: 1439 });
    expect(served).toBe(1); // today's single token
    sim.run({ until: 1441 });
    expect(served).toBe(5); // four more after the reset
  });
});
