/** How many replications the per-replication dots of a chart show at most. */
export const SAMPLE_SIZE = 1000;

/** The sampled replications and their values of the sampled metrics. */
export interface SampledValues {
  /** How many replications the run has: the sample is all of them when it is at most SAMPLE_SIZE. */
  readonly of: number;
  /** The sampled replication indices, ascending. */
  readonly replications: readonly number[];
  /** Per sampled metric, its value in each sampled replication (order of `replications`); NaN where absent. */
  readonly values: ReadonlyMap<string, readonly number[]>;
}

/** One kept replication: its key, its index and its values of the sampled metrics. */
interface Kept {
  readonly key: number;
  readonly replication: number;
  readonly values: Float64Array;
}

/**
 * A fixed-size sample of a run's replications, for the charts that draw one dot per replication:
 * memory is SAMPLE_SIZE × the sampled metrics, whatever the number of replications.
 *
 * The sample is the `size` replications with the smallest keys, a key being a hash of the run's
 * seed and the replication's index (a bottom-k sample, ties broken by index). So it depends only
 * on the seed and on which replications the run has, never on the order they arrive in, the
 * number of workers or a resume; a run of at most `size` replications keeps them all, and its
 * chart is what it was before sampling. The hash is uniform enough for a sample of indices: it
 * need not be the simulation's random streams.
 */
export class ReplicationSample {
  private readonly seedHash: number;
  /** A max-heap on (key, replication): the root is the first to leave when a smaller key comes. */
  private readonly heap: Kept[] = [];
  private count = 0;

  constructor(
    seed: number | string,
    private readonly metrics: readonly string[],
    private readonly size: number = SAMPLE_SIZE,
  ) {
    this.seedHash = fnv1a(String(seed));
  }

  /** Offers one replication's metrics; the values are copied only if it is kept. */
  add(replication: number, metrics: Readonly<Record<string, number>>): void {
    this.count++;
    if (this.size <= 0) return;
    const key = sampleKey(this.seedHash, replication);
    const heap = this.heap;
    if (heap.length === this.size && !before(key, replication, heap[0]!)) return;
    const values = new Float64Array(this.metrics.length);
    for (let k = 0; k < this.metrics.length; k++) values[k] = metrics[this.metrics[k]!] ?? Number.NaN;
    const kept = { key, replication, values };
    if (heap.length < this.size) {
      heap.push(kept);
      siftUp(heap, heap.length - 1);
    } else {
      heap[0] = kept;
      siftDown(heap, 0);
    }
  }

  /** The sample, in ascending replication order. */
  result(): SampledValues {
    const kept = [...this.heap].sort((a, b) => a.replication - b.replication);
    const values = new Map<string, number[]>();
    this.metrics.forEach((name, k) => {
      values.set(
        name,
        kept.map((r) => r.values[k]!),
      );
    });
    return { of: this.count, replications: kept.map((r) => r.replication), values };
  }
}

/** The sampling key of a replication: a 32-bit hash of the seed's hash and the index. */
export function sampleKey(seedHash: number, replication: number): number {
  // Two rounds of murmur3's finaliser over the seed's hash mixed with the index (and its high bits).
  let h = seedHash ^ Math.imul(replication | 0, 0x9e3779b1);
  h = fmix32(h);
  h = fmix32(h ^ Math.floor(replication / 2 ** 32));
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string, 32 bits. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Whether (key, replication) comes before `kept` in the sample's order. */
function before(key: number, replication: number, kept: Kept): boolean {
  return key < kept.key || (key === kept.key && replication < kept.replication);
}

function siftUp(heap: Kept[], from: number): void {
  let i = from;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[parent]!.key, heap[parent]!.replication, heap[i]!)) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function siftDown(heap: Kept[], from: number): void {
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let largest = i;
    if (left < heap.length && before(heap[largest]!.key, heap[largest]!.replication, heap[left]!))
      largest = left;
    if (right < heap.length && before(heap[largest]!.key, heap[largest]!.replication, heap[right]!))
      largest = right;
    if (largest === i) return;
    [heap[largest], heap[i]] = [heap[i]!, heap[largest]!];
    i = largest;
  }
}
