import {
  rejectParameter,
  requireInteger,
  requireNonNegative,
  requirePositive,
} from '../random/parameter-validation.js';
import { erlangC } from './erlang-c.js';

/** Stationary performance measures of a queue; times in the units of the rates. */
export interface QueueMetrics {
  /** Server utilisation ρ = λ/(cμ). */
  rho: number;
  /** Probability that an arrival waits (Erlang C for M/M/c). */
  pWait: number;
  /** Mean number waiting (not in service). */
  Lq: number;
  /** Mean wait before service. */
  Wq: number;
  /** Mean number in the system. */
  L: number;
  /** Mean time in the system, wait plus service. */
  W: number;
}

/**
 * The stationary M/M/c queue (Poisson arrivals at rate λ, c servers with exponential service at
 * rate μ each, unlimited FCFS line), from Erlang C with a = λ/μ and ρ = a/c:
 *
 *   Lq = C(c, a)·ρ/(1 − ρ),  Wq = C(c, a)/(cμ − λ),  W = Wq + 1/μ,  L = Lq + a
 *
 * (Gross et al., 4th ed., §2.3; L = λW and Lq = λWq are Little's law.) Wq is taken from C
 * directly rather than as Lq/λ so that λ = 0 gives 0, not 0/0.
 *
 * @param lambda arrival rate λ, finite and ≥ 0.
 * @param mu service rate per server μ, finite and > 0.
 * @param c number of servers, an integer ≥ 1; λ < cμ is required.
 */
export function mmc(lambda: number, mu: number, c: number): QueueMetrics {
  requireNonNegative('mmc', 'lambda', lambda);
  requirePositive('mmc', 'mu', mu);
  requireInteger('mmc', 'c', c, 1);
  const rho = lambda / (c * mu);
  if (!(rho < 1)) rejectParameter('mmc', 'lambda', `< c·mu = ${c * mu} (utilisation below 1)`, lambda);
  const a = lambda / mu;
  const pWait = erlangC(c, a);
  const Wq = pWait / (c * mu - lambda);
  const Lq = (pWait * rho) / (1 - rho);
  return { rho, pWait, Lq, Wq, L: Lq + a, W: Wq + 1 / mu };
}
