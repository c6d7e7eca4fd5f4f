/**
 * The waiting line of a resource: requests ordered by (priority, arrival order), lower priority
 * value first.
 *
 * Two representations, because most lines are plain FIFO: while every waiting request has the
 * same priority the line is a ring buffer (O(1), no comparisons); the first request of another
 * priority turns it into a binary heap (the ring, already in order, is a valid heap), and an
 * empty line goes back to the ring.
 *
 * Why lazy deletion: reneging and cancelling remove requests from the middle of the line, which
 * in an array costs O(n). Here a withdrawn request is only marked, and skipped when it reaches the
 * front; `length` counts live requests only, so balking decisions stay exact.
 */
export interface Queued {
  /** Lower is served first. */
  readonly priority: number;
  /** Arrival order among requests of the same resource. */
  readonly order: number;
  /** @internal True while the request waits in the line. */
  _queued: boolean;
}

export class RequestQueue<T extends Queued> {
  private live = 0;
  private fifo = true;
  /** The priority of every entry of the ring. */
  private ringPriority = 0;
  private ring: (T | undefined)[] = new Array(16);
  private head = 0;
  private size = 0;
  private heap: T[] = [];

  /** Number of requests waiting (withdrawn ones excluded). */
  get length(): number {
    return this.live;
  }

  push(item: T): void {
    item._queued = true;
    this.live++;
    if (this.fifo) {
      if (this.size === 0) this.ringPriority = item.priority;
      if (item.priority === this.ringPriority) {
        if (this.size === this.ring.length) this.growRing();
        this.ring[(this.head + this.size++) & (this.ring.length - 1)] = item;
        return;
      }
      this.ringToHeap();
    }
    this.heapPush(item);
  }

  /** The first live request, without removing it. */
  peek(): T | undefined {
    this.dropWithdrawn();
    return this.fifo ? (this.size > 0 ? this.ring[this.head] : undefined) : this.heap[0];
  }

  /** Removes and returns the first live request. */
  shift(): T | undefined {
    this.dropWithdrawn();
    let top: T | undefined;
    if (this.fifo) {
      if (this.size === 0) return undefined;
      top = this.ring[this.head]!;
      this.ring[this.head] = undefined;
      this.head = (this.head + 1) & (this.ring.length - 1);
      this.size--;
    } else {
      top = this.heap[0];
      if (top === undefined) return undefined;
      this.removeHeapTop();
      if (this.heap.length === 0) this.fifo = true;
    }
    top._queued = false;
    this.live--;
    return top;
  }

  /** Withdraws a waiting request (it will be skipped). Returns false if it was not waiting. */
  withdraw(item: T): boolean {
    if (!item._queued) return false;
    item._queued = false;
    this.live--;
    return true;
  }

  /** Live requests in service order (a copy; for inspection and tests, not for hot paths). */
  toArray(): T[] {
    const all: T[] = [];
    if (this.fifo)
      for (let k = 0; k < this.size; k++) all.push(this.ring[(this.head + k) & (this.ring.length - 1)]!);
    else all.push(...this.heap);
    return all.filter((item) => item._queued).sort((a, b) => (before(a, b) ? -1 : 1));
  }

  private dropWithdrawn(): void {
    if (this.fifo) {
      while (this.size > 0 && !this.ring[this.head]!._queued) {
        this.ring[this.head] = undefined;
        this.head = (this.head + 1) & (this.ring.length - 1);
        this.size--;
      }
    } else {
      const heap = this.heap;
      while (heap.length > 0 && !heap[0]!._queued) this.removeHeapTop();
      if (heap.length === 0) this.fifo = true;
    }
  }

  private growRing(): void {
    const old = this.ring;
    const n = old.length;
    const grown: (T | undefined)[] = new Array(n * 2);
    for (let k = 0; k < this.size; k++) grown[k] = old[(this.head + k) & (n - 1)];
    this.ring = grown;
    this.head = 0;
  }

  private ringToHeap(): void {
    this.fifo = false;
    const n = this.ring.length;
    for (let k = 0; k < this.size; k++) {
      const item = this.ring[(this.head + k) & (n - 1)]!;
      if (item._queued) this.heap.push(item); // in service order already: a valid heap
    }
    this.ring.fill(undefined);
    this.head = 0;
    this.size = 0;
  }

  private heapPush(item: T): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = heap[p]!;
      if (before(parent, item)) break;
      heap[i] = parent;
      i = p;
    }
    heap[i] = item;
  }

  private removeHeapTop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    const n = heap.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && before(heap[r]!, heap[c]!)) c = r;
      if (before(last, heap[c]!)) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
  }
}

function before(a: Queued, b: Queued): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.order < b.order);
}
