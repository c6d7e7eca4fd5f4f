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

  it("under leftover 'lost' turns a vehicle away at once when the day's tokens are gone", () => {
    const sim = new Simulation();
    const clock = new LocalClock(Date.UTC(2024, 0, 1), [{ from: 0, offset: 0 }]);
    const quota = new DailyQuota({ sim, perDay: 2, clock, leftover: 'lost' });
    const outcomes: [number, boolean][] = [];
    const ask = () =>
      sim.process(function* () {
        const granted: boolean = yield quota.take(1);
        outcomes.push([sim.now, granted]);
      });
    for (const at of [10, 20, 30, 1500, 1510, 1520]) sim.schedule(at, ask);
    sim.run({ until: 3 * 1440 });
    expect(outcomes).toEqual([
      [10, true],
      [20, true],
      [30, false],
      [1500, true],
      [1510, true],
      [1520, false],
    ]);
    expect(quota.queueLength).toBe(0);
    expect(quota.used).toBe(4);
  });

  it('renews the tokens for whoever asks first at the reset instant, whatever the order of events', () => {
    const sim = new Simulation();
    const clock = new LocalClock(Date.UTC(2024, 0, 1), [{ from: 0, offset: 0 }]);
    let quota: DailyQuota | null = null;
    // Scheduled before the quota exists, so it runs before the quota's own renewal at 1440.
    sim.scheduleAt(1440, () => expect(quota!.available()).toBe(1), 0);
    quota = new DailyQuota({ sim, perDay: 1, clock, countedAt: 'serviceStart' });
    quota.consume(1);
    expect(quota.available()).toBe(0);
    sim.run({ until: 1441 });
    expect(quota.available()).toBe(1);
  });
});
