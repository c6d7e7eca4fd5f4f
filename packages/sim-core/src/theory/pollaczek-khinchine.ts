import { rejectParameter, requireNonNegative, requirePositive } from '../random/parameter-validation.js';

/** Stationary measures of the M/G/1 queue; times in the units of the rates. */
export interface MG1Metrics {
  /** Server utilisation ρ = λ·E[S]. */
  rho: number;
  /** Mean wait before service. */
  Wq: number;
  /** Mean number waiting. */
  Lq: number;
  /** Mean time in the system. */
  W: number;
  /** Mean number in the system. */
  L: number;
}

/**
 * The Pollaczek–Khinchine mean-value formula for the M/G/1 queue (Poisson arrivals at rate λ, one
 * FCFS server, service times S of any distribution with finite variance):
 *
 *   Wq = λ·E[S²] / (2(1 − ρ)),  E[S²] = Var[S] + E[S]²,  ρ = λ·E[S] < 1
 *
 * then W = Wq + E[S], Lq = λ·Wq, L = λ·W (Kleinrock, Queueing Systems Vol. 1, §5.6). Only the
 * first two moments of S matter: M/D/1 (Var 0) waits half as long as M/M/1 (Var = E[S]²).
 *
 * @param lambda arrival rate λ, finite and ≥ 0.
 * @param meanService E[S], finite and > 0.
 * @param varianceService Var[S], finite and ≥ 0.
 */
export function pollaczekKhinchine(lambda: number, meanService: number, varianceService: number): MG1Metrics {
  requireNonNegative('pollaczekKhinchine', 'lambda', lambda);
  requirePositive('pollaczekKhinchine', 'meanService', meanService);
  requireNonNegative('pollaczekKhinchine', 'varianceService', varianceService);
  const rho = lambda * meanService;
  if (!(rho < 1)) {
    rejectParameter('pollaczekKhinchine', 'lambda', `< 1/meanService = ${1 / meanService} (ρ < 1)`, lambda);
  }
  const secondMoment = varianceService + meanService * meanService;
  const Wq = (lambda * secondMoment) / (2 * (1 - rho));
  const W = Wq + meanService;
  return { rho, Wq, Lq: lambda * Wq, W, L: lambda * W };
}
