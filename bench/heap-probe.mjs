/**
 * Loaded with `node --expose-gc --import <this file>` into a `landport` process (and, Node
 * passing its flags on, into each worker thread): twice a second, between tasks, each thread
 * runs a full GC and records its live heap (V8's used heap size right after it), and writes its
 * largest and last figures to LANDPORT_HEAP_DIR/<pid>-<thread>.json. A busy Tinypool worker
 * takes its next task synchronously (`receiveMessageOnPort`) and never returns to its event loop,
 * so the probe also samples there, at most twice a second: the heap between tasks (a task is a
 * chunk of replications), never inside one.
 */
import { writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import workerThreads, { isMainThread, threadId } from 'node:worker_threads';

const dir = process.env.LANDPORT_HEAP_DIR;
if (dir !== undefined && typeof globalThis.gc === 'function') {
  const file = join(dir, `${process.pid}-${threadId}.json`);
  let max = 0;
  let samples = 0;
  const sample = () => {
    globalThis.gc();
    const live = getHeapStatistics().used_heap_size;
    max = Math.max(max, live);
    samples++;
    writeFileSync(file, JSON.stringify({ main: isMainThread, max, last: live, samples }));
  };
  let last = performance.now();
  const maybeSample = () => {
    const now = performance.now();
    if (now - last < 500) return;
    last = now;
    sample();
  };
  setInterval(maybeSample, 500).unref();
  const receive = workerThreads.receiveMessageOnPort;
  workerThreads.receiveMessageOnPort = (port) => {
    maybeSample();
    return receive(port);
  };
  syncBuiltinESMExports();
  process.on('exit', sample);
}
