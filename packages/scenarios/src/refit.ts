import { nelderMead } from './nelder-mead.js';

/** An accepted range of a target's simulated mean; ±Infinity for a one-sided bound. */
export interface AcceptedRange {
  readonly lower: number;
  readonly upper: number;
}

/**
 * How far `mean` lies outside `range`, relative to the bound it misses: 0 inside, 0.1 for a mean
 * 10% below the lower bound. A bound of 0 is missed by the absolute distance.
 */
export function rangeDistance(mean: number, range: AcceptedRange): number {
  if (Number.isNaN(mean)) return Number.POSITIVE_INFINITY;
  if (mean < range.lower) return (range.lower - mean) / (Math.abs(range.lower) || 1);
  if (mean > range.upper) return (mean - range.upper) / (Math.abs(range.upper) || 1);
  return 0;
}

/** The re-fit's loss: the sum over the fit targets of the squared relative distance to their ranges. */
export function fitLoss(means: readonly number[], ranges: readonly AcceptedRange[]): number {
  let loss = 0;
  ranges.forEach((range, k) => {
    loss += rangeDistance(means[k]!, range) ** 2;
  });
  return loss;
}

/** One candidate tried: the parameter values, the targets' means over the replications, the loss. */
export interface Candidate {
  readonly values: readonly number[];
  readonly means: readonly number[];
  readonly loss: number;
}

/** Options of {@link refit}. */
export interface RefitOptions {
  /** Bounds of each free parameter. */
  readonly bounds: readonly AcceptedRange[];
  /** The values the search starts from (the scenario's current ones). */
  readonly start: readonly number[];
  /** The fit targets' accepted ranges, in the order `evaluate` returns their means. */
  readonly ranges: readonly AcceptedRange[];
  /** The fit targets' means at a candidate (same seeds for every candidate). */
  readonly evaluate: (values: readonly number[]) => readonly number[];
  /** One parameter: points per grid stage (default 11) and stages (default 2, each one step around the last best). */
  readonly gridPoints?: number;
  readonly gridStages?: number;
  /** Two or three parameters: most Nelder–Mead evaluations (default 40). */
  readonly maxEvaluations?: number;
  /** Called after each new candidate, e.g. to print the trace. */
  readonly onCandidate?: (candidate: Candidate) => void;
}

/** What the re-fit chose and everything it tried, in order. */
export interface RefitResult {
  readonly method: 'grid' | 'nelder-mead';
  readonly best: Candidate;
  readonly trace: readonly Candidate[];
}

/**
 * Minimises {@link fitLoss} over the free parameters: a grid refined in stages for one parameter,
 * Nelder–Mead for two or three. The start is tried first, and among candidates of equal loss the
 * one nearest the start wins: a one-sided target (`> 30 h`) holds over a whole range of values,
 * and then the re-fit keeps the current value rather than wander to the far end of that range.
 * A candidate is evaluated once however often the search visits it.
 *
 * @throws RangeError for no parameter or more than three, or a start outside its bounds.
 */
export function refit(options: RefitOptions): RefitResult {
  const { bounds, start } = options;
  if (bounds.length < 1 || bounds.length > 3 || start.length !== bounds.length) {
    throw new RangeError(`refit: expected 1 to 3 parameters with a start value each, got ${bounds.length}`);
  }
  start.forEach((v, i) => {
    if (!(v >= bounds[i]!.lower && v <= bounds[i]!.upper)) {
      throw new RangeError(`refit: start value ${v} of parameter ${i + 1} is outside its bounds`);
    }
  });
  const trace: Candidate[] = [];
  const seen = new Map<string, Candidate>();
  const distance = (values: readonly number[]) =>
    values.reduce((s, v, i) => s + ((v - start[i]!) / (bounds[i]!.upper - bounds[i]!.lower)) ** 2, 0);
  let best: Candidate | null = null;
  const tryValues = (values: readonly number[]): Candidate => {
    const key = values.map((v) => v.toPrecision(12)).join(',');
    const known = seen.get(key);
    if (known !== undefined) return known;
    const means = options.evaluate(values);
    const candidate = { values: [...values], means: [...means], loss: fitLoss(means, options.ranges) };
    seen.set(key, candidate);
    trace.push(candidate);
    options.onCandidate?.(candidate);
    if (
      best === null ||
      candidate.loss < best.loss ||
      (candidate.loss === best.loss && distance(values) < distance(best.values))
    ) {
      best = candidate;
    }
    return candidate;
  };
  tryValues(start);
  if (bounds.length === 1) {
    const points = Math.max(3, options.gridPoints ?? 11);
    let lower = bounds[0]!.lower;
    let upper = bounds[0]!.upper;
    for (let stage = 0; stage < (options.gridStages ?? 2); stage++) {
      const step = (upper - lower) / (points - 1);
      for (let k = 0; k < points; k++) tryValues([Number((lower + k * step).toPrecision(6))]);
      const centre = (best as Candidate | null)!.values[0]!;
      lower = Math.max(bounds[0]!.lower, centre - step);
      upper = Math.min(bounds[0]!.upper, centre + step);
    }
    return { method: 'grid', best: best!, trace };
  }
  nelderMead((x) => tryValues(x.map((v) => Number(v.toPrecision(6)))).loss, start, {
    lower: bounds.map((b) => b.lower),
    upper: bounds.map((b) => b.upper),
    step: bounds.map((b) => (b.upper - b.lower) / 10),
    maxEvaluations: options.maxEvaluations ?? 40,
    xTolerance: 0.002,
  });
  return { method: 'nelder-mead', best: best!, trace };
}
