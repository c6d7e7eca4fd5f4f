import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The ceiling for Node: the M/M/c model as a minimal hand-written event loop. The calendar is a
 * binary min-heap keeping times and tie-break sequence numbers in `Float64Array`s beside an array
 * of plain callbacks (the same layout as the engine's calendar, minus priorities and cancellation);
 * the line is a ring buffer of arrival times. Nothing is allocated per event once the arrays have
 * grown to the model's size.
 *
 * Calendar entries per customer: its arrival and its departure, exactly 2.
 */
export function runHandLoopModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);

  // Calendar: the same (time, insertion order) key as the engine, so equal times run FIFO.
  let heapTimes = new Float64Array(256);
  let heapSeqs = new Float64Array(256);
  const heapCallbacks: ((() => void) | undefined)[] = new Array(256);
  let heapSize = 0;
  let seq = 0;

  const schedule = (time: number, callback: () => void): void => {
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
      heapCallbacks[i] = heapCallbacks[p];
      i = p;
    }
    heapTimes[i] = time;
    heapSeqs[i] = key;
    heapCallbacks[i] = callback;
  };

  /** Removes the root; the caller has read its time and callback. */
  const removeRoot = (): void => {
    const n = --heapSize;
    if (n === 0) {
      heapCallbacks[0] = undefined;
      return;
    }
    const time = heapTimes[n]!;
    const key = heapSeqs[n]!;
    const callback = heapCallbacks[n];
    heapCallbacks[n] = undefined;
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
      heapCallbacks[i] = heapCallbacks[c];
      i = c;
    }
    heapTimes[i] = time;
    heapSeqs[i] = key;
    heapCallbacks[i] = callback;
  };

  // The line: arrival times in a power-of-two ring buffer.
  let line = new Float64Array(256);
  let lineHead = 0;
  let lineLength = 0;
  const enqueue = (time: number): void => {
    if (lineLength === line.length) {
      const grown = new Float64Array(lineLength * 2);
      for (let k = 0; k < lineLength; k++) grown[k] = line[(lineHead + k) & (lineLength - 1)]!;
      line = grown;
      lineHead = 0;
    }
    line[(lineHead + lineLength++) & (line.length - 1)] = time;
  };

  let now = 0;
  let busy = 0;
  let arrived = 0;
  const halfway = halfwayArrival(parameters, atHalfway);
  let totalWait = 0;

  const depart = (): void => {
    if (lineLength > 0) {
      totalWait += now - line[lineHead]!;
      lineHead = (lineHead + 1) & (line.length - 1);
      lineLength--;
      schedule(now + service(), depart);
    } else {
      busy--;
    }
  };

  const arrive = (): void => {
    if (arrived === halfway) atHalfway!();
    if (busy < servers) {
      busy++;
      schedule(now + service(), depart);
    } else {
      enqueue(now);
    }
    if (++arrived < customers) schedule(now + interarrival(), arrive);
  };

  schedule(interarrival(), arrive);
  let events = 0;
  while (heapSize > 0) {
    now = heapTimes[0]!;
    const callback = heapCallbacks[0]!;
    removeRoot();
    events++;
    callback();
  }
  return { meanWait: totalWait / customers, events };
}
