import { confidenceInterval } from '@landport/sim-core';
import type { SizePoint } from '../report/size-data.js';
import { meets, type Target } from '../target.js';

/** How {@link laneVerdict} adds replications at one lane count. */
export interface LaneVerdictOptions {
  /** Confidence level of the interval that decides, in (0, 1). */
  readonly level: number;
  /** Replications run first (>= 2). */
  readonly initial: number;
  /** Replications added while the interval straddles the target. */
  readonly step: number;
  /** Most replications at one lane count (>= initial). */
  readonly cap: number;
}

/**
 * The target metric's value in replications `from` to `to − 1` (ascending) of the scenario at the
 * lane count being judged. Replication i must use the streams of (seed, i) at every lane count:
 * common random numbers.
 */
export type TargetValues = (from: number, to: number) => Promise<readonly number[]>;

/**
 * Sequential replications at one lane count: run `initial`, then add `step` at a time until the
 * confidence interval of the target metric lies wholly on one side of the target ('meets' or
 * 'fails'), or the cap is reached ('unclear' if it still straddles). A value that is not finite
 * (the station served nobody in a replication: closed, or jammed upstream) means that lane count
 * cannot be shown to meet anything: 'fails', statistics NaN.
 */
export async function laneVerdict(
  target: Target,
  options: LaneVerdictOptions,
  values: TargetValues,
): Promise<Omit<SizePoint, 'lanes'>> {
  const all: number[] = [];
  let n = 0;
  for (let next = options.initial; ; next = Math.min(next + options.step, options.cap)) {
    all.push(...(await values(n, next)));
    n = next;
    if (all.some((v) => !Number.isFinite(v))) {
      return { replications: n, mean: Number.NaN, lower: Number.NaN, upper: Number.NaN, verdict: 'fails' };
    }
    const ci = confidenceInterval(all, options.level);
    const verdict = meets(target, ci.upper) ? 'meets' : !meets(target, ci.lower) ? 'fails' : 'unclear';
    if (verdict !== 'unclear' || n >= options.cap)
      return { replications: n, mean: ci.mean, lower: ci.lower, upper: ci.upper, verdict };
  }
}
