import { Simulation } from '@landport/sim-core';
import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The M/M/c model on the engine's calendar alone: `sim.schedule` callbacks with the servers and the
 * line kept by hand, exactly as in the hand loop (a busy count and a ring buffer of arrival times).
 * Not one of the comparisons but a rung of the cost ladder: hand loop → this (the engine's
 * calendar and run loop) → callback API (plus `Resource`) → process API (plus generators), so each
 * layer's share of the time can be read off one table.
 *
 * Calendar entries per customer: its arrival and its departure, exactly 2.
 */
export function runScheduleModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const sim = new Simulation();
  const halfway = halfwayArrival(parameters, atHalfway);

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

  let busy = 0;
  let arrived = 0;
  let totalWait = 0;

  const depart = (): void => {
    if (lineLength > 0) {
      totalWait += sim.now - line[lineHead]!;
      lineHead = (lineHead + 1) & (line.length - 1);
      lineLength--;
      sim.schedule(service(), depart);
    } else {
      busy--;
    }
  };

  const arrive = (): void => {
    if (arrived === halfway) atHalfway!();
    if (busy < servers) {
      busy++;
      sim.schedule(service(), depart);
    } else {
      enqueue(sim.now);
    }
    if (++arrived < customers) sim.schedule(interarrival(), arrive);
  };

  sim.schedule(interarrival(), arrive);
  sim.run();
  return { meanWait: totalWait / customers, events: sim.eventsProcessed };
}
