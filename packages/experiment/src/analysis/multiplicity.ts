/*
 * Multiplicity adjustments for a family of m hypothesis tests, as adjusted p-values: a hypothesis
 * is rejected at familywise error rate α when its adjusted p-value is below α.
 * - Bonferroni: min(1, m·p). Simple and valid under any dependence (common random numbers
 *   included), and the only one of the two with simultaneous confidence intervals (level 1 − α/m).
 * - Holm (1979), "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6:
 *   step-down Bonferroni. With p(1) ≤ … ≤ p(m), the adjusted p(j) = max over i ≤ j of
 *   min(1, (m − i + 1)·p(i)). Same guarantee (FWER ≤ α under any dependence), never rejects less
 *   than Bonferroni. It is the closed testing procedure with Bonferroni local tests, which is how
 *   its test checks it.
 */

/** The methods `compare --adjust` accepts. */
export const ADJUSTMENTS = ['holm', 'bonferroni'] as const;
/** A multiplicity adjustment of p-values: one of {@link ADJUSTMENTS}. */
export type Adjustment = (typeof ADJUSTMENTS)[number];

/** Bonferroni-adjusted p-values, in the order given. */
export function bonferroniAdjust(p: readonly number[]): number[] {
  return p.map((x) => Math.min(1, p.length * x));
}

/**
 * Holm-adjusted p-values, in the order given. Ties keep their input order (a stable sort), so the
 * result is a function of the list alone.
 */
export function holmAdjust(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((i, j) => p[i]! - p[j]! || i - j);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[index]!));
    adjusted[index] = running;
  });
  return adjusted;
}

/**
 * The confidence level of each comparison's interval: Bonferroni gives every one 1 − α/m (jointly
 * they cover with probability ≥ 1 − α). Holm has no simultaneous intervals of its own; each is
 * given the level of its step, 1 − α/(m − j + 1) for the j-th smallest p-value, so that a
 * declared difference's interval excludes 0. These stepwise intervals are not simultaneous.
 */
export function intervalLevels(p: readonly number[], alpha: number, method: Adjustment): number[] {
  const m = p.length;
  if (method === 'bonferroni') return p.map(() => 1 - alpha / m);
  const order = p.map((_, i) => i).sort((i, j) => p[i]! - p[j]! || i - j);
  const levels = new Array<number>(m);
  order.forEach((index, rank) => {
    levels[index] = 1 - alpha / (m - rank);
  });
  return levels;
}

/** The adjusted p-values of `method`. */
export function adjustPValues(p: readonly number[], method: Adjustment): number[] {
  return method === 'holm' ? holmAdjust(p) : bonferroniAdjust(p);
}
