import { describe, expect, it } from 'vitest';
import { Simulation } from './simulation.js';
import { Store } from './store.js';

interface Car {
  id: number;
  make: string;
}

describe('Store', () => {
  it('get takes items oldest first, and a put or get that can proceed settles on the spot', () => {
    const sim = new Simulation();
    const store = new Store<string>(sim);
    const put = store.put('a');
    expect(put.processed).toBe(true);
    store.put('b');
    expect(store.items).toEqual(['a', 'b']);
    expect(store.size).toBe(2);
    const got = store.get();
    expect(got.processed).toBe(true);
    expect(got.value).toBe('a');
    expect(store.items).toEqual(['b']);
    expect(sim.calendar.size).toBe(0); // no calendar round trip
  });

  it('waiting getters are served first come first served as items arrive', () => {
    const sim = new Simulation();
    const store = new Store<number>(sim);
    const log: string[] = [];
    for (const name of ['g1', 'g2', 'g3']) {
      sim.process(
        (function* () {
          const item: number = yield store.get();
          log.push(`${name} got ${item} at ${sim.now}`);
        })(),
      );
    }
    sim.process(
      (function* () {
        yield 1;
        store.put(10);
        yield 1;
        store.put(20);
        store.put(30);
      })(),
    );
    sim.run();
    expect(log).toEqual(['g1 got 10 at 1', 'g2 got 20 at 2', 'g3 got 30 at 2']);
    expect(store.size).toBe(0);
  });

  it('put blocks while the store is full and waiting puts enter in order as room frees', () => {
    const sim = new Simulation();
    const store = new Store<string>(sim, { capacity: 2 });
    const log: string[] = [];
    for (const item of ['a', 'b', 'c', 'd']) {
      sim.process(
        (function* () {
          yield store.put(item);
          log.push(`${item} in at ${sim.now}`);
        })(),
      );
    }
    sim.process(
      (function* () {
        yield 5;
        expect(store.putQueueLength).toBe(2);
        log.push(`took ${(yield store.get()) as string}`);
        yield 1;
        log.push(`took ${(yield store.get()) as string}`);
      })(),
    );
    sim.run();
    expect(log).toEqual(['a in at 0', 'b in at 0', 'took a', 'c in at 5', 'took b', 'd in at 6']);
    expect(store.items).toEqual(['c', 'd']);
  });

  it('a filtered get takes the oldest matching item and does not hold up later gets', () => {
    const sim = new Simulation();
    const yard = new Store<Car>(sim);
    const log: string[] = [];
    const getter = (name: string, make: string | null) =>
      sim.process(
        (function* () {
          const car: Car = yield yard.get(make === null ? undefined : (c) => c.make === make);
          log.push(`${name} got ${car.make}#${car.id} at ${sim.now}`);
        })(),
      );
    yard.put({ id: 1, make: 'BYD' });
    yard.put({ id: 2, make: 'Geely' });
    yard.put({ id: 3, make: 'Geely' });
    getter('geely-truck', 'Geely'); // takes #2, the oldest Geely, not #1
    getter('chery-truck', 'Chery'); // nothing matches: waits
    getter('any-truck', null); // not held up by the waiting Chery truck: takes #1
    sim.process(
      (function* () {
        yield 3;
        yard.put({ id: 4, make: 'Chery' });
      })(),
    );
    sim.run();
    expect(log).toEqual([
      'geely-truck got Geely#2 at 0',
      'any-truck got BYD#1 at 0',
      'chery-truck got Chery#4 at 3',
    ]);
    expect(yard.items.map((c) => c.id)).toEqual([3]);
  });

  it('a new item goes to the earliest waiting get whose filter accepts it', () => {
    const sim = new Simulation();
    const store = new Store<number>(sim);
    const even = store.get((n) => n % 2 === 0);
    const big = store.get((n) => n > 10);
    const any = store.get();
    store.put(12); // accepted by `even` (first in line) and `big`: `even` wins
    store.put(13); // `big`
    store.put(5); // `any`
    sim.run();
    expect([even.value, big.value, any.value]).toEqual([12, 13, 5]);
    expect(store.size).toBe(0);
  });

  it('a full store with picky getters waiting admits puts and hands items over in a chain', () => {
    const sim = new Simulation();
    const store = new Store<string>(sim, { capacity: 1 });
    store.put('x');
    const wantsY = store.get((s) => s === 'y');
    const putY = store.put('y'); // full: waits, although a getter wants it (SimPy needs room too)
    const putZ = store.put('z');
    expect(putY.triggered).toBe(false);
    const gotX = store.get(); // frees the slot: y enters and goes straight to wantsY, then z enters
    sim.run();
    expect(gotX.value).toBe('x');
    expect(wantsY.value).toBe('y');
    expect(putY.ok && putZ.processed).toBe(true);
    expect(store.items).toEqual(['z']);
  });

  it('a cancelled get leaves the line and takes nothing', () => {
    const sim = new Simulation();
    const store = new Store<number>(sim);
    const first = store.get();
    const second = store.get();
    first.cancel();
    expect(first.status).toBe('cancelled');
    store.put(1);
    sim.run();
    expect(first.triggered).toBe(false);
    expect(second.value).toBe(1);
    expect(store.getQueueLength).toBe(0);
  });

  it('meanSize is the time-weighted mean number of items and resetStats restarts it', () => {
    const sim = new Simulation();
    const store = new Store<number>(sim);
    store.put(1); // size 1 over [0, 2)
    sim.schedule(2, () => store.put(2)); // size 2 over [2, 5)
    sim.schedule(5, () => store.get()); // size 1 over [5, 10)
    sim.run({ until: 10 });
    expect(store.meanSize()).toBeCloseTo((1 * 2 + 2 * 3 + 1 * 5) / 10, 12);
    expect(store.maxSize).toBe(2);
    expect([store.puts, store.gets]).toEqual([2, 1]);
    store.resetStats();
    sim.schedule(4, () => store.put(3)); // size 1 over [10, 14), 2 over [14, 20)
    sim.run({ until: 20 });
    expect(store.meanSize()).toBeCloseTo((1 * 4 + 2 * 6) / 10, 12);
    expect([store.puts, store.gets]).toEqual([1, 0]);
  });

  it('rejects a bad capacity and a filter that is not a function', () => {
    const sim = new Simulation();
    expect(() => new Store(sim, { capacity: 0, name: 'yard' })).toThrow(
      /yard: capacity must be an integer >= 1 or Infinity, got 0/,
    );
    expect(() => new Store(sim, { capacity: 2.5 })).toThrow(/got 2.5/);
    const store = new Store<number>(sim);
    expect(() => store.get(3 as never)).toThrow(TypeError);
  });
});
