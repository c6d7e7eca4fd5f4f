import { rejectParameter, requireNonNegative, requirePositive } from '../random/parameter-validation.js';
import type { QueueMetrics } from './mmc.js';

/**
 * The stationary M/M/1 queue, in its textbook closed forms with ρ = λ/μ < 1:
 *
 *   P(wait) = ρ,  L = ρ/(1 − ρ),  Lq = ρ²/(1 − ρ),  W = 1/(μ − λ),  Wq = ρ/(μ − λ)
 *
 * (Kleinrock, Queueing Systems Vol. 1, §3.2). Kept separate from `mmc(λ, μ, 1)`, which it equals,
 * because the tests check one against the other: two derivations, one answer.
 *
 * @param lambda arrival rate λ, finite and ≥ 0.
 * @param mu service rate μ, finite and > λ.
 */
export function mm1(lambda: number, mu: number): QueueMetrics {
  requireNonNegative('mm1', 'lambda', lambda);
  requirePositive('mm1', 'mu', mu);
  if (!(lambda < mu)) rejectParameter('mm1', 'lambda', `< mu = ${mu} (utilisation below 1)`, lambda);
  const rho = lambda / mu;
  return {
    rho,
    pWait: rho,
    Lq: (rho * rho) / (1 - rho),
    Wq: rho / (mu - lambda),
    L: rho / (1 - rho),
    W: 1 / (mu - lambda),
  };
}
