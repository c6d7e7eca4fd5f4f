/**
 * The event calendar: a binary min-heap of pending entries keyed by
 * (time, priority, insertion order).
 *
 * Why this key: two entries at the same simulated time must run in an order that does not depend
 * on heap internals, or a model would not be reproducible. Lower `priority` runs first (URGENT
 * before NORMAL, as in SimPy); among equal priorities, the entry scheduled first runs first (FIFO).
 *
 * Why typed arrays: the heap is the hottest structure of the engine. Keeping times and tie-break
 * keys in `Float64Array`s keeps comparisons on unboxed doubles and lets sift operations move
 * numbers instead of allocating an entry object per event. The priority and the insertion counter
 * share one double: `(priority + 128) * 2^44 + seq`, exact because it stays below 2^53.
 *
 * Why items by slot: an item is written once, into a free slot of a plain array, and the heap
 * moves only the slot's number (an `Int32Array` beside the times and keys). When the heap moved
 * the items themselves, every level of a sift stored an object reference into an array that lives
 * in the old generation, and V8 runs its write barrier on each such store; moving an integer needs
 * none. The callback M/M/c bench ran 5–6% faster for it (docs/performance.md, twelfth session).
 *
 * Why two lanes beside the heap: most entries scheduled for the current instant are the engine's
 * own URGENT bookkeeping (a process starting) or NORMAL triggered events (a unit granted). They
 * are due now, so they need no sorting by time: FIFO rings hold them, and the heap only holds the
 * future. The order is still exactly (time, priority, insertion order): a heap entry due now with
 * the same priority as a lane entry was necessarily scheduled before the clock got here, so it
 * has the smaller insertion number and goes first.
 */

/** Something the calendar can hold: a callback, or an object that knows how to fire itself. */
export type CalendarItem = (() => void) | { _fire(): void };

const SEQ_SPAN = 2 ** 44;
const PRIORITY_OFFSET = 128;

/** A FIFO ring of entries due at the calendar's current time, with their insertion numbers. */
class Lane {
  items: (CalendarItem | undefined)[] = new Array(64);
  ids: number[] = new Array(64).fill(0);
  head = 0;
  size = 0;

  push(item: CalendarItem, id: number): void {
    if (this.size === this.items.length) this.grow();
    const k = (this.head + this.size++) & (this.items.length - 1);
    this.items[k] = item;
    this.ids[k] = id;
  }

  shift(): CalendarItem {
    const item = this.items[this.head]!;
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.size--;
    return item;
  }

  headId(): number {
    return this.ids[this.head]!;
  }

  clear(): void {
    this.items.fill(undefined);
    this.head = 0;
    this.size = 0;
  }

  private grow(): void {
    const n = this.items.length;
    const items: (CalendarItem | undefined)[] = new Array(n * 2);
    const ids: number[] = new Array(n * 2).fill(0);
    for (let k = 0; k < n; k++) {
      items[k] = this.items[(this.head + k) & (n - 1)];
      ids[k] = this.ids[(this.head + k) & (n - 1)]!;
    }
    this.items = items;
    this.ids = ids;
    this.head = 0;
  }
}

/**
 * The calendar of pending entries, ordered by (time, priority, insertion order); see the file
 * comment for why. Owned by a `Simulation`; models schedule through the simulation's methods.
 */
export class EventCalendar {
  private times: Float64Array;
  private keys: Float64Array;
  /** The heap's entries' slots in {@link items}, in heap order beside `times` and `keys`. */
  private slots: Int32Array;
  /** The heap's items by slot: written once when pushed, cleared when popped (see the class comment). */
  private items: (CalendarItem | undefined)[];
  /**
   * Free slots of `items`, a stack. Every slot is either in the heap or free, so the stack holds
   * `capacity − count` of them, `free[0 … capacity − count − 1]`: its height needs no field.
   */
  private free: Int32Array;
  private count = 0;
  private seq = 0;
  /** Time of the last entry popped: entries pushed for this time at priority 0 or 1 go to a lane. */
  private now = Number.NEGATIVE_INFINITY;
  private readonly urgent = new Lane();
  private readonly normal = new Lane();

  constructor(initialCapacity = 1024) {
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1) {
      throw new RangeError(`initialCapacity must be an integer >= 1, got ${initialCapacity}`);
    }
    this.times = new Float64Array(initialCapacity);
    this.keys = new Float64Array(initialCapacity);
    this.slots = new Int32Array(initialCapacity);
    this.items = new Array(initialCapacity);
    this.free = new Int32Array(initialCapacity);
    this.releaseAllSlots();
  }

  /** Number of entries waiting. */
  get size(): number {
    return this.count + this.urgent.size + this.normal.size;
  }

  /** Time of the next entry, or `Infinity` when the calendar is empty. */
  peekTime(): number {
    if (this.urgent.size + this.normal.size > 0) return this.now;
    return this.count > 0 ? this.times[0]! : Number.POSITIVE_INFINITY;
  }

  /** Where the next entry is: 0 the heap, 1 the URGENT lane, 2 the NORMAL lane (-1: empty). */
  private source(): number {
    const urgent = this.urgent.size;
    if (urgent + this.normal.size === 0) return this.count > 0 ? 0 : -1;
    if (this.count > 0 && this.times[0] === this.now) {
      // The heap's top is due now too: it goes first if its priority is at least as urgent as the
      // lane's (equal priority: it was scheduled earlier).
      const priority = Math.floor(this.keys[0]! / SEQ_SPAN) - PRIORITY_OFFSET;
      if (urgent > 0) return priority <= 0 ? 0 : 1;
      return priority <= 1 ? 0 : 2;
    }
    return urgent > 0 ? 1 : 2;
  }

  /**
   * Adds an entry and returns its insertion number, which identifies it for cancellation.
   * `priority` must be an integer in [-128, 127]; the caller (the simulation) has checked it.
   */
  push(time: number, priority: number, item: CalendarItem): number {
    if (time <= this.now) {
      if (time < this.now)
        throw new RangeError(`cannot schedule at ${time}, before the current time ${this.now}`);
      if (priority === 1) {
        const id = this.seq++;
        this.normal.push(item, id);
        return id;
      }
      if (priority === 0) {
        const id = this.seq++;
        this.urgent.push(item, id);
        return id;
      }
    }
    if (this.count === this.times.length) this.grow();
    const id = this.seq++;
    const key = (priority + PRIORITY_OFFSET) * SEQ_SPAN + id;
    const slot = this.free[this.times.length - 1 - this.count]!;
    this.items[slot] = item;
    const times = this.times;
    const keys = this.keys;
    const slots = this.slots;
    // Sift up with a hole: move parents down until the new entry's place is found.
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p]!;
      if (tp < time || (tp === time && keys[p]! < key)) break;
      times[i] = tp;
      keys[i] = keys[p]!;
      slots[i] = slots[p]!;
      i = p;
    }
    times[i] = time;
    keys[i] = key;
    slots[i] = slot;
    return id;
  }

  /** Insertion number of the next entry (valid only when `size > 0`). */
  peekId(): number {
    const source = this.source();
    if (source === 1) return this.urgent.headId();
    if (source === 2) return this.normal.headId();
    return this.keys[0]! % SEQ_SPAN;
  }

  /** Removes and returns the next entry. The caller reads its time with `peekTime()` first. */
  pop(): CalendarItem {
    const source = this.source();
    if (source === 1) return this.urgent.shift();
    if (source === 2) return this.normal.shift();
    return this.popHeap();
  }

  private popHeap(): CalendarItem {
    const slots = this.slots;
    this.now = this.times[0]!;
    const topSlot = slots[0]!;
    const top = this.items[topSlot]!;
    this.items[topSlot] = undefined; // let the fired item be collected
    this.free[this.times.length - this.count] = topSlot;
    const n = --this.count;
    if (n > 0) {
      const times = this.times;
      const keys = this.keys;
      const time = times[n]!;
      const key = keys[n]!;
      const slot = slots[n]!;
      // Sift down with a hole from the root.
      let i = 0;
      const half = n >> 1;
      while (i < half) {
        let c = 2 * i + 1;
        let tc = times[c]!;
        let kc = keys[c]!;
        const r = c + 1;
        if (r < n) {
          const tr = times[r]!;
          const kr = keys[r]!;
          if (tr < tc || (tr === tc && kr < kc)) {
            c = r;
            tc = tr;
            kc = kr;
          }
        }
        if (time < tc || (time === tc && key < kc)) break;
        times[i] = tc;
        keys[i] = kc;
        slots[i] = slots[c]!;
        i = c;
      }
      times[i] = time;
      keys[i] = key;
      slots[i] = slot;
    }
    return top;
  }

  /** The members of `ids` that are insertion numbers of entries still waiting (O(size)). */
  pendingAmong(ids: ReadonlySet<number>): Set<number> {
    const pending = new Set<number>();
    for (let i = 0; i < this.count; i++) {
      const id = this.keys[i]! % SEQ_SPAN;
      if (ids.has(id)) pending.add(id);
    }
    for (const lane of [this.urgent, this.normal]) {
      for (let k = 0; k < lane.size; k++) {
        const id = lane.ids[(lane.head + k) & (lane.items.length - 1)]!;
        if (ids.has(id)) pending.add(id);
      }
    }
    return pending;
  }

  /** Removes every entry. */
  clear(): void {
    this.items.fill(undefined);
    this.releaseAllSlots();
    this.count = 0;
    this.urgent.clear();
    this.normal.clear();
  }

  /** Every slot free (the heap is empty): the stack holds them so that slot 0 is taken first. */
  private releaseAllSlots(): void {
    const free = this.free;
    const n = free.length;
    for (let k = 0; k < n; k++) free[k] = n - 1 - k;
  }

  /** Doubles the capacity; called when the heap is full, so every slot is taken and none is free. */
  private grow(): void {
    const old = this.times.length;
    const capacity = old * 2;
    const times = new Float64Array(capacity);
    const keys = new Float64Array(capacity);
    const slots = new Int32Array(capacity);
    times.set(this.times);
    keys.set(this.keys);
    slots.set(this.slots);
    this.times = times;
    this.keys = keys;
    this.slots = slots;
    this.items.length = capacity;
    // The new slots old … capacity − 1, the lowest on top of the stack.
    const free = new Int32Array(capacity);
    for (let k = 0; k < old; k++) free[k] = capacity - 1 - k;
    this.free = free;
  }
}
