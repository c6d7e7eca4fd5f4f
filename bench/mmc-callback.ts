import { type Event, type Request, Resource, Simulation } from '@landport/sim-core';
import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The M/M/c model written with the engine's callback API: arrivals are `sim.schedule` callbacks;
 * a request granted on the spot comes back already processed and service starts at once, a queued
 * one gets a shared `addCallback` handler that starts service when the grant is processed. The
 * departure is a callback closing over its request (one small closure per customer: the public
 * API offers no allocation-free way to hand a request to a scheduled callback). One options object
 * is shared by all requests, since `request()`'s default `{}` would be a new object per call.
 *
 * Calendar entries per customer: its arrival, its departure, and a grant when it queued: ≈ 2.67.
 */
export function runCallbackModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers: capacity, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const sim = new Simulation();
  const servers = new Resource(sim, { capacity, name: 'servers' });
  const noOptions = {};
  const halfway = halfwayArrival(parameters, atHalfway);
  let totalWait = 0;
  let arrived = 0;

  const startService = (request: Request): void => {
    sim.schedule(service(), () => servers.release(request));
  };

  const onGranted = (event: Event<any>): void => {
    const request = event as Request;
    totalWait += sim.now - request.requestedAt;
    startService(request);
  };

  const arrive = (): void => {
    if (arrived === halfway) atHalfway!();
    const request = servers.request(noOptions);
    if (request.processed) startService(request);
    else request.addCallback(onGranted);
    if (++arrived < customers) sim.schedule(interarrival(), arrive);
  };

  sim.schedule(interarrival(), arrive);
  sim.run();
  return { meanWait: totalWait / customers, events: sim.eventsProcessed };
}
