import { studentTQuantile } from '@landport/sim-core';

// For tests only: an independent reference of the precision rule, shared by the unit and end-to-end tests.

/**
 * The reference: Law & Kelton's rule written out directly on the values, two-pass mean and
 * variance, the half-width t_{0.975, n−1}·s/√n, growth to ⌈n(h/h*)²⌉ within [n + 1, 2n] and the maximum.
 */
export function referenceStop(
  values: Record<string, number[]>,
  targets: Record<string, number>,
  n0: number,
  max: number,
) {
  const sizes: number[] = [];
  let n = n0;
  for (;;) {
    sizes.push(n);
    let grow = n + 1;
    let allMet = true;
    for (const [metric, relative] of Object.entries(targets)) {
      const xs = values[metric]!.slice(0, n);
      const mean = xs.reduce((a, b) => a + b, 0) / n;
      const s2 = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
      const h = (studentTQuantile(0.975, n - 1) * Math.sqrt(s2)) / Math.sqrt(n);
      const wanted = relative * Math.abs(mean);
      if (h > wanted) {
        allMet = false;
        grow = Math.max(grow, Math.ceil(n * (h / wanted) ** 2));
      }
    }
    if (allMet) return { n, sizes, why: 'targets met' };
    if (n >= max) return { n, sizes, why: 'maximum reached' };
    n = Math.min(max, 2 * n, grow);
  }
}
