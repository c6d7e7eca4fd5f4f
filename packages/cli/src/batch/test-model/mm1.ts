// A small real model module for the batch tests: an M/M/1 queue on the sim-core engine, drawing
// from the random streams of (seed, replication). Not part of the CLI's API.

import type { ReplicationOutput, ReplicationTask } from '@landport/experiment';
import { Exponential, RandomStreams, Simulation, Tally } from '@landport/sim-core';

/** The test scenario: an M/M/1 queue observed over [0, horizon). */
export interface Mm1Scenario {
  /** Mean time between arrivals. */
  arrivalMean: number;
  /** Mean service time. */
  serviceMean: number;
  /** Length of the run. */
  horizon: number;
  /** Spacing of the queue-length series. */
  sampleInterval: number;
  /** A replication index that throws, to test failure reports. */
  failOn?: number;
}

/**
 * One replication: metrics of the waits of customers who started service before the horizon.
 * `wait.delayedMean` (mean wait of those who waited at all) is NaN when nobody waited, which
 * happens in short runs and exercises the lossless storage of NaN.
 */
export function runReplication(task: ReplicationTask): ReplicationOutput {
  const scenario = task.scenario as Mm1Scenario;
  if (scenario.failOn === task.replication) throw new Error('injected failure');
  const streams = new RandomStreams(task.seed, task.replication);
  const arrivals = streams.stream('arrivals');
  const services = streams.stream('services');
  const interarrival = new Exponential(scenario.arrivalMean);
  const service = new Exponential(scenario.serviceMean);
  const sim = new Simulation();
  const queue: number[] = [];
  const waits = new Tally();
  const delayed = new Tally();
  let busy = false;
  let busyTime = 0;
  const queueLength: number[] = [];

  const startService = (arrivedAt: number) => {
    const wait = sim.now - arrivedAt;
    waits.add(wait);
    if (wait > 0) delayed.add(wait);
    busy = true;
    const duration = service.sample(services);
    busyTime += Math.min(duration, scenario.horizon - sim.now);
    sim.schedule(duration, depart);
  };
  const depart = () => {
    const next = queue.shift();
    if (next === undefined) busy = false;
    else startService(next);
  };
  const arrive = () => {
    if (busy) queue.push(sim.now);
    else startService(sim.now);
    sim.schedule(interarrival.sample(arrivals), arrive);
  };
  const sample = () => {
    queueLength.push(queue.length);
    sim.schedule(scenario.sampleInterval, sample);
  };
  sim.schedule(interarrival.sample(arrivals), arrive);
  sim.schedule(0, sample);
  sim.run({ until: scenario.horizon });

  return {
    replication: task.replication,
    metrics: {
      'wait.mean': waits.mean,
      'wait.max': waits.max,
      'wait.delayedMean': delayed.mean,
      'customers.served': waits.count,
      'server.utilisation': busyTime / scenario.horizon,
    },
    series: [{ name: 'queue.length', start: 0, interval: scenario.sampleInterval, values: queueLength }],
    detail: { streams: streams.names() },
  };
}
