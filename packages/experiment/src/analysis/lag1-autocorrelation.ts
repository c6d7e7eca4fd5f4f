/**
 * The lag-1 sample autocorrelation of a series (Box & Jenkins; Law & Kelton, Simulation Modeling
 * and Analysis, 5th ed., §9.5.3):
 *
 *   r₁ = Σ_{j=1..n−1} (Y_j − Ȳ)(Y_{j+1} − Ȳ) / Σ_{j=1..n} (Y_j − Ȳ)²
 *
 * NaN for fewer than 2 values or a constant series (no variation to correlate).
 */
export function lag1Autocorrelation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  let mean = 0;
  for (let j = 0; j < n; j++) mean += values[j]!;
  mean /= n;
  let num = 0;
  let den = 0;
  for (let j = 0; j < n; j++) {
    const d = values[j]! - mean;
    den += d * d;
    if (j + 1 < n) num += d * (values[j + 1]! - mean);
  }
  return den === 0 ? Number.NaN : num / den;
}
