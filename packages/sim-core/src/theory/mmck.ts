import { rejectParameter, requireInteger, requirePositive } from '../random/parameter-validation.js';

/** Stationary performance measures of the M/M/c/K queue; times in the units of the rates. */
export interface MmckMetrics {
  /** Probability that an arrival finds K in the system and is turned away, p_K (PASTA). */
  pBlock: number;
  /** Probability that an admitted arrival has to wait. */
  pWait: number;
  /** Mean number in the system. */
  L: number;
  /** Mean number waiting. */
  Lq: number;
  /** Mean time in the system of an admitted customer. */
  W: number;
  /** Mean wait of an admitted customer. */
  Wq: number;
  /** Rate of admitted (= served) customers, λ(1 − p_K). */
  throughput: number;
  /** Mean fraction of servers busy, Σ min(n, c)·p_n / c = throughput/(cμ). */
  utilisation: number;
}

/**
 * The M/M/c/K queue: c exponential servers at rate μ, room for K ≥ c customers in all, Poisson
 * arrivals at rate λ that are lost when the system is full. Birth-death balance gives, with a = λ/μ,
 *
 *   p_n ∝ a^n / n!              for 0 ≤ n ≤ c
 *   p_n ∝ a^c / c! · (a/c)^(n−c)  for c < n ≤ K
 *
 * (Gross et al., 4th ed., §2.5). Every performance measure is a sum over these K + 1 terms; W and
 * Wq follow from Little's law with the admitted rate λ(1 − p_K). No stability condition: the
 * finite room makes any λ > 0 stable. K = c is the Erlang loss system (pBlock = erlangB(c, a)).
 *
 * Computed in O(K) by the ratio p_n/p_{n−1} = a/min(n, c), so no power or factorial is formed and
 * large K or a neither overflows nor loses precision beyond O(K) ulps.
 *
 * @param lambda arrival rate λ, finite and > 0.
 * @param mu service rate per server μ, finite and > 0.
 * @param c number of servers, an integer ≥ 1.
 * @param K system capacity (in service plus waiting), an integer ≥ c.
 */
export function mmck(lambda: number, mu: number, c: number, K: number): MmckMetrics {
  requirePositive('mmck', 'lambda', lambda);
  requirePositive('mmck', 'mu', mu);
  requireInteger('mmck', 'c', c, 1);
  requireInteger('mmck', 'K', K, 1);
  if (K < c) rejectParameter('mmck', 'K', `>= c = ${c}`, K);
  const a = lambda / mu;
  // Unnormalised p_n, scaled so that the largest is 1: the distribution is unimodal (the ratio
  // a/min(n, c) falls with n, then stays at a/c), so walking out from the mode by the ratio never
  // overflows, and terms far in the tails merely underflow to 0.
  const mode = a >= c ? K : Math.floor(a);
  const terms = new Float64Array(K + 1);
  terms[mode] = 1;
  for (let n = mode + 1; n <= K; n++) terms[n] = (terms[n - 1]! * a) / Math.min(n, c);
  for (let n = mode - 1; n >= 0; n--) terms[n] = (terms[n + 1]! * Math.min(n + 1, c)) / a;
  let total = 0;
  let inSystem = 0;
  let waiting = 0;
  let delayed = 0;
  let busy = 0;
  for (let n = 0; n <= K; n++) {
    const t = terms[n]!;
    total += t;
    inSystem += n * t;
    busy += Math.min(n, c) * t;
    if (n > c) waiting += (n - c) * t;
    if (n >= c && n < K) delayed += t;
  }
  const admitted = total - terms[K]!;
  const L = inSystem / total;
  const Lq = waiting / total;
  // λ·(admitted/total) rather than λ·(1 − pBlock): no cancellation when blocking is near 1.
  const throughput = (lambda * admitted) / total;
  return {
    pBlock: terms[K]! / total,
    pWait: delayed / admitted,
    L,
    Lq,
    W: L / throughput,
    Wq: Lq / throughput,
    throughput,
    // Σ min(n, c)·p_n / c: mathematically throughput/(cμ), but summed over up to K terms it can
    // round a few ulps above 1 under overload, so it is clamped.
    utilisation: Math.min(1, busy / (c * total)),
  };
}
