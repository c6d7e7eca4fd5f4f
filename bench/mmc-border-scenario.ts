import type { MmcParameters } from './mmc.js';

/** The name `pnpm bench:border` and its child give {@link mmcBorderScenario}. */
export const MMC_BORDER = 'mmc-as-border';

/**
 * The callback M/M/c bench's queue written as a border scenario: one class, one station of `c`
 * lanes, Poisson arrivals at λ a minute, exponential service of mean 1/μ minutes, no warm-up, run
 * for the whole days that hold about `customers` arrivals.
 *
 * Why: the border model's throughput target is a ratio to that bench. Run through the border model,
 * the same queue shows what the model's own bookkeeping costs per event (the port's and station's
 * statistics, the daily series, the portable logarithm behind every exponential draw) before any
 * of a real scenario's features (several stations, lognormal services, drivers, fees, rates that
 * vary by hour and month): the ceiling of the ratio for any scenario.
 */
export function mmcBorderScenario({ servers, arrivalRate, serviceRate, customers }: MmcParameters): string {
  const days = Math.max(1, Math.round(customers / arrivalRate / 1440));
  return `name: the callback M/M/c bench's queue as a border scenario
calendar: { start: 2024-01-01T00:00Z, horizon: { days: ${days} }, warmUp: { hours: 0 } }
stations:
  - { id: server, lanes: ${servers}, service: { exponential: { mean: { minutes: ${1 / serviceRate} } } } }
classes:
  - { id: customers, arrivals: { rate: { perMinute: ${arrivalRate} } }, route: [server] }
`;
}
