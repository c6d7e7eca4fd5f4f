import { Exponential, type ProcessGenerator, RandomStream, Resource, Simulation } from '@landport/sim-core';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The process-API model of `mmc-process.ts`, drawing its random numbers through the engine's own
 * random layer (`RandomStream` + `Exponential.sample`) instead of the bench's shared sampler, to
 * show what that layer costs. The streams are built from the same seed strings, so the uniforms
 * are the very same; the variates are computed as −m·ln(u) rather than −ln(u)/λ, which rounds
 * differently in the last bit, so the mean wait agrees with the others to ~12 digits, not all.
 */
export function runProcessStreamsModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers: capacity, arrivalRate, serviceRate, customers } = parameters;
  const arrivals = new RandomStream('arrivals');
  const services = new RandomStream('services');
  const interarrival = new Exponential(1 / arrivalRate);
  const service = new Exponential(1 / serviceRate);
  const sim = new Simulation();
  const servers = new Resource(sim, { capacity, name: 'servers' });
  const halfway = halfwayArrival(parameters, atHalfway);
  let totalWait = 0;

  function* customer(): ProcessGenerator<void> {
    const arrival = sim.now;
    const request = servers.request();
    yield request;
    totalWait += sim.now - arrival;
    yield service.sample(services);
    servers.release(request);
  }

  function* source(): ProcessGenerator<void> {
    for (let i = 0; i < customers; i++) {
      yield interarrival.sample(arrivals);
      if (i === halfway) atHalfway!();
      sim.process(customer(), 'customer');
    }
  }

  sim.process(source(), 'source');
  sim.run();
  return { meanWait: totalWait / customers, events: sim.eventsProcessed };
}
