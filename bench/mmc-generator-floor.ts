import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/** What a floor customer yields: a hold (a number) or the servers (this token). */
const SERVERS = -1;

type Body = Generator<number, void, undefined>;

/**
 * The floor under the process API: the same generator bodies and the same calendar entries per
 * customer as `mmc-process-seize.ts` (≈ 3.67: a start, a grant when queued, the holds), run by the
 * smallest engine that can: the hand loop's typed-array heap holding the generators themselves,
 * one dispatch (`next()`, then a number is a hold, the token a seize), no process object, no
 * priorities, lanes, cancellation, statistics or checks. It is not a usable engine: it measures
 * what generators and this entry structure cost in V8 before any engine is added.
 */
export function runGeneratorFloorModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);

  let heapTimes = new Float64Array(256);
  let heapSeqs = new Float64Array(256);
  const heapItems: (Body | undefined)[] = new Array(256);
  let heapSize = 0;
  let seq = 0;
  const schedule = (time: number, item: Body): void => {
    if (heapSize === heapTimes.length) {
      const times = new Float64Array(heapSize * 2);
      const seqs = new Float64Array(heapSize * 2);
      times.set(heapTimes);
      seqs.set(heapSeqs);
      heapTimes = times;
      heapSeqs = seqs;
    }
    const key = seq++;
    let i = heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = heapTimes[p]!;
      if (tp < time || (tp === time && heapSeqs[p]! < key)) break;
      heapTimes[i] = tp;
      heapSeqs[i] = heapSeqs[p]!;
      heapItems[i] = heapItems[p];
      i = p;
    }
    heapTimes[i] = time;
    heapSeqs[i] = key;
    heapItems[i] = item;
  };
  const removeRoot = (): void => {
    const n = --heapSize;
    if (n === 0) {
      heapItems[0] = undefined;
      return;
    }
    const time = heapTimes[n]!;
    const key = heapSeqs[n]!;
    const item = heapItems[n];
    heapItems[n] = undefined;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      let tc = heapTimes[c]!;
      let kc = heapSeqs[c]!;
      const r = c + 1;
      if (r < n) {
        const tr = heapTimes[r]!;
        const kr = heapSeqs[r]!;
        if (tr < tc || (tr === tc && kr < kc)) {
          c = r;
          tc = tr;
          kc = kr;
        }
      }
      if (time < tc || (time === tc && key < kc)) break;
      heapTimes[i] = tc;
      heapSeqs[i] = kc;
      heapItems[i] = heapItems[c];
      i = c;
    }
    heapTimes[i] = time;
    heapSeqs[i] = key;
    heapItems[i] = item;
  };

  // The line: waiting generators, a plain array used as a queue.
  const line: (Body | undefined)[] = [];
  let lineHead = 0;
  let now = 0;
  let busy = 0;
  let totalWait = 0;
  const halfway = halfwayArrival(parameters, atHalfway);

  const release = (): void => {
    if (lineHead < line.length) {
      const next = line[lineHead]!;
      line[lineHead++] = undefined;
      if (lineHead > 4096 && lineHead * 2 > line.length) {
        line.splice(0, lineHead);
        lineHead = 0;
      }
      schedule(now, next); // the grant: an entry, as in the engine
    } else busy--;
  };

  function* customer(): Body {
    const arrival = now;
    yield SERVERS;
    totalWait += now - arrival;
    yield service();
    release();
  }

  function* source(): Body {
    for (let i = 0; i < customers; i++) {
      yield interarrival();
      if (i === halfway) atHalfway!();
      schedule(now, customer()); // the start: an entry, as in the engine
    }
  }

  /** Runs `body` until it holds or queues. */
  const resume = (body: Body): void => {
    for (;;) {
      const step = body.next();
      if (step.done === true) return;
      const yielded = step.value;
      if (yielded >= 0) {
        schedule(now + yielded, body);
        return;
      }
      if (busy < servers) busy++;
      else {
        line.push(body);
        return;
      }
    }
  };

  schedule(0, source());
  let events = 0;
  while (heapSize > 0) {
    now = heapTimes[0]!;
    const item = heapItems[0]!;
    removeRoot();
    events++;
    resume(item);
  }
  return { meanWait: totalWait / customers, events };
}
