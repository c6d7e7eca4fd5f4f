/**
 * The waiting line of a resource: requests ordered by (priority, arrival order), lower priority
 * value first. With one priority for everyone this is plain FIFO.
 *
 * Why a heap with lazy deletion: reneging and cancelling remove requests from the middle of the
 * line, which in an array costs O(n). Here a withdrawn request is only marked, and skipped when it
 * reaches the front; `length` counts live requests only, so balking decisions stay exact.
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
  private heap: T[] = [];
  private live = 0;

  /** Number of requests waiting (withdrawn ones excluded). */
  get length(): number {
    return this.live;
  }

  push(item: T): void {
    item._queued = true;
    this.live++;
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

  /** The first live request, without removing it. */
  peek(): T | undefined {
    this.dropWithdrawn();
    return this.heap[0];
  }

  /** Removes and returns the first live request. */
  shift(): T | undefined {
    this.dropWithdrawn();
    const top = this.heap[0];
    if (top === undefined) return undefined;
    this.removeTop();
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
    return this.heap.filter((item) => item._queued).sort((a, b) => (before(a, b) ? -1 : 1));
  }

  private dropWithdrawn(): void {
    const heap = this.heap;
    while (heap.length > 0 && !heap[0]!._queued) this.removeTop();
  }

  private removeTop(): void {
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
