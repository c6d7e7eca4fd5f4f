import { requireInteger, requireNonNegative } from '../random/parameter-validation.js';

/**
 * Erlang's loss formula B(c, a): the probability that an arrival finds all `c` servers busy in an
 * M/M/c/c (or M/G/c/c: the formula is insensitive to the service distribution) loss system with
 * offered load a = λ/μ erlangs,
 *
 *   B(c, a) = (a^c / c!) / Σ_{k=0..c} a^k / k!
 *
 * Computed by the standard recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)) (e.g. Gross,
 * Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed., §2.5), which never forms
 * a^c or c! and so neither overflows nor cancels: every step divides a positive number by a larger
 * one. Exact to a few ulps for any c (O(c) steps) and any finite a ≥ 0.
 *
 * @param c number of servers, an integer ≥ 0.
 * @param a offered load λ/μ in erlangs, finite and ≥ 0.
 */
export function erlangB(c: number, a: number): number {
  requireInteger('erlangB', 'c', c, 0);
  requireNonNegative('erlangB', 'a', a);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}
