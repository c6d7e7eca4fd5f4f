import { Resource, Simulation } from '@landport/sim-core';
import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The M/M/c model in the callback API with the token-less hot path: `servers.seize(onGranted)`
 * takes a free unit at once (true) or queues the callback; `servers.release()` gives a unit back
 * and hands it to the next in line. The line is FIFO, so the arrival times of the customers
 * waiting are kept in a ring in the same order (the model's own data, as in the hand loop).
 *
 * Calendar entries per customer: arrival, departure and a grant when it queued: ≈ 2.67.
 */
export function runCallbackSeizeModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers: capacity, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const sim = new Simulation();
  const servers = new Resource(sim, { capacity, name: 'servers' });
  const halfway = halfwayArrival(parameters, atHalfway);
  let totalWait = 0;
  let arrived = 0;
  let waiting = new Float64Array(1024);
  let head = 0;
  let count = 0;

  const depart = (): void => servers.release();
  const onGranted = (): void => {
    totalWait += sim.now - waiting[head]!;
    head = (head + 1) & (waiting.length - 1);
    count--;
    sim.schedule(service(), depart);
  };
  const arrive = (): void => {
    if (arrived === halfway) atHalfway!();
    if (servers.seize(onGranted)) sim.schedule(service(), depart);
    else {
      if (count === waiting.length) {
        const grown = new Float64Array(count * 2);
        for (let k = 0; k < count; k++) grown[k] = waiting[(head + k) & (count - 1)]!;
        waiting = grown;
        head = 0;
      }
      waiting[(head + count++) & (waiting.length - 1)] = sim.now;
    }
    if (++arrived < customers) sim.schedule(interarrival(), arrive);
  };

  sim.schedule(interarrival(), arrive);
  sim.run();
  return { meanWait: totalWait / customers, events: sim.eventsProcessed };
}
