import jssim from 'js-simulator';
import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The M/M/c model on js-simulator 1.0.17 with one `SimEvent` per customer, the way its examples
 * write agents: each customer is an object whose `update` moves it through its life (arrive, then
 * depart), as a process does in the engine. This is the like-for-like baseline for the process
 * API (an object per entity); `mmc-js-simulator.ts` is js-simulator used as a bare event loop.
 *
 * Calendar entries per customer: its arrival (the source's) and its departure, 2.
 */
export function runJsSimulatorAgentsModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const scheduler = new jssim.Scheduler();
  const now = (): number => scheduler.current_time ?? 0;
  const halfway = halfwayArrival(parameters, atHalfway);
  const line: Customer[] = [];
  let lineHead = 0;
  let busy = 0;
  let events = 0;
  let arrived = 0;
  let totalWait = 0;

  type Customer = InstanceType<typeof jssim.SimEvent> & { arrivedAt: number };

  function startService(customer: Customer): void {
    totalWait += now() - customer.arrivedAt;
    scheduler.scheduleOnceIn(customer, service());
  }

  function depart(this: Customer): void {
    events++;
    if (lineHead < line.length) {
      const next = line[lineHead]!;
      line[lineHead++] = undefined as never;
      if (lineHead > 4096 && lineHead * 2 > line.length) {
        line.splice(0, lineHead);
        lineHead = 0;
      }
      startService(next);
    } else busy--;
  }

  const source = new jssim.SimEvent(1);
  source.update = () => {
    events++;
    if (arrived === halfway) atHalfway!();
    const customer = new jssim.SimEvent(1) as Customer;
    customer.arrivedAt = now();
    customer.update = depart;
    if (busy < servers) {
      busy++;
      startService(customer);
    } else line.push(customer);
    if (++arrived < customers) scheduler.scheduleOnceIn(source, interarrival());
  };

  scheduler.scheduleOnceIn(source, interarrival());
  while (scheduler.hasEvents()) scheduler.update();
  return { meanWait: totalWait / customers, events };
}
