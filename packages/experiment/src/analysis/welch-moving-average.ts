/**
 * Welch's moving average (Welch 1983; Law & Kelton, Simulation Modeling and Analysis, 5th ed.,
 * §9.5.1) of a series averaged over replications, Ȳ₁ … Ȳ_m, with window w:
 *
 *   Ȳ_i(w) = (1/(2w + 1)) · Σ_{s=−w..w} Ȳ_{i+s}          for i = w + 1 … m − w
 *   Ȳ_i(w) = (1/(2i − 1)) · Σ_{s=−(i−1)..i−1} Ȳ_{i+s}    for i = 1 … w
 *
 * (1-based as in the book). The last w points have no full window and are left out, as Welch does:
 * the result has m − w values. A window of a day (w = 12 hourly points, 25 hours) averages out
 * the daily cycle of a border, which would otherwise hide the trend the eye looks for.
 */
export function welchMovingAverage(values: ArrayLike<number>, window: number): number[] {
  if (!Number.isInteger(window) || window < 0)
    throw new RangeError(`welchMovingAverage: window must be a whole number >= 0, got ${window}`);
  const m = values.length;
  const out: number[] = [];
  for (let i = 0; i < m - window; i++) {
    const half = Math.min(i, window);
    let sum = 0;
    for (let s = i - half; s <= i + half; s++) sum += values[s]!;
    out.push(sum / (2 * half + 1));
  }
  return out;
}
