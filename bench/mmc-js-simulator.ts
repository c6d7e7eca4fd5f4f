import jssim from 'js-simulator';
import { exponentialSampler } from './exponential-sampler.js';
import { halfwayArrival, type MmcOutcome, type MmcParameters } from './mmc.js';

/**
 * The M/M/c model on js-simulator 1.0.17, the external baseline. js-simulator has a scheduler of
 * `SimEvent` objects and nothing else (no processes, no resources), so this is written the way
 * its MASON-style API intends: one arrival event rescheduled after every arrival, one departure
 * event per server rescheduled while the line is not empty (a pool, so no event is allocated per
 * customer), and the same ring-buffer line as the hand loop.
 *
 * Calendar entries per customer: its arrival and its departure, exactly 2. The scheduler's
 * `update()` fires all events due at the earliest time; with continuous times that is one event.
 */
export function runJsSimulatorModel(parameters: MmcParameters, atHalfway?: () => void): MmcOutcome {
  const { servers, arrivalRate, serviceRate, customers } = parameters;
  const interarrival = exponentialSampler('arrivals', arrivalRate);
  const service = exponentialSampler('services', serviceRate);
  const scheduler = new jssim.Scheduler();
  const now = (): number => scheduler.current_time ?? 0;

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

  let events = 0;
  let arrived = 0;
  const halfway = halfwayArrival(parameters, atHalfway);
  let totalWait = 0;
  const idleDepartures: InstanceType<typeof jssim.SimEvent>[] = [];

  for (let k = 0; k < servers; k++) {
    const departure = new jssim.SimEvent(1);
    departure.update = () => {
      events++;
      if (lineLength > 0) {
        totalWait += now() - line[lineHead]!;
        lineHead = (lineHead + 1) & (line.length - 1);
        lineLength--;
        scheduler.scheduleOnceIn(departure, service());
      } else {
        idleDepartures.push(departure);
      }
    };
    idleDepartures.push(departure);
  }

  const arrival = new jssim.SimEvent(1);
  arrival.update = () => {
    events++;
    if (arrived === halfway) atHalfway!();
    const departure = idleDepartures.pop();
    if (departure !== undefined) scheduler.scheduleOnceIn(departure, service());
    else enqueue(now());
    if (++arrived < customers) scheduler.scheduleOnceIn(arrival, interarrival());
  };

  scheduler.scheduleOnceIn(arrival, interarrival());
  while (scheduler.hasEvents()) scheduler.update();
  return { meanWait: totalWait / customers, events };
}
