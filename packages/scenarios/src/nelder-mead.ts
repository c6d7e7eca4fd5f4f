/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Lower and upper bound of each coordinate; points outside are moved onto the box. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Size of the first simplex's steps from the start, per coordinate. */
  readonly step: readonly number[];
  /** Most evaluations of `f`. Default 60. */
  readonly maxEvaluations?: number;
  /** Stop when the simplex's values differ by less than this and its size is below `xTolerance`. */
  readonly fTolerance?: number;
  /** Per coordinate, as a share of the bound's range. Default 0.005. */
  readonly xTolerance?: number;
}

/** The best point found and how it was found. */
export interface NelderMeadResult {
  readonly x: number[];
  readonly value: number;
  readonly evaluations: number;
  /** Whether the tolerances were met before `maxEvaluations`. */
  readonly converged: boolean;
}

/**
 * Minimises `f` from `start` by the Nelder–Mead simplex method with the standard coefficients
 * (reflection 1, expansion 2, contraction ½, shrink ½). Bounds are kept by clamping each trial
 * point onto the box, which is enough for the few smooth-ish parameters of a calibration. `f` is
 * called once per distinct trial point, in a fixed order, so a deterministic `f` gives a
 * deterministic result. Ties keep the older point, so on a flat region (a loss of 0 over a range)
 * the search stays where it started.
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions,
): NelderMeadResult {
  const n = start.length;
  const maxEvaluations = options.maxEvaluations ?? 60;
  const fTolerance = options.fTolerance ?? 1e-10;
  const xTolerance = options.xTolerance ?? 0.005;
  const clamp = (x: readonly number[]) =>
    x.map((v, i) => Math.min(options.upper[i]!, Math.max(options.lower[i]!, v)));
  let evaluations = 0;
  const evaluate = (x: number[]) => {
    evaluations++;
    return { x, value: f(x) };
  };
  const simplex = [evaluate(clamp(start))];
  for (let i = 0; i < n; i++) {
    const x = [...simplex[0]!.x];
    const up = x[i]! + options.step[i]!;
    x[i] = up <= options.upper[i]! ? up : x[i]! - options.step[i]!;
    simplex.push(evaluate(clamp(x)));
  }
  const small = () => {
    const values = simplex.map((p) => p.value);
    if (Math.max(...values) - Math.min(...values) > fTolerance) return false;
    for (let i = 0; i < n; i++) {
      const xs = simplex.map((p) => p.x[i]!);
      const range = options.upper[i]! - options.lower[i]!;
      if (Math.max(...xs) - Math.min(...xs) > xTolerance * range) return false;
    }
    return true;
  };
  const flat = () => {
    const values = simplex.map((p) => p.value);
    return Math.max(...values) - Math.min(...values) <= fTolerance && values[0] === 0;
  };
  let converged = false;
  while (evaluations < maxEvaluations) {
    // Stable sort: among equal values the older vertex stays ahead.
    simplex.sort((a, b) => a.value - b.value);
    if (small() || flat()) {
      converged = true;
      break;
    }
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const secondWorst = simplex[n - 1]!;
    const centroid = Array.from(
      { length: n },
      (_, i) => simplex.slice(0, n).reduce((s, p) => s + p.x[i]!, 0) / n,
    );
    const along = (t: number) => clamp(centroid.map((c, i) => c + t * (worst.x[i]! - c)));
    const reflected = evaluate(along(-1));
    if (reflected.value < best.value) {
      const expanded = evaluations < maxEvaluations ? evaluate(along(-2)) : reflected;
      simplex[n] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < secondWorst.value) {
      simplex[n] = reflected;
    } else {
      const outside = reflected.value < worst.value;
      const contracted = evaluations < maxEvaluations ? evaluate(along(outside ? -0.5 : 0.5)) : reflected;
      if (contracted.value < (outside ? reflected.value : worst.value)) {
        simplex[n] = contracted;
      } else {
        for (let k = 1; k <= n && evaluations < maxEvaluations; k++) {
          simplex[k] = evaluate(clamp(simplex[k]!.x.map((v, i) => best.x[i]! + 0.5 * (v - best.x[i]!))));
        }
      }
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { x: simplex[0]!.x, value: simplex[0]!.value, evaluations, converged };
}
