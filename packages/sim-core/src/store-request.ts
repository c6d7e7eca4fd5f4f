import { Event } from './event.js';
import type { Store } from './store.js';

/** Where a put or get on a store or container stands. */
export type TransferStatus = 'waiting' | 'done' | 'cancelled';

/**
 * A request to put one item into a {@link Store}. It is an event that succeeds (with no value)
 * once the item is in the store, or has been handed to a waiting getter.
 */
export class StorePut<T> extends Event<undefined> {
  /** The store asked. */
  readonly store: Store<T>;
  /** The item to put. */
  readonly item: T;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  /** When the put was made. */
  readonly requestedAt: number = 0;
  /** Where the put stands. */
  status: TransferStatus = 'waiting';

  constructor(store: Store<T>, item: T) {
    super(store.sim);
    this.store = store;
    this.item = item;
    this.requestedAt = store.sim.now;
  }

  /** Withdraws the put if it is still waiting; otherwise does nothing. */
  cancel(): void {
    this.store.cancel(this);
  }

  override describe(): string {
    return `put to ${this.store.name}`;
  }
}

/**
 * A request to take an item from a {@link Store}: the first item in store order, or the first that
 * `filter` accepts. It is an event that succeeds with the item.
 */
export class StoreGet<T> extends Event<T> {
  /** The store asked. */
  readonly store: Store<T>;
  /** Which items will do, or null for any. */
  readonly filter: ((item: T) => boolean) | null;
  /** When the get was made. */
  readonly requestedAt: number = 0;
  /** Where the get stands. */
  status: TransferStatus = 'waiting';

  constructor(store: Store<T>, filter: ((item: T) => boolean) | null) {
    super(store.sim);
    this.store = store;
    this.filter = filter;
    this.requestedAt = store.sim.now;
  }

  /** Withdraws the get if it is still waiting; otherwise does nothing. */
  cancel(): void {
    this.store.cancel(this);
  }

  override describe(): string {
    return `get from ${this.store.name}`;
  }
}
