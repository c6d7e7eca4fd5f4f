import { estimateRunCost, type Scenario } from '@landport/sim-core/border';

/**
 * Estimated events (the border model's `estimateRunCost`) that repay a worker thread of their
 * own: about half a second of one thread's work on the 2-core test machine (a replication-year of
 * horgos-2024 is 1.5 million events, 0.7 s once warm), against the ~0.3 CPU-s a thread costs to
 * start, load the model and compile it (a 10-day horgos-2024 replication took 200 ms on a fresh
 * thread and 20–30 ms on a warm one). Four such replications took the same wall time on one
 * thread as on two, for 1.3 CPU-s against 1.6–1.7 in the CLI; four of 20 days took 2.6–2.7
 * core-seconds against 3.0–3.5 in the playground, where one worker also finished sooner
 * (docs/performance.md, "Threads for the work, not the cores").
 */
export const EVENTS_PER_WORKER = 1e6;

/**
 * The worker threads worth starting on `cores` cores for `replications` replications estimated at
 * `events` events in all: one per {@link EVENTS_PER_WORKER} events, at least one, and no more than
 * the cores or the replications. Results never depend on it: it decides only the time a batch takes
 * and what it costs.
 */
export function workersForWork(cores: number, replications: number, events: number): number {
  return Math.max(1, Math.min(cores, replications, Math.ceil(events / EVENTS_PER_WORKER)));
}

/**
 * The estimated events of one replication of each scenario listed, summed: pass a batch's
 * scenario once per replication, or a command's scenarios once each for the work of one
 * replication index. A scenario object listed again is estimated once.
 */
export function estimatedEvents(scenarios: readonly Scenario[]): number {
  const known = new Map<Scenario, number>();
  let events = 0;
  for (const scenario of scenarios) {
    let e = known.get(scenario);
    if (e === undefined) {
      e = estimateRunCost(scenario).events;
      known.set(scenario, e);
    }
    events += e;
  }
  return events;
}
