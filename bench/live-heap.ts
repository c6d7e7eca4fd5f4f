import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The probe `heap-probe.mjs` (this file runs from bench/dist/). */
const PROBE = fileURLToPath(new URL('../heap-probe.mjs', import.meta.url));

/** Node flags loading the live-heap probe into a process and its worker threads. */
export const HEAP_PROBE_FLAGS: readonly string[] = ['--expose-gc', '--import', PROBE];

/** What the probe saw in one process: the largest live heap after GC of its main thread and of its workers. */
export interface LiveHeap {
  /** Main thread: largest used heap right after a full GC, bytes. */
  mainBytes: number;
  /** The largest over the worker threads, bytes (0 without workers). */
  workerBytes: number;
  /** Samples taken, all threads. */
  samples: number;
}

/** A fresh folder for the probe's files and the environment that points the probe at it. */
export function heapProbeEnv(dir: string): NodeJS.ProcessEnv {
  mkdirSync(dir, { recursive: true });
  return { ...process.env, LANDPORT_HEAP_DIR: dir };
}

/** Reads what the probe wrote to `dir`. */
export function readLiveHeap(dir: string): LiveHeap {
  const heap: LiveHeap = { mainBytes: 0, workerBytes: 0, samples: 0 };
  for (const file of readdirSync(dir)) {
    const t = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      main: boolean;
      max: number;
      samples: number;
    };
    if (t.main) heap.mainBytes = Math.max(heap.mainBytes, t.max);
    else heap.workerBytes = Math.max(heap.workerBytes, t.max);
    heap.samples += t.samples;
  }
  return heap;
}
