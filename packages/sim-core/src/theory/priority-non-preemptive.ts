import { rejectParameter, requireNonNegative, requirePositive } from '../random/parameter-validation.js';

/** One customer class of a priority queue. */
export interface PriorityClass {
  /** Arrival rate λ_k (Poisson), finite and ≥ 0. */
  lambda: number;
  /** Mean service time E[S_k], finite and > 0. */
  meanService: number;
  /** Second moment of the service time E[S_k²] (= Var + mean²), finite and ≥ E[S_k]². */
  serviceSecondMoment: number;
}

/** Stationary measures of one class; times in the units of the rates. */
export interface PriorityClassMetrics {
  /** Mean wait before service. */
  Wq: number;
  /** Mean number of this class waiting, λ_k·Wq. */
  Lq: number;
  /** Mean time in the system, Wq + E[S_k]. */
  W: number;
  /** Mean number of this class in the system, λ_k·W. */
  L: number;
}

/** Result of {@link priorityNonPreemptive}. */
export interface PriorityMetrics {
  /** Total utilisation ρ = Σ λ_k·E[S_k]. */
  rho: number;
  /** Mean residual work in service seen by an arrival, W0 = Σ λ_k·E[S_k²]/2. */
  W0: number;
  /** Per-class measures, in the order (and priority) the classes were given. */
  classes: PriorityClassMetrics[];
}

/**
 * Cobham's formula for the M/G/1 queue with non-preemptive priorities (Cobham 1954, "Priority
 * assignment in waiting line problems", Operations Research 2(1):70–76; Kleinrock, Queueing
 * Systems Vol. 2, §3.6). Classes are given highest priority first; within a class, FCFS. With
 * σ_k = Σ_{i≤k} ρ_i (σ_0 = 0) and W0 = Σ_i λ_i·E[S_i²]/2 over all classes,
 *
 *   Wq_k = W0 / ((1 − σ_{k−1})·(1 − σ_k))
 *
 * Why W0 runs over every class: a customer in service is never interrupted, so even the top class
 * waits for the residual of whatever is being served. One class reduces to Pollaczek–Khinchine.
 * Requires total ρ < 1: beyond it the lowest class is not served at its arrival rate and W0 no
 * longer describes what an arrival finds.
 *
 * @param classes at least one class, highest priority first.
 */
export function priorityNonPreemptive(classes: readonly PriorityClass[]): PriorityMetrics {
  if (classes.length === 0) rejectParameter('priorityNonPreemptive', 'classes', 'non-empty', classes, '[]');
  let rho = 0;
  let W0 = 0;
  classes.forEach((k, i) => {
    const owner = `priorityNonPreemptive: classes[${i}]`;
    requireNonNegative(owner, 'lambda', k.lambda);
    requirePositive(owner, 'meanService', k.meanService);
    requirePositive(owner, 'serviceSecondMoment', k.serviceSecondMoment);
    // E[S²] ≥ E[S]² (Jensen), with a few ulps of slack for a variance of 0 rounded.
    if (k.serviceSecondMoment < k.meanService * k.meanService * (1 - 1e-12)) {
      rejectParameter(
        owner,
        'serviceSecondMoment',
        `>= meanService² = ${k.meanService ** 2}`,
        k.serviceSecondMoment,
      );
    }
    rho += k.lambda * k.meanService;
    W0 += (k.lambda * k.serviceSecondMoment) / 2;
  });
  if (!(rho < 1)) rejectParameter('priorityNonPreemptive', 'total utilisation', '< 1', rho);
  let sigma = 0;
  const metrics = classes.map((k) => {
    const before = sigma;
    sigma += k.lambda * k.meanService;
    const Wq = W0 / ((1 - before) * (1 - sigma));
    const W = Wq + k.meanService;
    return { Wq, Lq: k.lambda * Wq, W, L: k.lambda * W };
  });
  return { rho, W0, classes: metrics };
}
