import { type ProcessGenerator, Resource, Simulation } from '@landport/sim-core';
import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The M/M/c model in the process API with the token-less hot path: a customer yields the resource
 * itself (`yield servers`), which seizes a unit without a Request object, and gives it back with
 * `servers.release()`. Same calendar entries per customer as the request version (≈ 3.67).
 */
export function runProcessSeizeModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers: capacity, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const sim = new Simulation();
  const servers = new Resource(sim, { capacity, name: 'servers' });
  const halfway = halfwayArrival(parameters, atHalfway);
  let totalWait = 0;

  function* customer(): ProcessGenerator<void> {
    const arrival = sim.now;
    yield servers;
    totalWait += sim.now - arrival;
    yield service();
    servers.release();
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
