import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

const ARRIVAL = 0;
const DEPARTURE = 1;

/**
 * The M/M/c model as a fully specialised loop: the calendar holds event kinds (a `Uint8Array`)
 * instead of callbacks and the loop dispatches with a branch, so nothing is called indirectly and
 * the clock is a local variable. Same (time, insertion order) key as the engine. This is the
 * absolute ceiling for Node, above the callback hand loop (`mmc-handloop.ts`); it is
 * reported to show how much of the gap to the engine is the price of calling callbacks at all,
 * but the ratios are taken against the callback hand loop.
 *
 * Calendar entries per customer: its arrival and its departure, exactly 2.
 */
export function runSwitchLoopModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const halfway = halfwayArrival(parameters, atHalfway);

  let times = new Float64Array(256);
  let seqs = new Float64Array(256);
  let kinds = new Uint8Array(256);
  let size = 0;
  let seq = 0;
  const schedule = (time: number, kind: number): void => {
    if (size === times.length) {
      const grownTimes = new Float64Array(size * 2);
      const grownSeqs = new Float64Array(size * 2);
      const grownKinds = new Uint8Array(size * 2);
      grownTimes.set(times);
      grownSeqs.set(seqs);
      grownKinds.set(kinds);
      times = grownTimes;
      seqs = grownSeqs;
      kinds = grownKinds;
    }
    const key = seq++;
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p]!;
      if (tp < time || (tp === time && seqs[p]! < key)) break;
      times[i] = tp;
      seqs[i] = seqs[p]!;
      kinds[i] = kinds[p]!;
      i = p;
    }
    times[i] = time;
    seqs[i] = key;
    kinds[i] = kind;
  };

  let line = new Float64Array(256);
  let lineHead = 0;
  let lineLength = 0;
  let busy = 0;
  let arrived = 0;
  let totalWait = 0;
  let events = 0;

  schedule(interarrival(), ARRIVAL);
  while (size > 0) {
    const now = times[0]!;
    const kind = kinds[0]!;
    // Remove the root: sift the last entry down from the top.
    const n = --size;
    if (n > 0) {
      const time = times[n]!;
      const key = seqs[n]!;
      const last = kinds[n]!;
      let i = 0;
      const half = n >> 1;
      while (i < half) {
        let c = 2 * i + 1;
        let tc = times[c]!;
        let kc = seqs[c]!;
        if (c + 1 < n) {
          const tr = times[c + 1]!;
          const kr = seqs[c + 1]!;
          if (tr < tc || (tr === tc && kr < kc)) {
            c++;
            tc = tr;
            kc = kr;
          }
        }
        if (time < tc || (time === tc && key < kc)) break;
        times[i] = tc;
        seqs[i] = kc;
        kinds[i] = kinds[c]!;
        i = c;
      }
      times[i] = time;
      seqs[i] = key;
      kinds[i] = last;
    }
    events++;
    if (kind === ARRIVAL) {
      if (arrived === halfway) atHalfway!();
      if (busy < servers) {
        busy++;
        schedule(now + service(), DEPARTURE);
      } else {
        if (lineLength === line.length) {
          const grown = new Float64Array(lineLength * 2);
          for (let k = 0; k < lineLength; k++) grown[k] = line[(lineHead + k) & (lineLength - 1)]!;
          line = grown;
          lineHead = 0;
        }
        line[(lineHead + lineLength++) & (line.length - 1)] = now;
      }
      if (++arrived < customers) schedule(now + interarrival(), ARRIVAL);
    } else if (lineLength > 0) {
      totalWait += now - line[lineHead]!;
      lineHead = (lineHead + 1) & (line.length - 1);
      lineLength--;
      schedule(now + service(), DEPARTURE);
    } else {
      busy--;
    }
  }
  return { meanWait: totalWait / customers, events };
}
