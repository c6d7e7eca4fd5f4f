import { rejectParameter, requireInteger, requireNonNegative } from '../random/parameter-validation.js';
import { erlangB } from './erlang-b.js';

/**
 * Erlang's delay formula C(c, a): the probability that an arrival has to wait in a stationary
 * M/M/c queue with offered load a = λ/μ < c,
 *
 *   C(c, a) = (a^c / c!)·(c / (c − a)) / (Σ_{k=0..c−1} a^k / k! + (a^c / c!)·(c / (c − a)))
 *
 * Computed from Erlang B, C = c·B / (c − a·(1 − B)) (Gross et al., 4th ed., §2.3), so it inherits
 * the recursion's stability: no factorials, no powers, and the denominator c − a + a·B is a sum
 * of positive terms when a < c, so nothing cancels even in heavy traffic.
 *
 * @param c number of servers, an integer ≥ 1.
 * @param a offered load λ/μ, finite, ≥ 0 and < c (otherwise there is no steady state).
 */
export function erlangC(c: number, a: number): number {
  requireInteger('erlangC', 'c', c, 1);
  requireNonNegative('erlangC', 'a', a);
  if (!(a < c)) rejectParameter('erlangC', 'a', `< c = ${c} (a stable queue)`, a);
  const b = erlangB(c, a);
  return (c * b) / (c - a + a * b);
}
