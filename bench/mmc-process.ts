import { type ProcessGenerator, Resource, Simulation } from '@landport/sim-core';
import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The M/M/c model written with the engine's process API, the way a modeller would: a source
 * process holds for each interarrival time and starts one customer process per arrival; a customer
 * yields a server request, holds for its service time and releases. Holds are yielded as numbers,
 * the engine's allocation-free fast path.
 *
 * Calendar entries per customer: the start of its process, the hold of the source, its own service
 * hold, and a grant when it had to queue (probability C(c, a) ≈ 0.67 here): about 3.67.
 */
export function runProcessModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers: capacity, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const sim = new Simulation();
  const servers = new Resource(sim, { capacity, name: 'servers' });
  const halfway = halfwayArrival(parameters, atHalfway);
  let totalWait = 0;

  function* customer(): ProcessGenerator<void> {
    const arrival = sim.now;
    const request = servers.request();
    yield request;
    totalWait += sim.now - arrival;
    yield service();
    servers.release(request);
  }

  function* source(): ProcessGenerator<void> {
    for (let i = 0; i < customers; i++) {
      yield interarrival();
      if (i === halfway) atHalfway!();
      sim.process(customer(), 'customer');
    }
  }

  sim.process(source(), 'source');
  sim.run();
  return { meanWait: totalWait / customers, events: sim.eventsProcessed };
}
