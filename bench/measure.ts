/**
 * Child-process entry point: measures one implementation and prints one JSON line (a `Measurement`).
 *
 *   node --expose-gc --conditions=@landport/source --import tsx bench/measure.ts <name> <customers> <warm-ups> <runs> [--live-heap]
 *
 * With --live-heap, each timed run stops once at half time for a full GC and a reading of the live
 * memory (V8 heap plus external memory such as typed-array buffers), which adds that GC's few
 * milliseconds to the run.
 *
 * Each implementation gets a fresh process so that (1) the peak resident set (see `PeakRss`)
 * belongs to it alone, and (2) its timings are free of the others' garbage and of JIT feedback
 * polluted by the others' call sites (the shared random-number closure would otherwise go
 * polymorphic).
 */
import { implementationNamed, implementations } from './implementations.js';
import { standardParameters } from './mmc.js';
import { PeakRss } from './peak-rss.js';

/** What the child reports. */
export interface Measurement {
  readonly name: string;
  readonly customers: number;
  /** Wall time of each timed run, in milliseconds (warm-ups excluded). */
  readonly runsMs: readonly number[];
  /**
   * CPU time (user + system, all threads) of each timed run, in milliseconds. On a shared machine
   * it is steadier than wall time: time spent descheduled while other processes run is not in it.
   */
  readonly runsCpuMs: readonly number[];
  readonly events: number;
  readonly meanWait: number;
  /** Resident set size after start-up and a full GC, before the first run, in bytes. */
  readonly baselineRss: number;
  /** Live memory (V8 heap in use + external, which holds typed-array buffers) at that moment. */
  readonly baselineHeap: number;
  /** Peak resident set over the warm-ups and timed runs (see `PeakRss`), in bytes. */
  readonly peakRss: number;
  /** False where the peak could not be reset: `peakRss` is then the child's lifetime peak. */
  readonly peakRssOfRunsOnly: boolean;
  /** Largest V8 heap in use seen right after a run (before collecting it), in bytes. */
  readonly heapAfterRun: number;
  /** With --live-heap: live memory (as `baselineHeap`) after a full GC at half time (largest over runs). */
  readonly liveHeapAtHalfway: number | null;
}

const [name = '', customersArg = '', warmupsArg = '1', runsArg = '3', flag] = process.argv.slice(2);
const run = implementations[implementationNamed(name)];
const customers = Number(customersArg);
const warmups = Number(warmupsArg);
const runs = Number(runsArg);
if (!(Number.isSafeInteger(customers) && customers >= 1)) {
  throw new RangeError(`customers must be an integer >= 1, got ${JSON.stringify(customersArg)}`);
}
const gc = globalThis.gc;
if (gc === undefined) throw new Error('measure.ts needs node --expose-gc');

const parameters = standardParameters(customers);
const liveMemory = (): number => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};
let liveHeapAtHalfway: number | null = null;
// Two collections: objects whose finalisation the first one queued are reclaimed by the second,
// which steadies the reading to a few KB.
const collectFully = (): void => {
  gc();
  gc();
};
const readLiveHeap = (): void => {
  collectFully();
  liveHeapAtHalfway = Math.max(liveHeapAtHalfway ?? 0, liveMemory());
};
const atHalfway = flag === '--live-heap' ? readLiveHeap : undefined;
collectFully();
const baselineRss = process.memoryUsage().rss;
const baselineHeap = liveMemory();
const peak = new PeakRss();
for (let i = 0; i < warmups; i++) run(parameters);
const runsMs: number[] = [];
const runsCpuMs: number[] = [];
let events = 0;
let meanWait = Number.NaN;
let heapAfterRun = 0;
for (let i = 0; i < runs; i++) {
  gc();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const outcome = run(parameters, atHalfway);
  runsMs.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  runsCpuMs.push((cpu.user + cpu.system) / 1000);
  heapAfterRun = Math.max(heapAfterRun, process.memoryUsage().heapUsed);
  events = outcome.events;
  meanWait = outcome.meanWait;
}
const peakRss = peak.read();
const measurement: Measurement = {
  name,
  customers,
  runsMs,
  runsCpuMs,
  events,
  meanWait,
  baselineRss,
  baselineHeap,
  peakRss,
  peakRssOfRunsOnly: peak.resettable,
  heapAfterRun,
  liveHeapAtHalfway,
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
