import { checkNumber, checkOptions, describeValue } from './argument-checks.js';
import type { Simulation } from './simulation.js';
import { StoreGet, StorePut } from './store-request.js';

/** Options of a store. */
export interface StoreOptions {
  /** Most items held at once (integer >= 1 or Infinity, the default). */
  capacity?: number;
  /** A name for errors and descriptions. */
  name?: string;
}

/**
 * A buffer of objects, SimPy's `Store` and `FilterStore` in one: cars in a holding yard, documents
 * in a tray, trucks at a loading dock. `put(item)` waits for room; `get()` waits for an item and
 * takes the oldest; `get(filter)` takes the oldest item the filter accepts.
 *
 * Order, as in SimPy: puts are served first come first served (a put waits while earlier puts
 * wait). Waiting gets are offered each new item in the order they arrived; a get whose filter
 * accepts nothing present keeps waiting without holding up later gets whose filters match. So
 * at any moment no waiting get accepts any item in the store, which is why a new get may take a
 * matching item at once even while earlier, pickier gets wait.
 *
 * A put or get that can proceed at once is settled on the spot, as a granted resource request is:
 * no calendar round trip, and a process that yields it continues without suspending. Waiting
 * requests are triggered through the calendar, so their processes resume after the current code.
 * A process interrupted while waiting must `cancel()` its request, or it stays in line.
 *
 * The time-weighted mean number of items is kept as a running integral, like `Resource` does.
 */
export class Store<T> {
  readonly sim: Simulation;
  readonly name: string;
  /** Most items held at once. */
  readonly capacity: number;
  private readonly buffer: T[] = [];
  private readonly putters: StorePut<T>[] = [];
  private readonly getters: StoreGet<T>[] = [];
  /** Items put since the statistics were last reset. */
  puts = 0;
  /** Items taken since the statistics were last reset. */
  gets = 0;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private statsStart = 0;
  private lastChange = 0;
  private sizeArea = 0;
  private maxItems = 0;

  constructor(sim: Simulation, options: StoreOptions = {}) {
    checkOptions('new Store(sim, options)', options, ['capacity', 'name']);
    this.sim = sim;
    const name = options.name ?? 'store';
    if (typeof name !== 'string')
      throw new TypeError(`new Store: name must be a string, got ${describeValue(name)}`);
    this.name = name;
    const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
    checkNumber(`${this.name}: capacity`, capacity);
    if (!(capacity >= 1) || (Number.isFinite(capacity) && !Number.isInteger(capacity))) {
      throw new RangeError(`${this.name}: capacity must be an integer >= 1 or Infinity, got ${capacity}`);
    }
    this.capacity = capacity;
    this.statsStart = this.lastChange = sim.now;
  }

  /** The items held, oldest first: a live view, not a copy; do not modify it. */
  get items(): readonly T[] {
    return this.buffer;
  }

  /** Number of items held. */
  get size(): number {
    return this.buffer.length;
  }

  /** Puts waiting for room. */
  get putQueueLength(): number {
    return this.putters.length;
  }

  /** Gets waiting for an item. */
  get getQueueLength(): number {
    return this.getters.length;
  }

  /** Puts `item` in the store; the event succeeds once it is in (or handed to a waiting get). */
  put(item: T): StorePut<T> {
    const req = new StorePut(this, item);
    if (this.putters.length === 0 && this.buffer.length < this.capacity) {
      this.place(item);
      this.puts++;
      req.status = 'done';
      req._settle(true, undefined);
    } else {
      this.putters.push(req);
    }
    return req;
  }

  /** Takes the oldest item, or the oldest that `filter` accepts; the event succeeds with it. */
  get(filter?: (item: T) => boolean): StoreGet<T> {
    if (filter !== undefined && typeof filter !== 'function') {
      throw new TypeError(`${this.name}: get filter must be a function, got ${typeof filter}`);
    }
    const req = new StoreGet(this, filter ?? null);
    const i = this.firstMatch(req.filter);
    if (i < 0) {
      this.getters.push(req);
      return req;
    }
    this.accumulate();
    const item = this.buffer[i]!;
    removeAt(this.buffer, i);
    this.gets++;
    req.status = 'done';
    req._settle(true, item);
    this.admitPutters();
    return req;
  }

  /** Withdraws a waiting put or get (what `StorePut.cancel` and `StoreGet.cancel` call). */
  cancel(req: StorePut<T> | StoreGet<T>): void {
    if (req?.store !== this) {
      if (!(req instanceof StorePut || req instanceof StoreGet)) {
        throw new TypeError(
          `${this.name}: cancel takes a put or get of this store, got ${describeValue(req)}`,
        );
      }
      throw new Error(`${this.name}: cancel of a request made to ${req.store.name}`);
    }
    if (req.status !== 'waiting') return;
    req.status = 'cancelled';
    // A put that waited behind the cancelled one cannot fit either: every put is one item and
    // puts wait only while the store is full, so nobody is admitted here.
    const list: (StorePut<T> | StoreGet<T>)[] = req instanceof StorePut ? this.putters : this.getters;
    removeAt(list, list.indexOf(req));
  }

  /** Time-weighted mean number of items since the last reset. */
  meanSize(): number {
    this.accumulate();
    const span = this.sim.now - this.statsStart;
    return span > 0 ? this.sizeArea / span : this.buffer.length;
  }

  /** Most items held at once since the last reset. */
  get maxSize(): number {
    return this.maxItems;
  }

  /** Restarts the statistics now (end of a warm-up period); the contents are kept. */
  resetStats(): void {
    this.statsStart = this.lastChange = this.sim.now;
    this.sizeArea = 0;
    this.maxItems = this.buffer.length;
    this.puts = this.gets = 0;
  }

  /** Hands `item` to the first waiting get that accepts it, or else stores it. Room was checked. */
  private place(item: T): void {
    const getters = this.getters;
    for (let i = 0; i < getters.length; i++) {
      const getter = getters[i]!;
      if (getter.filter === null || getter.filter(item)) {
        removeAt(getters, i);
        this.gets++;
        getter.status = 'done';
        getter.succeed(item);
        return;
      }
    }
    this.accumulate();
    this.buffer.push(item);
    if (this.buffer.length > this.maxItems) this.maxItems = this.buffer.length;
  }

  /** Lets waiting puts in, first come first served, while there is room. */
  private admitPutters(): void {
    const putters = this.putters;
    while (putters.length > 0 && this.buffer.length < this.capacity) {
      const req = putters.shift()!;
      this.place(req.item);
      this.puts++;
      req.status = 'done';
      req.succeed(undefined);
    }
  }

  private firstMatch(filter: ((item: T) => boolean) | null): number {
    const buffer = this.buffer;
    if (filter === null) return buffer.length > 0 ? 0 : -1;
    for (let i = 0; i < buffer.length; i++) if (filter(buffer[i]!)) return i;
    return -1;
  }

  private accumulate(): void {
    const now = this.sim.now;
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.sizeArea += this.buffer.length * dt;
      this.lastChange = now;
    }
  }
}

/** Removes `list[i]` in place, keeping the order; unlike `splice`, allocates no result array. */
function removeAt<E>(list: E[], i: number): void {
  if (i === 0) {
    list.shift();
    return;
  }
  const last = list.length - 1;
  for (let j = i; j < last; j++) list[j] = list[j + 1]!;
  list.pop();
}
