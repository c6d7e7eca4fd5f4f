import type { Distribution } from '../random/distribution.js';
import { Exponential } from '../random/exponential.js';
import type { RandomStream } from '../random/stream.js';
import type { RandomStreams } from '../random/streams.js';
import { Resource } from '../resource.js';
import { Simulation } from '../simulation.js';

/** One class of customers at a {@link simulateStation} station. */
export interface StationClass {
  /** Poisson arrival rate. */
  rate: number;
  /** Service-time distribution. */
  service: Distribution;
}

/** A single multi-server station: the model behind the long-run validation tests. */
export interface StationOptions {
  /** Number of servers c. */
  servers: number;
  /** Most customers allowed to wait; arrivals to a full line are blocked (default unlimited). */
  queueLimit?: number;
  /** Customer classes; class k requests with priority k, so the first class is served first. */
  classes: readonly StationClass[];
  /** Warm-up deleted before measuring. */
  warmup: number;
  /** Length of the measured window [warmup, warmup + window). */
  window: number;
}

/** Per-replication output of {@link simulateStation}; the "window" is [warmup, warmup + window). */
export interface StationResult {
  /** Per class: arrivals in the window. */
  arrivals: number[];
  /** Per class: arrivals in the window that were blocked (balked at the full line). */
  blocked: number[];
  /** Per class: customers arriving in the window who had to wait (wait > 0). */
  delayed: number[];
  /** Per class: mean wait before service of the admitted customers that arrived in the window. */
  meanWait: number[];
  /** Resource time-average number waiting over the window. */
  meanQueueLength: number;
  /** Resource time-average utilisation over the window. */
  utilisation: number;
  /** Calendar entries processed, for budgeting. */
  events: number;
}

/**
 * Simulates one replication of an M/G/c station with an optional finite line and non-preemptive
 * priority classes, through the process interface: each customer is a process that requests one
 * server, holds it for its service time and releases it.
 *
 * Warm-up deletion: the Resource's time averages are reset at `warmup`, and only customers
 * arriving in the window are tallied. Why the run goes on past the window: a customer arriving
 * near its end may still be waiting then; stopping there would censor the longest waits and bias
 * the mean down. Arrivals continue (so later high-priority customers still overtake, as they would
 * in the long run) until every window customer has been granted a server.
 */
export function simulateStation(options: StationOptions, streams: RandomStreams): StationResult {
  const { servers, classes, warmup, window } = options;
  const sim = new Simulation();
  const station = new Resource(sim, {
    capacity: servers,
    queueLimit: options.queueLimit ?? Number.POSITIVE_INFINITY,
  });
  const end = warmup + window;
  const k = classes.length;
  const arrivals = new Array<number>(k).fill(0);
  const blocked = new Array<number>(k).fill(0);
  const delayed = new Array<number>(k).fill(0);
  const waitSum = new Array<number>(k).fill(0);
  const admitted = new Array<number>(k).fill(0);
  let pending = 0; // window customers not yet granted or blocked
  let ended = false;
  let meanQueueLength = Number.NaN;
  let utilisation = Number.NaN;

  function* customer(priority: number, service: Distribution, rng: RandomStream) {
    const measured = sim.now >= warmup && sim.now < end;
    if (measured) {
      arrivals[priority]!++;
      pending++;
    }
    const request = station.request({ priority });
    const granted: boolean = yield request;
    if (measured) {
      pending--;
      if (!granted) blocked[priority]!++;
      else {
        const wait = request.waited;
        admitted[priority]!++;
        waitSum[priority]! += wait;
        if (wait > 0) delayed[priority]!++;
      }
      if (ended && pending === 0) sim.stop();
    }
    if (!granted) return;
    yield service.sample(rng);
    station.release(request);
  }

  classes.forEach((cls, priority) => {
    const gaps = new Exponential(1 / cls.rate);
    const arrivalStream = streams.stream(`arrivals-${priority}`);
    const serviceStream = streams.stream(`service-${priority}`);
    const arrive = () => {
      sim.process(customer(priority, cls.service, serviceStream));
      sim.schedule(gaps.sample(arrivalStream), arrive);
    };
    sim.schedule(gaps.sample(arrivalStream), arrive);
  });
  sim.scheduleAt(warmup, () => station.resetStats());
  sim.scheduleAt(end, () => {
    meanQueueLength = station.meanQueueLength();
    utilisation = station.utilisation();
    ended = true;
    if (pending === 0) sim.stop();
  });
  sim.run();
  return {
    arrivals,
    blocked,
    delayed,
    meanWait: waitSum.map((sum, i) => sum / admitted[i]!),
    meanQueueLength,
    utilisation,
    events: sim.eventsProcessed,
  };
}
