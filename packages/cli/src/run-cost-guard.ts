import { estimateRunCost, type Scenario } from '@landport/sim-core/border';
import { UsageError } from './usage-error.js';

/**
 * Most events one replication may be expected to process. A replication-year of horgos-2024 is
 * about 1.36 million events and takes about 1.3 s on one thread (near 1 M events/s); 10^8 is 70
 * such years, about 100 s a replication, which still finishes but is rarely meant. A rate of 10^9
 * vehicles a day over a year, 1,000 times this, ran out of memory after a minute.
 */
export const MAX_EVENTS_PER_REPLICATION = 1e8;

/**
 * Most vehicles an overloaded station may be expected to hold at the end of a replication.
 * Measured: an M/M/1 queue holding 1.08 million vehicles at the end used 1 GB (about 0.9 KB a
 * waiting vehicle); 2 million stays within V8's default heap of about 4 GB per worker thread.
 */
export const MAX_BACKLOG_VEHICLES = 2e6;

function count(n: number): string {
  if (!Number.isFinite(n)) return 'an unbounded number of';
  if (n >= 1e9) return Number(n.toPrecision(3)).toExponential();
  return n >= 1e6
    ? `${Number((n / 1e6).toPrecision(3)).toLocaleString('en')} million`
    : Math.round(n).toLocaleString('en');
}

/**
 * Refuses, with a UsageError giving the estimate and the limit, a scenario whose replications
 * would not finish in reasonable time or fit in memory (see estimateRunCost), unless the user
 * passed `--allow-large-run`. `what` names the scenario in the message.
 */
export function requireAffordableRun(scenario: Scenario, what: string, allowLargeRun: boolean): void {
  if (allowLargeRun) return;
  const cost = estimateRunCost(scenario);
  const days = Number((scenario.calendar.horizon / 1440).toPrecision(4));
  if (!(cost.events <= MAX_EVENTS_PER_REPLICATION)) {
    throw new UsageError(
      `${what} would take about ${count(cost.events)} events per replication (${count(cost.arrivals)} arrivals in ${days} days), above the limit of ${count(MAX_EVENTS_PER_REPLICATION)} (about 100 s a replication; a year of horgos-2024 is 1.55 million). Shorten the horizon (--horizon), lower the arrival rates, or pass --allow-large-run to run it anyway.`,
    );
  }
  if (cost.backlog > MAX_BACKLOG_VEHICLES) {
    throw new UsageError(
      `${what} would leave at least ${count(cost.backlog)} vehicles queued at station ${cost.backlogStation} by the end of each replication (its demand exceeds what its lanes can serve), above the limit of ${count(MAX_BACKLOG_VEHICLES)} that fits in memory (about 1 KB each). Add lanes, shorten the horizon (--horizon), or pass --allow-large-run to run it anyway.`,
    );
  }
}
