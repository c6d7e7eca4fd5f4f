import { availableParallelism } from 'node:os';
import { workersForWork } from '@landport/experiment';
import { MAX_WORKERS_OPTION, wholeNumber } from './options.js';

// Its own module, not options.ts: options.ts is loaded to print --help and to check a scenario,
// and this one brings the experiment layer's work estimate with it (a few chunks of the bundle).

/**
 * The worker threads to start for `replications` replications of `eventsPerReplication` estimated
 * events each: `--workers` (1 to 256), or by default as many as the work repays (workersForWork:
 * one per core, but no more than one per million events); and never more than the replications (an
 * idle thread still costs its start-up, ~85 ms and ~30 MB) nor 4 × the cores (beyond that threads
 * only compete for the cores, and 256 of them took 48 s to run two replications). The clamp is
 * silent: it changes nothing but the time taken, and --help states it.
 */
export function workerCount(
  text: string | undefined,
  replications: number,
  eventsPerReplication = Number.POSITIVE_INFINITY,
): number {
  const cores = availableParallelism();
  const asked =
    text === undefined
      ? workersForWork(cores, replications, replications * eventsPerReplication)
      : wholeNumber('--workers', text, 1, MAX_WORKERS_OPTION);
  return Math.max(1, Math.min(asked, replications, 4 * cores));
}
