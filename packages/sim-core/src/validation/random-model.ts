import { Interrupt } from '../interrupt.js';
import type { Process } from '../process.js';
import { Exponential } from '../random/exponential.js';
import { RandomStreams } from '../random/streams.js';
import type { Request } from '../request.js';
import { type CapacityRule, Resource } from '../resource.js';
import { Simulation } from '../simulation.js';
import type { TraceSink } from '../trace.js';

/** One class of customers of a {@link RandomModelConfig}. */
export interface RandomClassConfig {
  /** Poisson arrival rate. */
  rate: number;
  /** Mean of the exponential service time. */
  meanService: number;
  /** Request priority (lower is served first). */
  priority: number;
  /** Whether requests preempt lower-priority users (only on a preemptive resource). */
  preempt: boolean;
  /** Mean of the exponential patience, or null for customers who wait forever. */
  meanPatience: number | null;
  /**
   * How impatience is modelled: the Resource's `patience` option (it reneges the request), or the
   * customer waiting for `anyOf([request, timeout(patience)])` and withdrawing the request itself.
   */
  impatience: 'renege' | 'anyOf';
}

/** A capacity change of a {@link RandomModelConfig}. */
export interface RandomCapacityChange {
  time: number;
  capacity: number;
  rule: CapacityRule;
}

/**
 * A single-resource model with every feature that can remove a customer from a line or a server:
 * finite lines (balking), patience (reneging), priorities and preemption, capacity changes under
 * both rules, and interrupts from outside. The property tests draw these configurations at random.
 */
export interface RandomModelConfig {
  seed: number;
  capacity: number;
  /** Most requests allowed to wait (Infinity for no limit). */
  queueLimit: number;
  preemptive: boolean;
  classes: RandomClassConfig[];
  capacityChanges: RandomCapacityChange[];
  /** At each of these times a customer still in the system, chosen at random, is interrupted. */
  interruptTimes: number[];
  /** The run ends here; arrivals go on until then. */
  horizon: number;
}

/** How a customer's stay ended, or where it stands at the end of the run. */
export type CustomerOutcome =
  | 'waiting'
  | 'in-service'
  | 'served'
  | 'balked'
  | 'reneged'
  | 'cancelled'
  | 'preempted'
  | 'interrupted';

/** What the model itself recorded about one customer (independently of the Resource's counters). */
export interface CustomerRecord {
  arrival: number;
  /** When the customer left the line (granted, balked, reneged or withdrawn); NaN while waiting. */
  leftQueue: number;
  /** When a unit was granted; NaN if never. */
  grantedAt: number;
  /** When the customer gave its unit up (released or displaced); NaN if it never held one or still does. */
  leftService: number;
  outcome: CustomerOutcome;
  /** The service time drawn for this customer. */
  service: number;
  /** After an interrupt the customer walks away for {@link WALK_AWAY}: when it started, and when it ended
   * (NaN if it did not, e.g. because a second interrupt cut it short). */
  walkStart: number;
  departed: number;
  request: Request | null;
  process: Process<void> | null;
}

/**
 * How long an interrupted customer holds before its process ends. Why: a process that goes on after
 * an interrupt shows whether the hold the interrupt cut short was really cancelled; a stale wake-up
 * would end the walk at the wrong time.
 */
export const WALK_AWAY = 0.25;

/** The state after {@link runRandomModel}: the clock is at the horizon. */
export interface RandomModelRun {
  sim: Simulation;
  resource: Resource;
  customers: CustomerRecord[];
}

/** Builds and runs a {@link RandomModelConfig} up to its horizon. */
export function runRandomModel(config: RandomModelConfig, trace?: TraceSink): RandomModelRun {
  const sim = new Simulation(trace === undefined ? {} : { trace });
  const streams = new RandomStreams(config.seed);
  const resource = new Resource(sim, {
    capacity: config.capacity,
    queueLimit: config.queueLimit,
    preemptive: config.preemptive,
  });
  const customers: CustomerRecord[] = [];

  function* customer(cls: RandomClassConfig, record: CustomerRecord, service: number, patience?: number) {
    const viaResource = patience !== undefined && cls.impatience === 'renege';
    const request = resource.request({
      priority: cls.priority,
      preempt: cls.preempt,
      ...(viaResource ? { patience } : {}),
    });
    record.request = request;
    try {
      if (patience !== undefined && !viaResource) {
        yield sim.anyOf([request, sim.timeout(patience)]);
        // Whoever won the race, the request's status says where the customer stands (it may
        // have been granted at the very instant the timeout fired).
        if (request.status === 'waiting') {
          resource.release(request); // withdraw
          record.outcome = 'cancelled';
          record.leftQueue = sim.now;
          return;
        }
      }
      const granted: boolean = yield request;
      if (!granted) {
        record.outcome = request.status === 'balked' ? 'balked' : 'reneged';
        record.leftQueue = sim.now;
        return;
      }
      record.outcome = 'in-service';
      record.leftQueue = record.grantedAt = request.grantedAt;
      yield service;
      resource.release(request);
      record.outcome = 'served';
      record.leftService = sim.now;
    } catch (error) {
      if (!(error instanceof Interrupt)) throw error;
      leave(record, request);
      record.walkStart = sim.now;
      try {
        yield WALK_AWAY;
        record.departed = sim.now;
      } catch (second) {
        if (!(second instanceof Interrupt)) throw second; // e.g. a preemption queued behind the first
      }
    }
  }

  /** Classifies an interrupted customer by where its request stands, and gives up what it holds. */
  function leave(record: CustomerRecord, request: Request): void {
    switch (request.status) {
      case 'waiting':
        resource.release(request); // withdraw from the line
        record.outcome = 'cancelled';
        record.leftQueue = sim.now;
        return;
      case 'granted':
        resource.release(request);
        record.outcome = 'interrupted';
        record.leftQueue = record.grantedAt = request.grantedAt;
        record.leftService = sim.now;
        return;
      case 'preempted':
        record.outcome = 'preempted';
        record.leftQueue = record.grantedAt = request.grantedAt;
        record.leftService = sim.now;
        return;
      default:
        // Balked or reneged at this very instant, before the process saw the outcome.
        record.outcome = request.status === 'balked' ? 'balked' : 'reneged';
        record.leftQueue = sim.now;
    }
  }

  config.classes.forEach((cls, i) => {
    const gaps = new Exponential(1 / cls.rate);
    const services = new Exponential(cls.meanService);
    const patiences = cls.meanPatience === null ? null : new Exponential(cls.meanPatience);
    const arrivalStream = streams.stream(`arrivals-${i}`);
    const serviceStream = streams.stream(`service-${i}`);
    const patienceStream = streams.stream(`patience-${i}`);
    const arrive = () => {
      const service = services.sample(serviceStream);
      const record: CustomerRecord = {
        arrival: sim.now,
        leftQueue: Number.NaN,
        grantedAt: Number.NaN,
        leftService: Number.NaN,
        outcome: 'waiting',
        service,
        walkStart: Number.NaN,
        departed: Number.NaN,
        request: null,
        process: null,
      };
      customers.push(record);
      const patience = patiences?.sample(patienceStream);
      record.process = sim.process(customer(cls, record, service, patience), `c${customers.length}`);
      sim.schedule(gaps.sample(arrivalStream), arrive);
    };
    sim.schedule(gaps.sample(arrivalStream), arrive);
  });
  for (const change of config.capacityChanges) {
    sim.scheduleAt(change.time, () => resource.setCapacity(change.capacity, change.rule));
  }
  const picks = streams.stream('interrupts');
  for (const time of config.interruptTimes) {
    sim.scheduleAt(time, () => {
      const alive = customers.filter((c) => c.process?.isAlive === true);
      const target = alive[Math.floor(picks.random() * alive.length)];
      if (target !== undefined) target.process!.interrupt('random interrupt');
    });
  }
  sim.run({ until: config.horizon });
  return { sim, resource, customers };
}
