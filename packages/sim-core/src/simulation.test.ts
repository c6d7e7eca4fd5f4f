import { describe, expect, it } from 'vitest';
import type { Interrupt } from './interrupt.js';
import { URGENT } from './priority.js';
import type { ProcessGenerator } from './process.js';
import { Simulation } from './simulation.js';

describe('Simulation', () => {
  it('runs same-time entries by priority, then in scheduling order', () => {
    const sim = new Simulation();
    const log: string[] = [];
    sim.schedule(1, () => log.push('b'));
    sim.schedule(1, () => log.push('c'));
    sim.schedule(1, () => log.push('a-urgent'), URGENT);
    sim.schedule(0.5, () => log.push('first'));
    sim.run();
    expect(log).toEqual(['first', 'a-urgent', 'b', 'c']);
    expect(sim.now).toBe(1);
  });

  it('run({ until }) runs entries strictly before until and leaves the clock there', () => {
    const sim = new Simulation();
    const log: number[] = [];
    for (const t of [1, 2, 3]) sim.scheduleAt(t, () => log.push(t));
    sim.run({ until: 2 });
    expect(log).toEqual([1]);
    expect(sim.now).toBe(2);
    sim.run({ until: 10 });
    expect(log).toEqual([1, 2, 3]);
    expect(sim.now).toBe(10);
  });

  it('cancel skips an entry and step() processes one entry at a time', () => {
    const sim = new Simulation();
    const log: number[] = [];
    const id = sim.schedule(1, () => log.push(1));
    sim.schedule(2, () => log.push(2));
    sim.cancel(id);
    expect(sim.step()).toBe(true);
    expect(log).toEqual([2]);
    expect(sim.step()).toBe(false);
    expect(sim.eventsProcessed).toBe(1);
  });

  it('stop() from inside the model ends run after the current entry', () => {
    const sim = new Simulation();
    let count = 0;
    const tick = () => {
      count++;
      if (count === 5) sim.stop();
      sim.schedule(1, tick);
    };
    sim.schedule(0, tick);
    sim.run();
    expect(count).toBe(5);
    expect(sim.now).toBe(4);
  });

  it('rejects negative delays and times in the past', () => {
    const sim = new Simulation({ start: 10 });
    expect(() => sim.schedule(-1, () => {})).toThrow(/delay must be a finite number >= 0, got -1/);
    expect(() => sim.scheduleAt(5, () => {})).toThrow(/>= now \(10\), got 5/);
    expect(() => sim.timeout(Number.NaN)).toThrow(/got NaN/);
    expect(() => sim.run({ until: 3 })).toThrow(/until must be >= now/);
  });
});

describe('Process', () => {
  it('holds by number or timeout and returns a value to those who wait', () => {
    const sim = new Simulation();
    const log: [string, number][] = [];
    function* child() {
      yield 2;
      log.push(['child done', sim.now]);
      return 42;
    }
    function* parent(): ProcessGenerator<void> {
      const value = yield sim.process(child());
      log.push([`parent got ${value}`, sim.now]);
      const v = yield sim.timeout(3, 'x');
      log.push([`timeout ${v}`, sim.now]);
    }
    sim.process(parent());
    sim.run();
    expect(log).toEqual([
      ['child done', 2],
      ['parent got 42', 2],
      ['timeout x', 5],
    ]);
  });

  it('an interrupt cuts a hold short and can be caught', () => {
    const sim = new Simulation();
    const log: [string, number][] = [];
    const worker = sim.process(
      (function* () {
        try {
          yield 10;
          log.push(['not reached', sim.now]);
        } catch (error) {
          log.push([`caught ${(error as Interrupt).cause}`, sim.now]);
          yield 1;
          log.push(['resumed', sim.now]);
        }
      })(),
    );
    sim.process(
      (function* () {
        yield 3;
        worker.interrupt('lane closed');
      })(),
    );
    sim.run();
    expect(log).toEqual([
      ['caught lane closed', 3],
      ['resumed', 4],
    ]);
    expect(sim.now).toBe(4); // the cancelled wake at t = 10 neither ran nor moved the clock
  });

  it('an uncaught failure stops the run with its error', () => {
    const sim = new Simulation();
    sim.process(
      (function* () {
        yield 1;
        throw new Error('boom');
      })(),
    );
    expect(() => sim.run()).toThrow('boom');
  });

  it('a failed event is thrown at the yield of the process waiting for it', () => {
    const sim = new Simulation();
    const ev = sim.event<number>();
    let caught: unknown;
    sim.process(
      (function* () {
        try {
          yield ev;
        } catch (error) {
          caught = error;
        }
      })(),
    );
    sim.schedule(1, () => ev.fail(new Error('no')));
    sim.run();
    expect((caught as Error).message).toBe('no');
  });

  it('anyOf triggers on the first event, allOf on the last', () => {
    const sim = new Simulation();
    const log: [string, number][] = [];
    sim.process(
      (function* () {
        const a = sim.timeout(2, 'a');
        const b = sim.timeout(5, 'b');
        const first: Map<unknown, unknown> = yield sim.anyOf([a, b]);
        log.push([`any ${[...first.values()].join()}`, sim.now]);
        const all: Map<unknown, unknown> = yield sim.allOf([a, b]);
        log.push([`all ${[...all.values()].join()}`, sim.now]);
      })(),
    );
    sim.run();
    expect(log).toEqual([
      ['any a', 2],
      ['all a,b', 5],
    ]);
  });

  it('traces typed records when a sink is set', () => {
    const records: string[] = [];
    const sim = new Simulation({ trace: (r) => records.push(`${r.kind}@${r.time}`) });
    sim.process(
      (function* () {
        yield 1;
      })(),
      'p',
    );
    sim.run();
    expect(records).toEqual(['fire@0', 'process-start@0', 'fire@1', 'process-end@1']);
  });
});
